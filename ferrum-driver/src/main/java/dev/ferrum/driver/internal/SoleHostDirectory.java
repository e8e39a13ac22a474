package dev.ferrum.driver.internal;

import dev.ferrum.driver.cache.ComputeHostDirectory;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.NodeQuery;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The default {@link ComputeHostDirectory} of a standalone driver: this host is the only ironic
 * compute, always up, and hosts every instance found on a node (one projected listing of associated
 * nodes per cache refresh). Exists so an embedding without a compute-service database still gets
 * Nova's ownership rule right; a multi-service deployment supplies its own directory.
 */
public final class SoleHostDirectory implements ComputeHostDirectory {

  private final IronicClient ironic;
  private final String host;

  /** A directory of just {@code host}. */
  public SoleHostDirectory(IronicClient ironic, String host) {
    this.ironic = Objects.requireNonNull(ironic, "ironic");
    this.host = Objects.requireNonNull(host, "host");
  }

  @Override
  public Collection<String> ironicComputeHosts() {
    return List.of(host);
  }

  @Override
  public boolean isUp(String h) {
    return true;
  }

  @Override
  public Set<String> instanceUuidsOnHost(String h) {
    Set<String> out = new HashSet<>();
    for (Node n :
        ironic
            .nodes()
            .list(NodeQuery.builder().associated(true).fields("uuid", "instance_uuid").build())) {
      if (n.instanceUuid() != null) {
        out.add(n.instanceUuid());
      }
    }
    return out;
  }
}
