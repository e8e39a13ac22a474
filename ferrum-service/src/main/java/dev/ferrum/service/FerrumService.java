package dev.ferrum.service;

import dev.ferrum.driver.IronicDriver;
import dev.ferrum.driver.IronicDriverConfig;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.service.api.ApiServer;
import dev.ferrum.service.compute.ComputeManager;
import dev.ferrum.service.compute.internal.DatabaseHostDirectory;
import dev.ferrum.service.network.NetworkBackend;
import dev.ferrum.service.network.NetworkBackends;
import dev.ferrum.service.store.Database;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compute service as one running unit: the database opened and migrated, the Ironic driver and
 * compute manager (reconciled before the API opens, periodic tasks running) when an Ironic is
 * configured, and the REST API listening. It exists so that {@code ferrum serve} and embedders
 * start everything from a single {@link ServiceConfig} and stop it with one {@link #close()}.
 */
public final class FerrumService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FerrumService.class);

  private final Database database;
  private final ApiServer api;
  private final ComputeManager compute;
  private final NetworkBackend networks;
  private final Deque<AutoCloseable> resources;

  private FerrumService(
      Database database,
      ApiServer api,
      ComputeManager compute,
      NetworkBackend networks,
      Deque<AutoCloseable> resources) {
    this.database = database;
    this.api = api;
    this.compute = compute;
    this.networks = networks;
    this.resources = resources;
  }

  /**
   * Opens the configured database, registers this process in the service registry (heartbeat at the
   * configured interval), connects to Ironic and starts the compute manager when an Ironic is
   * configured (reconciling servers left in flight), then starts the API.
   *
   * @param config the configuration
   * @return the running service
   * @throws PersistenceException if the database cannot be opened or migrated
   */
  public static FerrumService start(ServiceConfig config) {
    Objects.requireNonNull(config, "config");
    Deque<AutoCloseable> opened = new ArrayDeque<>();
    Database database = Database.open(config.database());
    opened.push(database);
    try {
      opened.push(
          new Heartbeat(
              database.services(),
              config.serviceHost(),
              Clock.systemUTC(),
              config.compute().heartbeatInterval()));
      NetworkBackend networks = NetworkBackends.builtin(database, Clock.systemUTC());
      ComputeManager compute = null;
      if (config.ironic() != null) {
        IronicClient client = config.ironic().connect();
        opened.push(client);
        IronicDriverConfig driverConfig =
            config.driverConfig() != null
                ? config.driverConfig()
                : IronicDriverConfig.defaults(config.serviceHost());
        IronicDriver driver =
            IronicDriver.builder(client, driverConfig)
                .hostDirectory(new DatabaseHostDirectory(database, Clock.systemUTC()))
                .build();
        opened.push(driver);
        compute =
            ComputeManager.start(
                database,
                driver,
                client,
                networks,
                config.compute(),
                config.serviceHost(),
                Clock.systemUTC());
        opened.push(compute);
        LOG.info("Managing Ironic at {}", config.ironic());
      }
      ApiServer api = ApiServer.start(config, database, compute, networks);
      opened.push(api);
      return new FerrumService(database, api, compute, networks, opened);
    } catch (RuntimeException e) {
      closeAll(opened);
      throw e;
    }
  }

  /**
   * The API's base URI, e.g. {@code http://127.0.0.1:8774}.
   *
   * @return the URI
   */
  public URI baseUri() {
    return api.baseUri();
  }

  /**
   * The network service, for embedders that seed networks.
   *
   * @return the backend
   */
  public NetworkBackend networks() {
    return networks;
  }

  /**
   * The database, for embedders that seed or inspect it.
   *
   * @return the database
   */
  public Database database() {
    return database;
  }

  /**
   * The compute manager, when an Ironic is configured.
   *
   * @return the manager, or empty
   */
  public Optional<ComputeManager> compute() {
    return Optional.ofNullable(compute);
  }

  /** Stops the API, the manager, the driver and client, the heartbeat, then the database. */
  @Override
  public void close() {
    closeAll(resources);
  }

  private static void closeAll(Deque<AutoCloseable> opened) {
    while (!opened.isEmpty()) {
      AutoCloseable c = opened.pop();
      try {
        c.close();
      } catch (Exception e) {
        LOG.warn("closing {} failed: {}", c.getClass().getSimpleName(), e.toString());
      }
    }
  }
}
