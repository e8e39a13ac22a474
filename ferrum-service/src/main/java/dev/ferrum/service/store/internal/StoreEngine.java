package dev.ferrum.service.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ferrum.service.PersistenceException;
import dev.ferrum.service.store.ActionRepository;
import dev.ferrum.service.store.FlavorRepository;
import dev.ferrum.service.store.ImageRepository;
import dev.ferrum.service.store.KeyPairRepository;
import dev.ferrum.service.store.NetworkRepository;
import dev.ferrum.service.store.NodeClaimRepository;
import dev.ferrum.service.store.ServerRepository;
import dev.ferrum.service.store.ServiceRepository;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the connection pool, runs the migrations and builds the repositories. Public only so that
 * {@link dev.ferrum.service.store.Database} can reach it.
 */
public final class StoreEngine implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StoreEngine.class);

  private final HikariDataSource dataSource;
  private final FlavorRepository flavors;
  private final ImageRepository images;
  private final KeyPairRepository keyPairs;
  private final ServerRepository servers;
  private final ActionRepository actions;
  private final ServiceRepository services;
  private final NodeClaimRepository nodeClaims;
  private final NetworkRepository networks;

  /**
   * Connects, migrates and builds the repositories.
   *
   * @param jdbcUrl the JDBC URL
   * @param user the database user
   * @param password the database password (never logged)
   * @param poolSize the maximum number of pooled connections
   * @param description how to name the database in logs and errors (no secrets)
   */
  public StoreEngine(
      String jdbcUrl, String user, String password, int poolSize, String description) {
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(jdbcUrl);
    hc.setUsername(user);
    hc.setPassword(password);
    hc.setMaximumPoolSize(poolSize);
    hc.setMinimumIdle(1);
    hc.setPoolName("ferrum-db");
    try {
      this.dataSource = new HikariDataSource(hc);
    } catch (RuntimeException e) {
      throw new PersistenceException("cannot connect to " + description, e);
    }
    try {
      var result =
          Flyway.configure()
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              .load()
              .migrate();
      LOG.info(
          "Database {} at schema version {} ({} migrations applied)",
          description,
          result.targetSchemaVersion,
          result.migrationsExecuted);
    } catch (FlywayException e) {
      dataSource.close();
      throw new PersistenceException("cannot migrate " + description, e);
    }
    Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    Mappers.register(jdbi);
    Clock clock = Clock.systemUTC();
    this.flavors = new JdbiFlavorRepository(jdbi);
    this.images = new JdbiImageRepository(jdbi);
    this.keyPairs = new JdbiKeyPairRepository(jdbi);
    this.servers = new JdbiServerRepository(jdbi, clock);
    this.actions = new JdbiActionRepository(jdbi);
    this.services = new JdbiServiceRepository(jdbi);
    this.nodeClaims = new JdbiNodeClaimRepository(jdbi);
    this.networks = new JdbiNetworkRepository(jdbi);
  }

  /**
   * @return the flavor repository
   */
  public FlavorRepository flavors() {
    return flavors;
  }

  /**
   * @return the image repository
   */
  public ImageRepository images() {
    return images;
  }

  /**
   * @return the keypair repository
   */
  public KeyPairRepository keyPairs() {
    return keyPairs;
  }

  /**
   * @return the server repository
   */
  public ServerRepository servers() {
    return servers;
  }

  /**
   * @return the action repository
   */
  public ActionRepository actions() {
    return actions;
  }

  /**
   * @return the service repository
   */
  public ServiceRepository services() {
    return services;
  }

  /**
   * @return the node claim repository
   */
  public NodeClaimRepository nodeClaims() {
    return nodeClaims;
  }

  /**
   * @return the network repository
   */
  public NetworkRepository networks() {
    return networks;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
