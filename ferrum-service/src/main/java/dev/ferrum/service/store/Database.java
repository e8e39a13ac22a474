package dev.ferrum.service.store;

import dev.ferrum.service.DatabaseSettings;
import dev.ferrum.service.PersistenceException;
import dev.ferrum.service.store.internal.StoreEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;

/**
 * The service's persistent state: one entry point that connects, migrates the schema to the current
 * version and hands out typed repositories. The same code runs on an embedded H2 file (the default,
 * nothing to install) and on PostgreSQL (production and scale-out).
 *
 * <p>Thread-safe; close it once when the service stops.
 */
public final class Database implements AutoCloseable {
  private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";

  /**
   * H2 writes commits to its file in the background every 500 ms by default, so a killed process
   * loses transactions it already acknowledged; {@code WRITE_DELAY=0} writes each commit before it
   * returns (durable against a process kill; a power loss still depends on the OS cache).
   */
  private static final String H2_FILE_OPTIONS = ";WRITE_DELAY=0";

  private final StoreEngine engine;

  private Database(StoreEngine engine) {
    this.engine = engine;
  }

  /**
   * Opens the database the settings describe.
   *
   * @param settings H2 file or PostgreSQL
   * @return the migrated database
   * @throws PersistenceException if it cannot be reached or migrated
   */
  public static Database open(DatabaseSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return switch (settings) {
      case DatabaseSettings.H2File h -> h2File(h.directory());
      case DatabaseSettings.Postgres p -> postgres(p.jdbcUrl(), p.user(), p.password());
    };
  }

  /**
   * Opens (creating if needed) an embedded H2 database stored in a directory. Every commit is in
   * the file when it returns, so a killed service keeps what it acknowledged.
   *
   * @param directory where the files live; created if missing
   * @return the migrated database
   * @throws PersistenceException if the directory cannot be created or the database opened
   */
  public static Database h2File(Path directory) {
    Objects.requireNonNull(directory, "directory");
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new PersistenceException("cannot create the database directory " + directory, e);
    }
    String url =
        "jdbc:h2:file:"
            + directory.toAbsolutePath().resolve("ferrum")
            + H2_OPTIONS
            + H2_FILE_OPTIONS;
    return new Database(new StoreEngine(url, "sa", "", 8, "H2 in " + directory));
  }

  /**
   * Opens a fresh in-memory H2 database that lives until {@link #close()}; for tests and demos.
   *
   * @return the migrated database
   */
  public static Database h2InMemory() {
    String name = "ferrum-" + UUID.randomUUID();
    String url = "jdbc:h2:mem:" + name + H2_OPTIONS + ";DB_CLOSE_DELAY=-1";
    return new Database(new StoreEngine(url, "sa", "", 8, "in-memory H2"));
  }

  /**
   * Connects to PostgreSQL.
   *
   * @param jdbcUrl e.g. {@code jdbc:postgresql://127.0.0.1:5432/ferrum}
   * @param user the database user
   * @param password the password (never logged)
   * @return the migrated database
   * @throws PersistenceException if it cannot be reached or migrated
   */
  public static Database postgres(String jdbcUrl, String user, String password) {
    var settings = new DatabaseSettings.Postgres(jdbcUrl, user, password);
    return new Database(
        new StoreEngine(
            settings.jdbcUrl(), settings.user(), settings.password(), 16, settings.jdbcUrl()));
  }

  /**
   * Returns the flavors.
   *
   * @return the repository
   */
  public FlavorRepository flavors() {
    return engine.flavors();
  }

  /**
   * Returns the images.
   *
   * @return the repository
   */
  public ImageRepository images() {
    return engine.images();
  }

  /**
   * Returns the keypairs.
   *
   * @return the repository
   */
  public KeyPairRepository keyPairs() {
    return engine.keyPairs();
  }

  /**
   * Returns the servers.
   *
   * @return the repository
   */
  public ServerRepository servers() {
    return engine.servers();
  }

  /**
   * Returns the instance actions and events.
   *
   * @return the repository
   */
  public ActionRepository actions() {
    return engine.actions();
  }

  /**
   * Returns the service registry.
   *
   * @return the repository
   */
  public ServiceRepository services() {
    return engine.services();
  }

  /**
   * Returns the node claims.
   *
   * @return the repository
   */
  public NodeClaimRepository nodeClaims() {
    return engine.nodeClaims();
  }

  /**
   * Returns the networks, subnets, ports and IP allocations of the built-in network service.
   *
   * @return the repository
   */
  public NetworkRepository networks() {
    return engine.networks();
  }

  /** Closes the connection pool. */
  @Override
  public void close() {
    engine.close();
  }
}
