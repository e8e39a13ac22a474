package dev.ferrum.service;

import java.util.Objects;

/**
 * A static token a client sends as {@code X-Auth-Token}: the {@code admin_token} auth type of
 * clouds.yaml, which lets the stock {@code openstack} client talk to Ferrum without Keystone.
 *
 * @param token the shared secret; never logged ({@link #toString()} masks it)
 * @param userId the user the token acts as
 * @param projectId the project the token is scoped to
 * @param role what the token may do
 */
public record TokenCredential(String token, String userId, String projectId, Role role) {
  /** Validates that every field is present and the token is not blank. */
  public TokenCredential {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(role, "role");
    if (token.isBlank()) {
      throw new ConfigurationException("a static token must not be blank");
    }
  }

  @Override
  public String toString() {
    return "TokenCredential[token=***, userId="
        + userId
        + ", projectId="
        + projectId
        + ", role="
        + role
        + "]";
  }
}
