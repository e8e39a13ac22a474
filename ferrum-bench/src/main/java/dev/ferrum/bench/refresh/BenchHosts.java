package dev.ferrum.bench.refresh;

import dev.ferrum.driver.cache.ComputeHostDirectory;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * One compute service, always up, with no instance: what a compute service answers from its own
 * database, so a refresh costs only the node listing (the driver's default sole-host directory
 * would add a listing of its own).
 */
final class BenchHosts implements ComputeHostDirectory {

  static final String HOST = "bench-host";

  @Override
  public Collection<String> ironicComputeHosts() {
    return List.of(HOST);
  }

  @Override
  public boolean isUp(String host) {
    return true;
  }

  @Override
  public Set<String> instanceUuidsOnHost(String host) {
    return Set.of();
  }
}
