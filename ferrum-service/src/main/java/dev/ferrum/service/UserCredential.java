package dev.ferrum.service;

import java.util.Objects;

/**
 * A user name and password checked against HTTP Basic authentication: the {@code http_basic} auth
 * type of clouds.yaml, for sites that want per-user credentials without running Keystone.
 *
 * @param username the login name, also used as the user id
 * @param password the password; never logged ({@link #toString()} masks it)
 * @param projectId the project the user works in
 * @param role what the user may do
 */
public record UserCredential(String username, String password, String projectId, Role role) {
  /** Validates that every field is present and the name and password are not blank. */
  public UserCredential {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(role, "role");
    if (username.isBlank() || username.contains(":")) {
      throw new ConfigurationException("a user name must be non-blank and contain no ':'");
    }
    if (password.isEmpty()) {
      throw new ConfigurationException("user " + username + " has an empty password");
    }
  }

  @Override
  public String toString() {
    return "UserCredential[username="
        + username
        + ", password=***, projectId="
        + projectId
        + ", role="
        + role
        + "]";
  }
}
