package dev.ferrum.ironic.client.config;

import dev.ferrum.ironic.client.auth.EndpointInterface;
import dev.ferrum.ironic.client.auth.IronicAuth;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the Ironic client needs to reach one cloud, read from the configuration operators
 * already have for the {@code openstack} command line, so Ferrum needs no settings of its own to
 * talk to an existing Ironic.
 *
 * <p>Loading follows the {@code openstack} command:
 *
 * <ol>
 *   <li>The cloud is the one named explicitly, else {@code $OS_CLOUD}. It is looked up in the first
 *       {@code clouds.yaml} found in {@code $OS_CLIENT_CONFIG_FILE}, the working directory, {@code
 *       ~/.config/openstack} and {@code /etc/openstack}, with the first {@code secure.yaml} found
 *       the same way ({@code $OS_CLIENT_SECURE_FILE} first) merged over it. {@code .yml} is
 *       accepted beside {@code .yaml}.
 *   <li>The {@code OS_*} variables that are set override the cloud's values (as the {@code
 *       openstack} command's {@code --os-*} options do); with no cloud named they are the whole
 *       configuration.
 * </ol>
 *
 * <p>Auth types: {@code none}, {@code http_basic}, {@code password}/{@code v3password} (the default
 * when an {@code auth_url} is given) and {@code v3applicationcredential}. The endpoint override
 * comes from {@code baremetal_endpoint_override}, else {@code auth.endpoint}/{@code endpoint}
 * ({@code OS_BAREMETAL_ENDPOINT_OVERRIDE}, {@code OS_ENDPOINT}); {@code none} and {@code
 * http_basic} need one, Keystone types default to the service catalog. {@code toString()} prints no
 * secrets.
 *
 * @param cloud the {@code clouds.yaml} entry used; empty when configured by {@code OS_*} only
 * @param endpoint Ironic's URL without {@code /v1}, when configured rather than discovered
 * @param auth how to authenticate (Keystone types also know region and interface for the catalog)
 * @param tls certificates for Ironic and Keystone
 * @param region {@code region_name}, if set
 * @param endpointInterface {@code interface} ({@code baremetal_interface} wins), public by default
 */
public record CloudConfig(
    Optional<String> cloud,
    Optional<URI> endpoint,
    IronicAuth auth,
    TlsOptions tls,
    Optional<String> region,
    EndpointInterface endpointInterface) {

  /** Checks for nulls. */
  public CloudConfig {
    Objects.requireNonNull(cloud, "cloud");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(endpointInterface, "endpointInterface");
  }

  /**
   * The cloud named by {@code $OS_CLOUD}, or the {@code OS_*} variables, from this process's
   * environment, working directory and home directory.
   *
   * @throws CloudConfigException if nothing usable is configured
   */
  public static CloudConfig fromEnvironment() {
    return load(Optional.empty(), System.getenv(), workingDir(), homeDir());
  }

  /**
   * The named cloud from this process's {@code clouds.yaml}, with {@code OS_*} overrides.
   *
   * @throws UnknownCloudException if no {@code clouds.yaml} defines it
   */
  public static CloudConfig fromEnvironment(String cloud) {
    return load(
        Optional.of(Objects.requireNonNull(cloud, "cloud")),
        System.getenv(),
        workingDir(),
        homeDir());
  }

  /**
   * Loads from an explicit environment, for tests and embedding. {@code /etc/openstack} is searched
   * as well.
   *
   * @param cloud the cloud to use; empty means {@code OS_CLOUD}, else the {@code OS_*} variables
   * @param env the environment variables
   * @param workingDir where {@code ./clouds.yaml} and relative paths are resolved
   * @param homeDir where {@code ~/.config/openstack} and {@code ~/} paths are resolved
   * @throws CloudConfigException (or a subclass) naming what is wrong
   */
  public static CloudConfig load(
      Optional<String> cloud, Map<String, String> env, Path workingDir, Path homeDir) {
    return new CloudConfigLoader(env, workingDir, homeDir, List.of(Path.of("/etc/openstack")))
        .load(cloud);
  }

  private static Path workingDir() {
    return Path.of("").toAbsolutePath();
  }

  private static Path homeDir() {
    return Path.of(System.getProperty("user.home"));
  }
}
