package dev.ferrum.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the compute service needs to start, as one immutable value. A typed record rather than
 * a property bag so that every setting is validated once, at start-up, and the YAML file and
 * environment overrides (a later step) only have to fill in a {@link Builder}.
 *
 * <p>Secrets (tokens, passwords) are masked by {@link #toString()}, so the whole configuration may
 * be logged.
 *
 * @param bindHost the address the REST API listens on; loopback by default
 * @param port the TCP port; {@code 0} picks a free one (tests)
 * @param database where state is kept
 * @param authNone whether requests need no credentials (every caller acts as an admin); only
 *     allowed when {@code bindHost} is a loopback address
 * @param tokens static tokens accepted in {@code X-Auth-Token}
 * @param users users accepted with HTTP Basic authentication
 * @param serviceHost the name this process registers as in the service registry ({@code openstack
 *     compute service list}); defaults to the machine's host name
 * @param ironic the Ironic this service manages, or {@code null} to serve only the catalog APIs
 * @param driverConfig the driver's {@code [ironic]} options, or {@code null} for the defaults
 * @param compute the compute manager's tunables
 * @param api the REST API's limits (header deadline, connections per client, key generation)
 */
public record ServiceConfig(
    String bindHost,
    int port,
    DatabaseSettings database,
    boolean authNone,
    List<TokenCredential> tokens,
    List<UserCredential> users,
    String serviceHost,
    IronicConnection ironic,
    dev.ferrum.driver.IronicDriverConfig driverConfig,
    dev.ferrum.service.compute.ComputeSettings compute,
    dev.ferrum.service.api.ApiSettings api) {

  /** The default listen address: loopback, so a fresh install is not reachable from outside. */
  public static final String DEFAULT_BIND_HOST = "127.0.0.1";

  /** The default port, Nova's compute API port, so existing clouds.yaml files work unchanged. */
  public static final int DEFAULT_PORT = 8774;

  /** The default database directory, relative to the working directory. */
  public static final Path DEFAULT_DATA_DIR = Path.of("ferrum-data");

  /** Validates the settings; see {@link Builder#build()} for the rules. */
  public ServiceConfig {
    Objects.requireNonNull(bindHost, "bindHost");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(serviceHost, "serviceHost");
    Objects.requireNonNull(compute, "compute");
    Objects.requireNonNull(api, "api");
    if (serviceHost.isBlank() || serviceHost.length() > 255) {
      throw new ConfigurationException("serviceHost must be 1 to 255 characters");
    }
    tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
    users = List.copyOf(Objects.requireNonNull(users, "users"));
    if (port < 0 || port > 65_535) {
      throw new ConfigurationException("port out of range: " + port);
    }
    if (authNone && !isLoopback(bindHost)) {
      throw new ConfigurationException(
          "auth none is only allowed when bound to a loopback address, not " + bindHost);
    }
    if (!authNone && tokens.isEmpty() && users.isEmpty()) {
      throw new ConfigurationException(
          "no credentials configured: add a token or a user, or use auth none on loopback");
    }
    Set<String> seen = new HashSet<>();
    for (TokenCredential t : tokens) {
      if (!seen.add(t.token())) {
        throw new ConfigurationException("the same static token is configured twice");
      }
    }
    Set<String> names = new HashSet<>();
    for (UserCredential u : users) {
      if (!names.add(u.username())) {
        throw new ConfigurationException("user " + u.username() + " is configured twice");
      }
    }
  }

  /**
   * Starts a builder with the defaults: 127.0.0.1:8774, H2 under {@code ./ferrum-data}, no
   * credentials and authentication required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private static String localHostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  private static boolean isLoopback(String host) {
    if (host.equals("localhost")) {
      return true;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "ServiceConfig[bindHost="
        + bindHost
        + ", port="
        + port
        + ", database="
        + database
        + ", authNone="
        + authNone
        + ", tokens="
        + tokens
        + ", users="
        + users
        + ", serviceHost="
        + serviceHost
        + ", ironic="
        + ironic
        + ", compute="
        + compute
        + ", api="
        + api
        + "]";
  }

  /** Collects settings one at a time; {@link #build()} validates them together. */
  public static final class Builder {
    private String bindHost = DEFAULT_BIND_HOST;
    private int port = DEFAULT_PORT;
    private DatabaseSettings database = new DatabaseSettings.H2File(DEFAULT_DATA_DIR);
    private boolean authNone;
    private final List<TokenCredential> tokens = new ArrayList<>();
    private final List<UserCredential> users = new ArrayList<>();
    private String serviceHost;
    private IronicConnection ironic;
    private dev.ferrum.driver.IronicDriverConfig driverConfig;
    private dev.ferrum.service.compute.ComputeSettings compute =
        dev.ferrum.service.compute.ComputeSettings.defaults();
    private dev.ferrum.service.api.ApiSettings api = dev.ferrum.service.api.ApiSettings.defaults();

    private Builder() {}

    /**
     * Sets the Ironic to manage; without one the service serves only the catalog APIs.
     *
     * @param ironic the connection, or {@code null}
     * @return this builder
     */
    public Builder ironic(IronicConnection ironic) {
      this.ironic = ironic;
      return this;
    }

    /**
     * Sets the driver's {@code [ironic]} options (default: the driver's defaults for {@code
     * serviceHost}).
     *
     * @param driverConfig the options, or {@code null} for the defaults
     * @return this builder
     */
    public Builder driverConfig(dev.ferrum.driver.IronicDriverConfig driverConfig) {
      this.driverConfig = driverConfig;
      return this;
    }

    /**
     * Sets the compute manager's tunables (build attempts, periodic intervals).
     *
     * @param compute the settings
     * @return this builder
     */
    public Builder compute(dev.ferrum.service.compute.ComputeSettings compute) {
      this.compute = Objects.requireNonNull(compute, "compute");
      return this;
    }

    /**
     * Sets the REST API's limits.
     *
     * @param api the settings
     * @return this builder
     */
    public Builder api(dev.ferrum.service.api.ApiSettings api) {
      this.api = Objects.requireNonNull(api, "api");
      return this;
    }

    /**
     * Sets the name this process registers as.
     *
     * @param serviceHost a host name
     * @return this builder
     */
    public Builder serviceHost(String serviceHost) {
      this.serviceHost = Objects.requireNonNull(serviceHost, "serviceHost");
      return this;
    }

    /**
     * Sets the listen address.
     *
     * @param bindHost an IP address or host name
     * @return this builder
     */
    public Builder bindHost(String bindHost) {
      this.bindHost = Objects.requireNonNull(bindHost, "bindHost");
      return this;
    }

    /**
     * Sets the listen port.
     *
     * @param port 1–65535, or 0 for any free port
     * @return this builder
     */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * Sets the database.
     *
     * @param database H2 file or PostgreSQL settings
     * @return this builder
     */
    public Builder database(DatabaseSettings database) {
      this.database = Objects.requireNonNull(database, "database");
      return this;
    }

    /**
     * Turns authentication off (loopback only).
     *
     * @param authNone {@code true} to accept every request as an admin
     * @return this builder
     */
    public Builder authNone(boolean authNone) {
      this.authNone = authNone;
      return this;
    }

    /**
     * Adds a static token.
     *
     * @param token the credential
     * @return this builder
     */
    public Builder token(TokenCredential token) {
      tokens.add(Objects.requireNonNull(token, "token"));
      return this;
    }

    /**
     * Adds an HTTP Basic user.
     *
     * @param user the credential
     * @return this builder
     */
    public Builder user(UserCredential user) {
      users.add(Objects.requireNonNull(user, "user"));
      return this;
    }

    /**
     * Validates and freezes the settings.
     *
     * @return the configuration
     * @throws ConfigurationException if the port is out of range, auth none is asked for on a
     *     non-loopback address, no credentials are configured while auth is on, or a token or user
     *     name appears twice
     */
    public ServiceConfig build() {
      return new ServiceConfig(
          bindHost,
          port,
          database,
          authNone,
          tokens,
          users,
          serviceHost != null ? serviceHost : localHostName(),
          ironic,
          driverConfig,
          compute,
          api);
    }
  }
}
