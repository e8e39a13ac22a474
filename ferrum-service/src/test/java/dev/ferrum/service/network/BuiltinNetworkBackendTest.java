package dev.ferrum.service.network;

import dev.ferrum.service.store.Database;

/** The network backend contract on in-memory H2 in PostgreSQL mode (the embedded default). */
class BuiltinNetworkBackendTest extends NetworkBackendContract {
  @Override
  Database openFreshDatabase() {
    return Database.h2InMemory();
  }
}
