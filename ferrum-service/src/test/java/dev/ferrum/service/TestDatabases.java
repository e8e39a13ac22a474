package dev.ferrum.service;

import dev.ferrum.service.store.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database the service tests run on, chosen by the system property {@value #PROPERTY}: {@code
 * h2} (the default; Surefire) gives a fresh in-memory H2 per call, {@code postgres} (the Failsafe
 * {@code postgres} execution) runs the same tests on a real PostgreSQL. It exists so that one set
 * of API and compute tests proves both stores, instead of two copies drifting apart.
 *
 * <p>On PostgreSQL there is one embedded server per JVM (files under {@code target/embedded-pg},
 * 127.0.0.1 only, stopped by a shutdown hook) and one database per test class; every call after the
 * first empties its tables, so each test still starts from an empty, migrated store.
 */
public final class TestDatabases {
  /** The system property that selects the database ({@code h2} or {@code postgres}). */
  public static final String PROPERTY = "ferrum.test.database";

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final Map<Class<?>, String> DATABASES = new ConcurrentHashMap<>();
  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  /**
   * Says whether this JVM runs the tests on PostgreSQL.
   *
   * @return {@code true} when {@value #PROPERTY} is {@code postgres}
   */
  public static boolean postgres() {
    String kind = System.getProperty(PROPERTY, "h2").trim().toLowerCase(Locale.ROOT);
    return switch (kind) {
      case "h2", "" -> false;
      case "postgres", "postgresql" -> true;
      default -> throw new IllegalStateException(PROPERTY + " must be h2 or postgres, not " + kind);
    };
  }

  /**
   * Opens an empty, migrated database for a test of {@code owner}.
   *
   * @param owner the test class; on PostgreSQL its database is reused (emptied) by its later tests
   * @return the database; the caller closes it
   */
  public static Database open(Class<?> owner) {
    Objects.requireNonNull(owner, "owner");
    if (!postgres()) {
      return Database.h2InMemory();
    }
    EmbeddedPostgres pg = server();
    boolean[] created = {false};
    String name =
        DATABASES.computeIfAbsent(
            owner,
            c -> {
              String n =
                  "ferrum_"
                      + c.getSimpleName().toLowerCase(Locale.ROOT)
                      + "_"
                      + COUNTER.incrementAndGet();
              execute(pg, "postgres", "CREATE DATABASE " + n);
              created[0] = true;
              return n;
            });
    Database db = Database.postgres(pg.getJdbcUrl("postgres", name), "postgres", "postgres");
    if (!created[0]) {
      try {
        emptyTables(pg, name);
      } catch (RuntimeException e) {
        db.close();
        throw e;
      }
    }
    return db;
  }

  private static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      postgres = startEmbeddedPostgres("service-data-");
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException e) {
                      System.err.println("embedded PostgreSQL did not stop cleanly: " + e);
                    }
                  },
                  "embedded-pg-stop"));
      System.out.println(
          "[ferrum-test] service tests run on PostgreSQL "
              + serverVersion(started)
              + " (embedded, 127.0.0.1:"
              + started.getPort()
              + ")");
    }
    return postgres;
  }

  /**
   * Starts an embedded PostgreSQL on 127.0.0.1 with its working and data directories under {@code
   * target/embedded-pg}; the caller stops it.
   *
   * @param dataPrefix the prefix of the fresh data directory's name
   * @return the started server
   */
  public static EmbeddedPostgres startEmbeddedPostgres(String dataPrefix) {
    try {
      Path base = Path.of("target", "embedded-pg").toAbsolutePath();
      Files.createDirectories(base);
      Path data = Files.createTempDirectory(base, dataPrefix);
      return EmbeddedPostgres.builder()
          .setOverrideWorkingDirectory(base.resolve("work").toFile())
          .setDataDirectory(data)
          .setCleanDataDirectory(true)
          .start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start embedded PostgreSQL", e);
    }
  }

  /**
   * Creates a new database on {@code pg} and opens it (migrated, empty).
   *
   * @param pg the server
   * @param name the new database's name, unused on {@code pg}
   * @return the database; the caller closes it
   */
  public static Database createDatabase(EmbeddedPostgres pg, String name) {
    execute(pg, "postgres", "CREATE DATABASE " + name);
    return Database.postgres(pg.getJdbcUrl("postgres", name), "postgres", "postgres");
  }

  private static String serverVersion(EmbeddedPostgres pg) {
    try (Connection c = pg.getPostgresDatabase().getConnection()) {
      DatabaseMetaData md = c.getMetaData();
      return md.getDatabaseProductVersion();
    } catch (SQLException e) {
      return "(version unknown: " + e.getMessage() + ")";
    }
  }

  private static void execute(EmbeddedPostgres pg, String database, String sql) {
    try (Connection c = pg.getDatabase("postgres", database).getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql, e);
    }
  }

  private static void emptyTables(EmbeddedPostgres pg, String database) {
    List<String> tables = new ArrayList<>();
    try (Connection c = pg.getDatabase("postgres", database).getConnection();
        Statement st = c.createStatement()) {
      try (ResultSet rs =
          st.executeQuery(
              "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                  + " AND tablename <> 'flyway_schema_history'")) {
        while (rs.next()) {
          tables.add("\"" + rs.getString(1) + "\"");
        }
      }
      if (!tables.isEmpty()) {
        st.execute("TRUNCATE TABLE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the tables of " + database, e);
    }
  }
}
