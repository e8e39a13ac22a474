package dev.ferrum.service.compute.internal;

import dev.ferrum.driver.cache.ComputeHostDirectory;
import dev.ferrum.service.store.ComputeService;
import dev.ferrum.service.store.Database;
import dev.ferrum.service.store.Server;
import dev.ferrum.service.store.ServerQuery;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The driver's view of the other compute services, read from the services table that every Ferrum
 * process heartbeats into: this is how several Ferrum processes sharing one database and one Ironic
 * split the nodes between them on the hash ring, and take over a dead one's nodes once its
 * heartbeat is older than {@link ComputeService#DOWN_AFTER} (Nova's service group API). Disabled
 * services leave the ring, as in Nova.
 */
public final class DatabaseHostDirectory implements ComputeHostDirectory {
  private final Database db;
  private final Clock clock;

  /**
   * Reads through the database.
   *
   * @param db the service's database
   * @param clock the clock heartbeats are compared with
   */
  public DatabaseHostDirectory(Database db, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Collection<String> ironicComputeHosts() {
    return db.services().list().stream()
        .filter(s -> s.binary().equals(ComputeService.COMPUTE_BINARY) && !s.disabled())
        .map(ComputeService::host)
        .toList();
  }

  @Override
  public boolean isUp(String host) {
    return db.services()
        .find(host, ComputeService.COMPUTE_BINARY)
        .map(s -> s.isUp(clock.instant(), ComputeService.DOWN_AFTER))
        .orElse(false);
  }

  @Override
  public Set<String> instanceUuidsOnHost(String host) {
    return db.servers().list(ServerQuery.all().withHost(host)).stream()
        .map(Server::uuid)
        .collect(Collectors.toUnmodifiableSet());
  }
}
