package dev.ferrum.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * A tiny JSON-over-HTTP client for tests that talk to child processes (the service API with a
 * token, the simulator without one), so a crash test reads like the calls it makes.
 */
final class JsonHttp {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI base;
  private final String token;

  /**
   * A client for one base URI.
   *
   * @param base e.g. {@code http://127.0.0.1:8774}
   * @param token the {@code X-Auth-Token}, or {@code null}
   */
  JsonHttp(URI base, String token) {
    this.base = Objects.requireNonNull(base, "base");
    this.token = token;
  }

  /** A response with its parsed JSON body ({@link MissingNode} when empty or not JSON). */
  record Resp(int status, String text, JsonNode json) {}

  Resp get(String path) {
    return send("GET", path, null);
  }

  Resp post(String path, String body) {
    return send("POST", path, body);
  }

  Resp delete(String path) {
    return send("DELETE", path, null);
  }

  /**
   * Sends one request; transport failures (connection refused) propagate as unchecked.
   *
   * @param method the method
   * @param path the path and query
   * @param body JSON text, or {@code null}
   * @return the response
   */
  Resp send(String method, String path, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("X-Auth-Token", token);
    }
    b.header("X-OpenStack-Ironic-API-Version", "1.82");
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json;
      try {
        json = r.body().isEmpty() ? MissingNode.getInstance() : MAPPER.readTree(r.body());
      } catch (IOException e) {
        json = MissingNode.getInstance();
      }
      return new Resp(r.statusCode(), r.body(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Single quotes become double quotes, so JSON in tests stays readable. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }
}
