package dev.ferrum.driver.cache;

import dev.ferrum.driver.InstanceNotFoundException;
import dev.ferrum.ironic.client.Nodes;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.NodeQuery;
import java.util.List;
import java.util.Objects;

/**
 * The two node reads Nova's driver is built on, with the driver's field projection: get-node and
 * lookup-by-instance (reference conventions, scenarios NL-01/NL-02).
 *
 * <p>It exists so every component asks Ironic for exactly the same fields (the cache, resource
 * reporting and consoles all read nodes) and interprets "zero or several nodes for an instance" the
 * same way. HTTP failures propagate unchanged as {@link dev.ferrum.ironic.client.IronicException}s.
 * Thread-safe.
 */
public final class NodeLookup {

  /**
   * The fields the driver reads ({@code NODE_FIELDS}). Deliberately absent: {@code instance_info},
   * {@code driver_internal_info}, {@code conductor_group}, {@code shard}, {@code reservation}.
   */
  public static final List<String> NODE_FIELDS =
      List.of(
          "uuid",
          "power_state",
          "target_power_state",
          "provision_state",
          "target_provision_state",
          "last_error",
          "maintenance",
          "properties",
          "instance_uuid",
          "traits",
          "resource_class");

  private final Nodes nodes;

  /**
   * Creates the lookup.
   *
   * @param nodes the Ironic node API
   */
  public NodeLookup(Nodes nodes) {
    this.nodes = Objects.requireNonNull(nodes, "nodes");
  }

  /**
   * get-node: {@code GET /v1/nodes/{id}?fields=NODE_FIELDS}.
   *
   * @param nodeId a node uuid (or name)
   * @return the node, projected
   * @throws dev.ferrum.ironic.client.IronicNotFoundException if the node does not exist
   */
  public Node node(String nodeId) {
    return nodes.get(Objects.requireNonNull(nodeId, "nodeId"), NODE_FIELDS);
  }

  /**
   * lookup-by-instance: {@code GET /v1/nodes?instance_uuid=I&fields=NODE_FIELDS}.
   *
   * @param instanceUuid the instance
   * @return the one node carrying it
   * @throws InstanceNotFoundException if no node carries it
   * @throws AmbiguousInstanceNodeException if several nodes do
   */
  public Node byInstance(String instanceUuid) {
    Objects.requireNonNull(instanceUuid, "instanceUuid");
    List<Node> found =
        nodes.list(NodeQuery.builder().instanceUuid(instanceUuid).fields(NODE_FIELDS).build());
    if (found.isEmpty()) {
      throw new InstanceNotFoundException(
          "Instance " + instanceUuid + " could not be found (no Ironic node carries it)");
    }
    if (found.size() > 1) {
      throw new AmbiguousInstanceNodeException(instanceUuid, found.size());
    }
    return found.getFirst();
  }
}
