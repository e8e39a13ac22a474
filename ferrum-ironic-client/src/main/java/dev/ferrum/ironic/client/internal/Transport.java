package dev.ferrum.ironic.client.internal;

import dev.ferrum.ironic.client.ConflictRetry;
import dev.ferrum.ironic.client.IronicException;
import dev.ferrum.ironic.client.IronicNodeLockedException;
import dev.ferrum.ironic.client.IronicServiceUnavailableException;
import dev.ferrum.ironic.client.IronicTransportException;
import dev.ferrum.ironic.client.RetryPolicy;
import dev.ferrum.ironic.client.Secrets;
import dev.ferrum.ironic.client.Sleeper;
import dev.ferrum.ironic.client.auth.IronicAuth;
import dev.ferrum.ironic.client.model.Microversion;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests to Ironic: version and auth headers, one re-authentication on 401, retries under
 * the {@link RetryPolicy}, logging, and error decoding. Thread-safe.
 */
public final class Transport {

  private static final Logger LOG = LoggerFactory.getLogger("dev.ferrum.ironic.client.http");
  private static final String USER_AGENT = "ferrum-ironic-client";

  private final HttpClient http;
  private final URI base;
  private final IronicAuth auth;
  private final RetryPolicy retry;
  private final Sleeper sleeper;
  private final Duration requestTimeout;

  /**
   * Creates a transport.
   *
   * @param http the JDK client
   * @param base the endpoint without trailing slash and without {@code /v1}
   * @param auth the auth
   * @param retry the retry policy
   * @param sleeper how to wait between retries
   * @param requestTimeout the timeout of one request
   */
  public Transport(
      HttpClient http,
      URI base,
      IronicAuth auth,
      RetryPolicy retry,
      Sleeper sleeper,
      Duration requestTimeout) {
    this.http = Objects.requireNonNull(http, "http");
    this.base = Objects.requireNonNull(base, "base");
    this.auth = Objects.requireNonNull(auth, "auth");
    this.retry = Objects.requireNonNull(retry, "retry");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
  }

  /** The endpoint this transport talks to. */
  public URI base() {
    return base;
  }

  /**
   * Sends a call with retries and returns the 2xx answer.
   *
   * @param call the call
   * @param version the microversion to send, or {@code null} for none (version discovery)
   * @throws IronicException on any failure
   */
  public ApiResponse execute(ApiCall call, Microversion version) {
    String target = call.target();
    for (int attempt = 1; ; attempt++) {
      IronicException failure;
      try {
        ApiResponse r = sendAuthenticated(call, version);
        if (r.success()) {
          return r;
        }
        failure = ErrorDecoder.decode(r, call.method(), target);
      } catch (IronicTransportException e) {
        failure = e;
      }
      if (attempt >= retry.maxAttempts() || !retryable(failure, call)) {
        throw failure;
      }
      pause(attempt, call, failure);
    }
  }

  private boolean retryable(IronicException failure, ApiCall call) {
    return switch (failure) {
      case IronicNodeLockedException e -> call.conflictRetry() == ConflictRetry.RETRY_NODE_LOCKED;
      case IronicServiceUnavailableException e -> true;
      case IronicTransportException e ->
          e.status() == 0
              && "GET".equals(call.method())
              && retry.retryTransportErrorsOnGet()
              && !Thread.currentThread().isInterrupted()
              && !(e.getCause() instanceof InterruptedException);
      default -> false;
    };
  }

  private void pause(int attempt, ApiCall call, IronicException failure) {
    Duration delay = retry.delayBeforeRetry(attempt);
    if (retry.jitter() && !delay.isZero()) {
      delay = Duration.ofNanos(ThreadLocalRandom.current().nextLong(delay.toNanos() + 1));
    }
    LOG.debug(
        "Ironic {} {} attempt {} failed ({}), retrying in {} ms",
        call.method(),
        call.target(),
        attempt,
        failure.getClass().getSimpleName(),
        delay.toMillis());
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IronicTransportException(
          "interrupted while waiting to retry", 0, call.method(), call.target(), e);
    }
  }

  private ApiResponse sendAuthenticated(ApiCall call, Microversion version) {
    ApiResponse r = sendOnce(call, version);
    if (r.status() == 401 && auth.invalidate()) {
      LOG.debug(
          "Ironic {} {} answered 401, renewing {} credentials once",
          call.method(),
          call.target(),
          auth.type());
      r = sendOnce(call, version);
    }
    return r;
  }

  private ApiResponse sendOnce(ApiCall call, Microversion version) {
    String target = call.target();
    HttpRequest request = build(call, version, target);
    if (call.body() != null && LOG.isTraceEnabled()) {
      LOG.trace("Ironic {} {} body {}", call.method(), target, Secrets.mask(call.body()));
    }
    long start = System.nanoTime();
    try {
      HttpResponse<byte[]> resp = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      ApiResponse r = new ApiResponse(resp.statusCode(), resp.body(), resp.headers());
      LOG.debug(
          "Ironic {} {} -> {} in {} ms, request id {}",
          call.method(),
          target,
          r.status(),
          millisSince(start),
          r.requestId());
      return r;
    } catch (HttpTimeoutException e) {
      throw transportFailure(call, target, start, "timed out: " + e.getMessage(), e);
    } catch (IOException e) {
      throw transportFailure(call, target, start, "I/O failure: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw transportFailure(call, target, start, "interrupted", e);
    }
  }

  private IronicTransportException transportFailure(
      ApiCall call, String target, long start, String what, Exception cause) {
    LOG.debug(
        "Ironic {} {} -> no answer in {} ms: {}", call.method(), target, millisSince(start), what);
    return new IronicTransportException(what, 0, call.method(), target, cause);
  }

  private HttpRequest build(ApiCall call, Microversion version, String target) {
    HttpRequest.BodyPublisher publisher =
        call.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(call.body().toString(), StandardCharsets.UTF_8);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + target))
            .timeout(requestTimeout)
            .header("Accept", "application/json")
            .header("User-Agent", USER_AGENT)
            .method(call.method(), publisher);
    if (call.body() != null) {
      b.header("Content-Type", "application/json");
    }
    if (version != null) {
      b.header("X-OpenStack-Ironic-API-Version", version.toString());
      b.header("OpenStack-API-Version", "baremetal " + version);
    }
    for (Map.Entry<String, String> h : auth.requestHeaders().entrySet()) {
      b.header(h.getKey(), h.getValue());
    }
    return b.build();
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
