package dev.ferrum.service.store;

/** The repository contract on in-memory H2 in PostgreSQL mode (the embedded default engine). */
class H2RepositoryTest extends RepositoryContract {
  @Override
  Database openFreshDatabase() {
    return Database.h2InMemory();
  }
}
