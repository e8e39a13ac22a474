package dev.ferrum.bench.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

/**
 * A JDK {@link HttpClient} speaking to the compute API as the admin (token) or the member (Basic),
 * timing each call. Package-private.
 */
final class Http implements AutoCloseable {
  private final HttpClient client;
  private final URI base;

  /** A response with the call's wall time. */
  record Timed(int status, String body, long nanos) {
    double millis() {
      return nanos / 1e6;
    }
  }

  Http(URI base) {
    this.base = Objects.requireNonNull(base, "base");
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Admin credentials as request headers. */
  static String[] admin() {
    return new String[] {"X-Auth-Token", ServiceBench.ADMIN_TOKEN};
  }

  /** The member's credentials as request headers. */
  static String[] member() {
    return new String[] {"Authorization", basic(ServiceBench.MEMBER, ServiceBench.MEMBER_PASSWORD)};
  }

  Timed get(String path, String... headers) throws IOException, InterruptedException {
    return send(request(path, headers).GET().build());
  }

  Timed delete(String path, String... headers) throws IOException, InterruptedException {
    return send(request(path, headers).DELETE().build());
  }

  Timed post(String path, String json, String... headers) throws IOException, InterruptedException {
    return send(
        request(path, headers)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(120))
            .header("X-OpenStack-Nova-API-Version", "2.79");
    if (headers.length > 0) {
      b.headers(headers);
    }
    return b;
  }

  private Timed send(HttpRequest request) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
    return new Timed(r.statusCode(), r.body(), System.nanoTime() - t0);
  }

  @Override
  public void close() {
    client.close();
  }
}
