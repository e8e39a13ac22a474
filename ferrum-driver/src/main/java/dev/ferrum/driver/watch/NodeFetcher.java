package dev.ferrum.driver.watch;

import dev.ferrum.driver.DriverException;
import dev.ferrum.driver.cache.NodeLookup;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.IronicNotFoundException;
import dev.ferrum.ironic.client.model.Microversion;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.NodeQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fetches the watched targets of one poll: per-target requests when few are watched, one projected
 * list (paged by the client) when more than the threshold are. Package-private engine.
 */
final class NodeFetcher {

  /** The lean projection of the bulk list. */
  static final List<String> WATCH_FIELDS =
      List.of(
          "uuid",
          "provision_state",
          "target_provision_state",
          "power_state",
          "target_power_state",
          "last_error",
          "instance_uuid",
          "maintenance");

  private final IronicClient ironic;
  private final int listThreshold;
  private final Optional<String> conductorGroup;
  private final Optional<String> shard;

  NodeFetcher(
      IronicClient ironic,
      int listThreshold,
      Optional<String> conductorGroup,
      Optional<String> shard) {
    this.ironic = ironic;
    this.listThreshold = listThreshold;
    this.conductorGroup = conductorGroup;
    this.shard = shard;
  }

  /** One result per target: an observation or the failure of fetching it. */
  Map<WatchTarget, Result> fetch(Set<WatchTarget> targets) {
    long nodeTargets = targets.stream().filter(t -> !(t instanceof WatchTarget.Console)).count();
    Map<WatchTarget, Result> out = new HashMap<>();
    Map<String, Node> byUuid = null;
    Map<String, List<Node>> byInstance = null;
    if (nodeTargets > listThreshold) {
      try {
        List<Node> all = ironic.nodes().list(bulkQuery());
        byUuid = new HashMap<>();
        byInstance = new HashMap<>();
        for (Node n : all) {
          byUuid.put(n.uuid(), n);
          if (n.instanceUuid() != null) {
            byInstance.computeIfAbsent(n.instanceUuid(), k -> new java.util.ArrayList<>()).add(n);
          }
        }
      } catch (RuntimeException e) {
        for (WatchTarget t : targets) {
          if (!(t instanceof WatchTarget.Console)) {
            out.put(t, new Result(null, e));
          }
        }
      }
    }
    for (WatchTarget t : targets) {
      if (out.containsKey(t)) {
        continue;
      }
      try {
        out.put(t, new Result(observe(t, byUuid, byInstance), null));
      } catch (RuntimeException e) {
        out.put(t, new Result(null, e));
      }
    }
    return out;
  }

  private Observation observe(
      WatchTarget t, Map<String, Node> byUuid, Map<String, List<Node>> byInstance) {
    return switch (t) {
      case WatchTarget.Console c ->
          new Observation.SeenConsole(ironic.nodes().getConsole(c.nodeUuid()));
      case WatchTarget.ByNode n -> {
        if (byUuid != null) {
          Node node = byUuid.get(n.nodeUuid());
          yield node == null ? new Observation.Absent() : new Observation.Seen(node);
        }
        try {
          yield new Observation.Seen(ironic.nodes().get(n.nodeUuid(), NodeLookup.NODE_FIELDS));
        } catch (IronicNotFoundException e) {
          yield new Observation.Absent();
        }
      }
      case WatchTarget.ByInstance i -> {
        List<Node> found =
            byInstance != null
                ? byInstance.getOrDefault(i.instanceUuid(), List.of())
                : ironic
                    .nodes()
                    .list(
                        NodeQuery.builder()
                            .instanceUuid(i.instanceUuid())
                            .fields(NodeLookup.NODE_FIELDS)
                            .build());
        if (found.size() > 1) {
          throw new DriverException(
              "More than one node is associated with instance " + i.instanceUuid());
        }
        yield found.isEmpty() ? new Observation.Absent() : new Observation.Seen(found.get(0));
      }
    };
  }

  private NodeQuery bulkQuery() {
    NodeQuery.Builder q = NodeQuery.builder().fields(WATCH_FIELDS).limit(NodeQuery.MAX_LIMIT);
    Microversion v = ironic.microversion();
    if (v.atLeast(Microversion.of(46))) {
      conductorGroup.ifPresent(q::conductorGroup);
    }
    if (v.atLeast(Microversion.of(82))) {
      shard.ifPresent(q::shard);
    }
    return q.build();
  }

  /** An observation or a fetch failure. */
  record Result(Observation observation, RuntimeException failure) {}
}
