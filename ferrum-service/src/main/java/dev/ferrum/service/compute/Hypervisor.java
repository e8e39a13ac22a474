package dev.ferrum.service.compute;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One Ironic node as Nova's {@code os-hypervisors} shows it. Ironic has one compute node per bare
 * metal node, so operators look at their hardware through this view.
 *
 * @param nodeUuid the node (also the hypervisor host name)
 * @param resourceClass the node's resource class, if set
 * @param usable whether the node can take a new server (not in maintenance, available, unclaimed)
 * @param instanceUuid the instance it carries, if any
 * @param stats cpu_arch and capability stats
 */
public record Hypervisor(
    String nodeUuid,
    Optional<String> resourceClass,
    boolean usable,
    Optional<String> instanceUuid,
    Map<String, String> stats) {
  /** Validates the fields. */
  public Hypervisor {
    Objects.requireNonNull(nodeUuid, "nodeUuid");
    Objects.requireNonNull(resourceClass, "resourceClass");
    Objects.requireNonNull(instanceUuid, "instanceUuid");
    Map<String, String> copy = new java.util.LinkedHashMap<>();
    Objects.requireNonNull(stats, "stats")
        .forEach((k, v) -> {
          if (k != null && v != null) {
            copy.put(k, v);
          }
        });
    stats = java.util.Collections.unmodifiableMap(copy);
  }
}
