package dev.ferrum.service.api.internal;

import dev.ferrum.service.Role;
import dev.ferrum.service.ServiceConfig;
import dev.ferrum.service.TokenCredential;
import dev.ferrum.service.UserCredential;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

/**
 * Checks a request's credentials against the configured static tokens ({@code X-Auth-Token}) and
 * HTTP Basic users. Comparisons are constant-time and nothing here logs a credential.
 */
final class Authenticator {
  /** Who a request acts as when authentication is off. */
  static final Identity NO_AUTH = new Identity("admin", "admin", Role.ADMIN);

  private final boolean authNone;
  private final List<TokenCredential> tokens;
  private final List<UserCredential> users;

  /** An authenticated identity. */
  record Identity(String userId, String projectId, Role role) {}

  Authenticator(ServiceConfig config) {
    this.authNone = config.authNone();
    this.tokens = config.tokens();
    this.users = config.users();
  }

  boolean hasBasicUsers() {
    return !users.isEmpty();
  }

  /**
   * Authenticates a request.
   *
   * @param authToken the {@code X-Auth-Token} header, or null
   * @param authorization the {@code Authorization} header, or null
   * @return the identity
   * @throws ApiException 401 when credentials are missing or wrong
   */
  Identity authenticate(String authToken, String authorization) {
    if (authNone) {
      return NO_AUTH;
    }
    if (authToken != null && !authToken.isEmpty()) {
      return matchToken(authToken);
    }
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return matchBasic(authorization.substring(6).trim());
    }
    throw ApiException.unauthorized();
  }

  private Identity matchToken(String presented) {
    byte[] given = presented.getBytes(StandardCharsets.UTF_8);
    Identity found = null;
    for (TokenCredential t : tokens) {
      if (MessageDigest.isEqual(given, t.token().getBytes(StandardCharsets.UTF_8))) {
        found = new Identity(t.userId(), t.projectId(), t.role());
      }
    }
    if (found == null) {
      throw ApiException.unauthorized();
    }
    return found;
  }

  private Identity matchBasic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.unauthorized();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw ApiException.unauthorized();
    }
    String name = decoded.substring(0, colon);
    byte[] password = decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
    Identity found = null;
    for (UserCredential u : users) {
      boolean nameOk = u.username().equals(name);
      boolean passwordOk =
          MessageDigest.isEqual(password, u.password().getBytes(StandardCharsets.UTF_8));
      if (nameOk && passwordOk) {
        found = new Identity(u.username(), u.projectId(), u.role());
      }
    }
    if (found == null) {
      throw ApiException.unauthorized();
    }
    return found;
  }
}
