package dev.ferrum.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Plain HTTP to the target, for the few facts the typed client deliberately hides or refuses to
 * send: response headers of version negotiation, an unsupported microversion (406), a rescue
 * without a password, a request without credentials. Everything else goes through the client.
 */
final class RawHttp {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final URI baseUri;
  private final String authorization;

  RawHttp(URI baseUri, String user, String password) {
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    this.baseUri = baseUri;
    this.authorization =
        user == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** One answer: status, headers and the body parsed as JSON (a missing node if empty). */
  record Response(int status, HttpResponse<String> raw, JsonNode body) {
    Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }

    /**
     * Ironic's explanation from any of its three error shapes: the nested {@code faultstring}
     * (shape A), the nested {@code description} (406, shape B) or {@code error.message} (401).
     */
    String fault() {
      JsonNode em = body.path("error_message");
      if (em.isTextual()) {
        try {
          JsonNode inner = JSON.readTree(em.asText());
          if (inner.hasNonNull("faultstring")) {
            return inner.get("faultstring").asText();
          }
          return inner.path("description").asText(em.asText());
        } catch (IOException notJson) {
          return em.asText();
        }
      }
      return body.path("error").path("message").asText(body.toString());
    }
  }

  /** A request with credentials; {@code version} null sends no microversion header. */
  Response send(String method, String path, String version, Object jsonBody) {
    return send(method, path, version, jsonBody, true);
  }

  /** A request, with or without the target's credentials. */
  Response send(
      String method, String path, String version, Object jsonBody, boolean withCredentials) {
    try {
      HttpRequest.BodyPublisher pub =
          jsonBody == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(jsonBody));
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(baseUri + path))
              .timeout(Duration.ofSeconds(30))
              .header("Accept", "application/json")
              .method(method, pub);
      if (jsonBody != null) {
        b.header("Content-Type", "application/json");
      }
      if (version != null) {
        b.header("X-OpenStack-Ironic-API-Version", version);
      }
      if (withCredentials && authorization != null) {
        b.header("Authorization", authorization);
      }
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode body =
          r.body() == null || r.body().isBlank() ? JSON.missingNode() : JSON.readTree(r.body());
      return new Response(r.statusCode(), r, body);
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** A GET with credentials. */
  Response get(String path, String version) {
    return send("GET", path, version, null);
  }
}
