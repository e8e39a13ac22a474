package dev.ferrum.service;

import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.auth.IronicAuth;
import dev.ferrum.ironic.client.config.CloudConfig;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the Ironic this service manages is and how to authenticate to it: either a {@code
 * clouds.yaml} cloud (the OpenStack convention operators already use) or an endpoint with an
 * explicit auth (the embedded simulator, tests). Kept apart from the client so the configuration
 * can be built and printed before anything connects; {@link #toString()} never shows credentials.
 *
 * @param endpoint the endpoint, or {@code null} when a cloud is given
 * @param auth the auth for the endpoint, or {@code null} when a cloud is given
 * @param cloud the cloud, or {@code null} when an endpoint is given
 */
public record IronicConnection(URI endpoint, IronicAuth auth, CloudConfig cloud) {
  /** Validates that exactly one form is given. */
  public IronicConnection {
    if ((cloud == null) == (endpoint == null)) {
      throw new ConfigurationException("an Ironic connection needs either an endpoint or a cloud");
    }
    if (endpoint != null) {
      Objects.requireNonNull(auth, "auth");
    }
  }

  /**
   * An endpoint with an auth.
   *
   * @param endpoint e.g. {@code http://127.0.0.1:6385}
   * @param auth the auth ({@link IronicAuth#none()} for the simulator)
   * @return the connection
   */
  public static IronicConnection endpoint(URI endpoint, IronicAuth auth) {
    return new IronicConnection(
        Objects.requireNonNull(endpoint, "endpoint"), Objects.requireNonNull(auth, "auth"), null);
  }

  /**
   * A cloud from {@code clouds.yaml} / {@code OS_*} variables.
   *
   * @param cloud the loaded cloud
   * @return the connection
   */
  public static IronicConnection cloud(CloudConfig cloud) {
    return new IronicConnection(null, null, Objects.requireNonNull(cloud, "cloud"));
  }

  /**
   * Builds a client.
   *
   * @return a new client (the caller closes it)
   */
  public IronicClient connect() {
    IronicClient.Builder b = IronicClient.builder().requestTimeout(Duration.ofSeconds(60));
    if (cloud != null) {
      b.cloud(cloud);
    } else {
      b.endpoint(endpoint).auth(auth);
    }
    return b.build();
  }

  @Override
  public String toString() {
    return cloud != null
        ? "IronicConnection[cloud=" + cloud.cloud().orElse("(environment)") + "]"
        : "IronicConnection[endpoint=" + endpoint + "]";
  }
}
