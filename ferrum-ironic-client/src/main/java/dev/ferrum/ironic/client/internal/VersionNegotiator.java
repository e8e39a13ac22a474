package dev.ferrum.ironic.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferrum.ironic.client.IronicNotFoundException;
import dev.ferrum.ironic.client.IronicTransportException;
import dev.ferrum.ironic.client.IronicVersionNotSupportedException;
import dev.ferrum.ironic.client.model.ApiVersion;
import dev.ferrum.ironic.client.model.Microversion;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Discovers the server's microversion range once (root document, {@code GET /}; {@code GET /v1/} as
 * a fallback), caches it, and picks the version each call sends: {@code min(server max, client
 * max)}. Refuses a call whose minimum is above that before anything is sent. Thread-safe.
 */
public final class VersionNegotiator {

  private final Transport transport;
  private final Microversion clientMax;
  private final ReentrantLock discoveryLock = new ReentrantLock();
  private volatile ApiVersion cached;

  /**
   * Creates a negotiator.
   *
   * @param transport sends the discovery request
   * @param clientMax the newest version the client may send (its latest known, or a lower cap)
   */
  public VersionNegotiator(Transport transport, Microversion clientMax) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.clientMax = Objects.requireNonNull(clientMax, "clientMax");
  }

  /** The server's range, discovered on first use; a failed discovery is not cached. */
  public ApiVersion serverVersion() {
    ApiVersion v = cached;
    if (v != null) {
      return v;
    }
    discoveryLock.lock();
    try {
      if (cached == null) {
        cached = discover();
      }
      return cached;
    } finally {
      discoveryLock.unlock();
    }
  }

  /** Forgets the cached range, e.g. after the server answered 406 to a negotiated version. */
  public void forget() {
    cached = null;
  }

  /** The version every call sends to this server. */
  public Microversion negotiated() {
    return Microversion.min(serverVersion().maximum(), clientMax);
  }

  /**
   * The version to send for an operation needing {@code required}.
   *
   * @throws IronicVersionNotSupportedException if it cannot be negotiated
   */
  public Microversion require(String operation, Microversion required) {
    ApiVersion server = serverVersion();
    Microversion v = Microversion.min(server.maximum(), clientMax);
    if (!server.supports(v) || !v.atLeast(required)) {
      throw new IronicVersionNotSupportedException(operation, required, server, v);
    }
    return v;
  }

  private ApiVersion discover() {
    ApiCall root = ApiCall.of("version discovery", "GET", "/", Microversion.of(1));
    try {
      ApiResponse r = transport.execute(root, null);
      Optional<ApiVersion> found = fromBody(r, "default_version");
      if (found.isPresent()) {
        return found.get();
      }
    } catch (IronicNotFoundException rootHidden) {
      // Some proxies only expose /v1; fall through to it.
    }
    ApiCall v1 = ApiCall.of("version discovery", "GET", "/v1/", Microversion.of(1));
    ApiResponse r = transport.execute(v1, null);
    return fromHeaders(r)
        .or(() -> fromBody(r, "version"))
        .orElseThrow(() ->
            new IronicTransportException(
                "the endpoint did not advertise an API version range (not Ironic?)",
                r.status(),
                "GET",
                "/v1/",
                null));
  }

  private static Optional<ApiVersion> fromHeaders(ApiResponse r) {
    Optional<String> min = r.headers().firstValue("X-OpenStack-Ironic-API-Minimum-Version");
    Optional<String> max = r.headers().firstValue("X-OpenStack-Ironic-API-Maximum-Version");
    if (min.isEmpty() || max.isEmpty()) {
      return Optional.empty();
    }
    return parse(min.get(), max.get(), r);
  }

  private static Optional<ApiVersion> fromBody(ApiResponse r, String key) {
    JsonNode doc;
    try {
      doc = Json.MAPPER.readTree(r.bytes());
    } catch (IOException e) {
      throw new IronicTransportException("version document is not JSON", r.status(), "GET", "/", e);
    }
    if (doc == null) {
      return Optional.empty();
    }
    JsonNode v = doc.path(key);
    if (!v.isObject() && doc.path("versions").isArray()) {
      for (JsonNode candidate : doc.path("versions")) {
        if ("v1".equals(candidate.path("id").asText())) {
          v = candidate;
        }
      }
    }
    if (!v.path("version").isTextual()) {
      return Optional.empty();
    }
    String min = v.path("min_version").asText("1.1");
    return parse(min, v.path("version").asText(), r);
  }

  private static Optional<ApiVersion> parse(String min, String max, ApiResponse r) {
    try {
      return Optional.of(new ApiVersion(Microversion.parse(min), Microversion.parse(max)));
    } catch (IllegalArgumentException e) {
      throw new IronicTransportException(
          "unreadable version range [" + min + ", " + max + "]", r.status(), "GET", "/", e);
    }
  }
}
