package dev.ferrum.service.network;

import dev.ferrum.service.network.internal.BuiltinNetworkBackend;
import dev.ferrum.service.store.Database;
import java.time.Clock;
import java.util.Objects;

/**
 * Where {@link NetworkBackend}s come from, so that callers depend on the interface and never on an
 * implementation class in an internal package.
 */
public final class NetworkBackends {
  private NetworkBackends() {}

  /**
   * The built-in network service: networks, subnets, ports and addresses kept in Ferrum's own
   * database, with IP address management that is safe across threads and service processes.
   *
   * @param database the service's database
   * @param clock the clock for created and updated times
   * @return the backend
   */
  public static NetworkBackend builtin(Database database, Clock clock) {
    Objects.requireNonNull(database, "database");
    return new BuiltinNetworkBackend(database.networks(), clock);
  }
}
