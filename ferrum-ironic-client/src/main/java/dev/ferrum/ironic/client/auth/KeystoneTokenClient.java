package dev.ferrum.ironic.client.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Keystone v3 {@code POST /v3/auth/tokens} exchange: builds the request body for the
 * credentials, sends it, and reads the token header, expiry and catalog. Knows nothing of caching.
 */
final class KeystoneTokenClient {

  private static final Logger LOG = LoggerFactory.getLogger(KeystoneTokenClient.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A token as Keystone issued it. */
  record Issued(
      String value, Optional<Instant> issuedAt, Instant expiresAt, ServiceCatalog catalog) {
    @Override
    public String toString() {
      return "Issued[value=***, issuedAt=" + issuedAt + ", expiresAt=" + expiresAt + "]";
    }
  }

  private final KeystoneCredentials credentials;
  private final KeystoneOptions options;
  private final URI tokensUri;
  private final HttpClient http;

  KeystoneTokenClient(KeystoneCredentials credentials, KeystoneOptions options) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.options = Objects.requireNonNull(options, "options");
    this.tokensUri = tokensUri(credentials.authUrl());
    this.http =
        HttpClient.newBuilder()
            .sslContext(options.tls().sslContext())
            .connectTimeout(options.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            // token requests are rare; HTTP/1.1 avoids h2c upgrade surprises behind proxies
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** {@code {auth_url}/v3/auth/tokens}, whether or not the auth URL already ends in /v3. */
  static URI tokensUri(URI authUrl) {
    String base = authUrl.toString();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    if (base.endsWith("/v3")) {
      base = base.substring(0, base.length() - 3);
    }
    return URI.create(base + "/v3/auth/tokens");
  }

  URI tokensUri() {
    return tokensUri;
  }

  /** The JSON body Keystone expects for these credentials. */
  static ObjectNode requestBody(KeystoneCredentials credentials) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode auth = root.putObject("auth");
    ObjectNode identity = auth.putObject("identity");
    switch (credentials) {
      case KeystoneCredentials.Password p -> {
        identity.putArray("methods").add("password");
        ObjectNode user = identity.putObject("password").putObject("user");
        putRef(user, p.user());
        user.put("password", p.password());
        p.project()
            .ifPresent(project -> putRef(auth.putObject("scope").putObject("project"), project));
        p.domain().ifPresent(domain -> putRef(auth.putObject("scope").putObject("domain"), domain));
      }
      case KeystoneCredentials.ApplicationCredential a -> {
        identity.putArray("methods").add("application_credential");
        ObjectNode cred = identity.putObject("application_credential");
        a.id().ifPresent(id -> cred.put("id", id));
        a.name().ifPresent(name -> cred.put("name", name));
        cred.put("secret", a.secret());
        a.user().ifPresent(user -> putRef(cred.putObject("user"), user));
      }
    }
    return root;
  }

  private static void putRef(ObjectNode node, KeystoneRef ref) {
    ref.id().ifPresent(id -> node.put("id", id));
    ref.name().ifPresent(name -> node.put("name", name));
    ref.domain().ifPresent(domain -> putRef(node.putObject("domain"), domain));
  }

  /**
   * Asks Keystone for a token.
   *
   * @throws KeystoneAuthenticationException on a 4xx answer
   * @throws KeystoneUnavailableException on I/O failure, interruption or a 5xx answer
   * @throws KeystoneResponseException on a success without a usable token
   */
  Issued issue() {
    LOG.debug("Requesting a Keystone token from {} for {}", tokensUri, credentials.principal());
    HttpRequest request =
        HttpRequest.newBuilder(tokensUri)
            .timeout(options.requestTimeout())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(requestBody(credentials).toString()))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      LOG.debug("Keystone at {} unreachable: {}", tokensUri, e.toString());
      throw new KeystoneUnavailableException("cannot reach Keystone at " + tokensUri + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KeystoneUnavailableException(
          "interrupted while requesting a token from " + tokensUri, e);
    }
    int status = response.statusCode();
    LOG.debug("Keystone answered {} for {}", status, credentials.principal());
    if (status >= 400 && status < 500) {
      throw new KeystoneAuthenticationException(
          status,
          "Keystone at "
              + tokensUri
              + " refused "
              + credentials.type()
              + " authentication of "
              + credentials.principal()
              + " (HTTP "
              + status
              + "): "
              + errorMessage(response.body()));
    }
    if (status >= 300 && status < 400) {
      throw new KeystoneResponseException(
          "Keystone at "
              + tokensUri
              + " redirected (HTTP "
              + status
              + ") to "
              + response.headers().firstValue("Location").orElse("nowhere")
              + "; configure the auth URL Keystone redirects to");
    }
    if (status < 200 || status >= 300) {
      throw new KeystoneUnavailableException(
          "Keystone at "
              + tokensUri
              + " failed (HTTP "
              + status
              + "): "
              + errorMessage(response.body()));
    }
    return parse(response);
  }

  private Issued parse(HttpResponse<String> response) {
    String value =
        response
            .headers()
            .firstValue("X-Subject-Token")
            .filter(v -> !v.isBlank())
            .orElseThrow(() ->
                new KeystoneResponseException(
                    "Keystone at " + tokensUri + " answered without an X-Subject-Token header"));
    JsonNode token;
    try {
      token = JSON.readTree(response.body()).path("token");
    } catch (JsonProcessingException e) {
      throw new KeystoneResponseException(
          "Keystone at " + tokensUri + " answered with unreadable JSON", e);
    }
    Instant expiresAt =
        timestamp(token, "expires_at")
            .orElseThrow(() ->
                new KeystoneResponseException(
                    "Keystone at " + tokensUri + " answered without token.expires_at"));
    return new Issued(
        value,
        timestamp(token, "issued_at"),
        expiresAt,
        ServiceCatalog.parse(token.get("catalog")));
  }

  private Optional<Instant> timestamp(JsonNode token, String field) {
    JsonNode node = token.get(field);
    if (node == null || !node.isTextual()) {
      return Optional.empty();
    }
    return Optional.of(parseTimestamp(node.asText()));
  }

  /** Keystone writes {@code 2026-11-24T20:00:00.000000Z}; tolerate offsets and no zone (UTC). */
  Instant parseTimestamp(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutZone) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw new KeystoneResponseException(
            "Keystone at " + tokensUri + " sent an unreadable timestamp '" + text + "'", e);
      }
    }
  }

  /** Keystone's {@code error.message}, or the start of the body when it is not Keystone JSON. */
  static String errorMessage(String body) {
    if (body == null || body.isBlank()) {
      return "(empty body)";
    }
    try {
      JsonNode message = JSON.readTree(body).path("error").path("message");
      if (message.isTextual()) {
        return message.asText();
      }
    } catch (JsonProcessingException e) {
      // not JSON: fall through to the raw text
    }
    String trimmed = body.strip();
    return trimmed.length() <= 200 ? trimmed : trimmed.substring(0, 200) + "...";
  }
}
