package dev.ferrum.cli.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends one JSON request with the credentials and optional microversion, and turns an error status
 * into a {@link NovaApiException} carrying the service's message.
 */
final class Http {

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient client;
  private final Credentials credentials;

  Http(HttpClient client, Credentials credentials) {
    this.client = Objects.requireNonNull(client, "client");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
  }

  /** A response: status, parsed body (MissingNode when empty) and request id. */
  record Response(int status, JsonNode body) {}

  /**
   * Sends a request.
   *
   * @param method GET, POST, DELETE, …
   * @param uri the full URI
   * @param body the JSON body, or null for none
   * @param microversion the compute microversion to request, or empty for the default (2.1)
   * @throws NotFoundException on 404
   * @throws NovaApiException on any other status from 400 up, or a transport failure
   */
  Response send(String method, URI uri, JsonNode body, Optional<String> microversion) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/json")
            .header("User-Agent", "ferrum-cli");
    switch (credentials) {
      case Credentials.Token t -> b.header("X-Auth-Token", t.token());
      case Credentials.Basic u ->
          b.header(
              "Authorization",
              "Basic "
                  + Base64.getEncoder()
                      .encodeToString(
                          (u.user() + ":" + u.password()).getBytes(StandardCharsets.UTF_8)));
      case Credentials.None n -> {}
    }
    microversion.ifPresent(v -> {
      b.header("X-OpenStack-Nova-API-Version", v);
      b.header("OpenStack-API-Version", "compute " + v);
    });
    if (body != null) {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(write(body)));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> r;
    try {
      r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new NovaApiException(
          "Cannot reach " + uri.getScheme() + "://" + uri.getAuthority() + ": " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NovaApiException("Interrupted while calling " + method + " " + uri.getPath(), e);
    }
    String requestId =
        r.headers()
            .firstValue("x-openstack-request-id")
            .or(() -> r.headers().firstValue("x-compute-request-id"))
            .orElse(null);
    if (r.statusCode() >= 400) {
      String message = errorMessage(r.body()).orElse(defaultMessage(r.statusCode()));
      if (r.statusCode() == 404) {
        throw new NotFoundException(message, 404, requestId);
      }
      throw new NovaApiException(message, r.statusCode(), requestId);
    }
    return new Response(r.statusCode(), parse(r.body(), method, uri));
  }

  /**
   * The message of a Nova error body {@code {"<kind>": {"code", "message"}}}, of a Glance-style
   * {@code {"message": …}}, or a short plain-text body.
   */
  static Optional<String> errorMessage(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    JsonNode n;
    try {
      n = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      n = null;
    }
    if (n != null && n.isObject()) {
      if (n.path("message").isTextual()) {
        return Optional.of(n.get("message").asText());
      }
      Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator();
      if (it.hasNext()) {
        JsonNode inner = it.next().getValue();
        if (inner.path("message").isTextual()) {
          return Optional.of(inner.get("message").asText());
        }
      }
      return Optional.empty();
    }
    String text = body.strip();
    return text.length() <= 200 && !text.contains("<") ? Optional.of(text) : Optional.empty();
  }

  private static String defaultMessage(int status) {
    return switch (status) {
      case 401 -> "The request you have made requires authentication.";
      case 403 -> "Policy does not allow this operation.";
      case 404 -> "The resource could not be found.";
      default -> "The service answered HTTP " + status + ".";
    };
  }

  private static JsonNode parse(String body, String method, URI uri) {
    if (body == null || body.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new NovaApiException(
          "The answer to "
              + method
              + " "
              + uri.getPath()
              + " is not JSON: "
              + e.getOriginalMessage(),
          e);
    }
  }

  private static String write(JsonNode body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new NovaApiException("Cannot encode the request body", e);
    }
  }

  private static String describe(IOException e) {
    if (e instanceof java.net.ConnectException) {
      return "connection refused";
    }
    if (e instanceof java.net.http.HttpTimeoutException) {
      return "timed out";
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
