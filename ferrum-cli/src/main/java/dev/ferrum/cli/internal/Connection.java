package dev.ferrum.cli.internal;

import dev.ferrum.cli.api.Credentials;
import dev.ferrum.cli.api.Endpoints;
import java.util.Objects;

/**
 * Where to connect and how to authenticate, after command line, environment and clouds.yaml are
 * combined.
 *
 * @param endpoints compute and image roots
 * @param credentials token, user/password, or none ({@code toString()} hides secrets)
 */
public record Connection(Endpoints endpoints, Credentials credentials) {

  /** Checks for nulls. */
  public Connection {
    Objects.requireNonNull(endpoints, "endpoints");
    Objects.requireNonNull(credentials, "credentials");
  }
}
