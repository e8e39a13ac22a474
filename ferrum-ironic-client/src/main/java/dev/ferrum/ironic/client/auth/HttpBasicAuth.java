package dev.ferrum.ironic.client.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link IronicAuth#httpBasic}: a fixed header, no catalog, nothing a retry could refresh. */
final class HttpBasicAuth implements IronicAuth {

  private final String username;
  private final Map<String, String> headers;

  HttpBasicAuth(String username, String password) {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    if (username.isEmpty() || username.indexOf(':') >= 0) {
      throw new IllegalArgumentException("an HTTP basic user name must be non-empty without ':'");
    }
    this.username = username;
    String encoded =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.headers = Map.of("Authorization", "Basic " + encoded);
  }

  @Override
  public Optional<URI> endpoint() {
    return Optional.empty();
  }

  @Override
  public Map<String, String> requestHeaders() {
    return headers;
  }

  @Override
  public boolean invalidate() {
    return false;
  }

  @Override
  public String type() {
    return "http_basic";
  }

  @Override
  public String toString() {
    return "HttpBasicAuth[username=" + username + ", password=***]";
  }
}
