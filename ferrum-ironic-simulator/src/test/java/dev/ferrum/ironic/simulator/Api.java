package dev.ferrum.ironic.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small JSON HTTP client for tests: every call returns status, headers and parsed body. */
final class Api {
  static final ObjectMapper MAPPER = new ObjectMapper();

  record Resp(int status, HttpHeaders headers, String raw) {
    JsonNode json() {
      try {
        return raw.isEmpty() ? MissingNode.getInstance() : MAPPER.readTree(raw);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + raw, e);
      }
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** The inner error object of Ironic's envelope (a JSON string inside JSON). */
    JsonNode error() {
      try {
        return MAPPER.readTree(json().get("error_message").asText());
      } catch (IOException e) {
        throw new AssertionError("not an error envelope: " + raw, e);
      }
    }

    String faultstring() {
      return error().get("faultstring").asText();
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private String version = "latest";

  Api(URI base) {
    this.base = base;
  }

  Api version(String v) {
    Api copy = new Api(base);
    copy.version = v;
    return copy;
  }

  Resp get(String path) {
    return send("GET", path, null);
  }

  Resp delete(String path) {
    return send("DELETE", path, null);
  }

  Resp post(String path, Object body) {
    return send("POST", path, body);
  }

  Resp put(String path, Object body) {
    return send("PUT", path, body);
  }

  Resp patch(String path, Object body) {
    return send("PATCH", path, body);
  }

  Resp send(String method, String path, Object body) {
    try {
      return sendOrThrow(method, path, body);
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed", e);
    }
  }

  Resp sendOrThrow(String method, String path, Object body) throws IOException {
    String json =
        body == null ? "" : body instanceof String s ? s : MAPPER.writeValueAsString(body);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
            .timeout(Duration.ofSeconds(20))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (version != null) {
      b.header("X-OpenStack-Ironic-API-Version", version);
    }
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Resp(r.statusCode(), r.headers(), r.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  static Map<String, Object> target(String t) {
    return Map.of("target", t);
  }
}
