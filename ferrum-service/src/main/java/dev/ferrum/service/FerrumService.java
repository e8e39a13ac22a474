package dev.ferrum.service;

import dev.ferrum.service.api.ApiServer;
import dev.ferrum.service.store.Database;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The compute service as one running unit: the database opened and migrated, and the REST API
 * listening. It exists so that {@code ferrum serve} and embedders start everything from a single
 * {@link ServiceConfig} and stop it with one {@link #close()}.
 */
public final class FerrumService implements AutoCloseable {
  /** How often the process reports that it is alive (Nova's {@code report_interval}). */
  static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(10);

  private final Database database;
  private final Heartbeat heartbeat;
  private final ApiServer api;

  private FerrumService(Database database, Heartbeat heartbeat, ApiServer api) {
    this.database = database;
    this.heartbeat = heartbeat;
    this.api = api;
  }

  /**
   * Opens the configured database, registers this process in the service registry (with a heartbeat
   * every 10 s) and starts the API.
   *
   * @param config the configuration
   * @return the running service
   * @throws PersistenceException if the database cannot be opened or migrated
   */
  public static FerrumService start(ServiceConfig config) {
    Objects.requireNonNull(config, "config");
    Database database = Database.open(config.database());
    Heartbeat heartbeat = null;
    try {
      heartbeat =
          new Heartbeat(
              database.services(), config.serviceHost(), Clock.systemUTC(), HEARTBEAT_INTERVAL);
      return new FerrumService(database, heartbeat, ApiServer.start(config, database));
    } catch (RuntimeException e) {
      if (heartbeat != null) {
        heartbeat.close();
      }
      database.close();
      throw e;
    }
  }

  /**
   * Returns the API's root URL.
   *
   * @return e.g. {@code http://127.0.0.1:8774}
   */
  public URI baseUri() {
    return api.baseUri();
  }

  /**
   * Returns the database, for seeding and administration.
   *
   * @return the database
   */
  public Database database() {
    return database;
  }

  /** Stops the API and the heartbeat, then closes the database. */
  @Override
  public void close() {
    try {
      api.close();
    } finally {
      try {
        heartbeat.close();
      } finally {
        database.close();
      }
    }
  }
}
