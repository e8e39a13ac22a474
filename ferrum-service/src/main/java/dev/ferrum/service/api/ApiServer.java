package dev.ferrum.service.api;

import dev.ferrum.service.ServiceConfig;
import dev.ferrum.service.api.internal.ApiEngine;
import dev.ferrum.service.network.NetworkBackend;
import dev.ferrum.service.store.Database;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Nova-compatible REST API, running. It exists so that the stock {@code openstack} client,
 * openstacksdk and Ferrum's own CLI can use Ferrum unchanged: version discovery, authentication
 * with static tokens or HTTP Basic users, microversions, Nova error bodies, and the flavor, image
 * and keypair APIs (see the module README for the endpoint list).
 *
 * <p>Start one with {@link #start(ServiceConfig, Database)}; it serves on virtual threads until
 * {@link #close()}. The database stays owned by the caller.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  private final ApiEngine engine;
  private final URI baseUri;

  private ApiServer(ApiEngine engine, URI baseUri) {
    this.engine = engine;
    this.baseUri = baseUri;
  }

  /**
   * Starts the API on the configured address.
   *
   * @param config the configuration (bind address, port, credentials)
   * @param database the persistence the API reads and writes
   * @return the running server
   */
  public static ApiServer start(ServiceConfig config, Database database) {
    return start(config, database, null);
  }

  /**
   * Starts the API with the compute endpoints (servers, actions, consoles, instance actions,
   * hypervisors) served by {@code compute}, and the network API of the compute manager's network
   * service.
   *
   * @param config the configuration (bind address, port, credentials)
   * @param database the opened database
   * @param compute the compute manager, or {@code null} for the catalog APIs only
   * @return the running server
   */
  public static ApiServer start(
      ServiceConfig config, Database database, dev.ferrum.service.compute.ComputeManager compute) {
    return start(config, database, compute, compute == null ? null : compute.networks());
  }

  /**
   * Starts the API with the compute endpoints of {@code compute} and the Neutron-shaped network API
   * ({@code /network/v2.0}: networks, subnets, ports) of {@code network}.
   *
   * @param config the configuration (bind address, port, credentials)
   * @param database the opened database
   * @param compute the compute manager, or {@code null} for the catalog APIs only
   * @param network the network backend, or {@code null} for no network API
   * @return the running server
   */
  public static ApiServer start(
      ServiceConfig config,
      Database database,
      dev.ferrum.service.compute.ComputeManager compute,
      NetworkBackend network) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(database, "database");
    ApiEngine engine = new ApiEngine(config, database, compute, network, Clock.systemUTC());
    engine.start();
    String host =
        config.bindHost().contains(":") ? "[" + config.bindHost() + "]" : config.bindHost();
    URI base = URI.create("http://" + host + ":" + engine.port());
    LOG.info("Compute API listening on {} (auth {})", base, config.authNone() ? "none" : "on");
    return new ApiServer(engine, base);
  }

  /**
   * Returns the root URL; the compute endpoint is this plus {@code /v2.1}, the image endpoint this
   * plus {@code /image}, the network endpoint (when served) this plus {@code /network}.
   *
   * @return e.g. {@code http://127.0.0.1:8774}
   */
  public URI baseUri() {
    return baseUri;
  }

  /**
   * Returns the port actually bound (useful with port 0).
   *
   * @return the port
   */
  public int port() {
    return baseUri.getPort();
  }

  /**
   * Returns every HTTP route this server answers, for tests that must cover all of them.
   *
   * @return the routes in registration order
   */
  List<ApiEngine.Route> routes() {
    return engine.routes();
  }

  /** Stops the server. */
  @Override
  public void close() {
    engine.stop();
  }
}
