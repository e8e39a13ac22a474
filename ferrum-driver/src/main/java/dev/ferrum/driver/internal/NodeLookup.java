package dev.ferrum.driver.internal;

import dev.ferrum.driver.DriverException;
import dev.ferrum.driver.InstanceNotFoundException;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.NodeQuery;
import java.util.List;
import java.util.Objects;

/**
 * The driver's two node reads (spec "get-node" and "lookup-by-instance"), always with Nova's field
 * projection. Exists so every operation reads nodes the same way.
 */
public final class NodeLookup {

  /** Nova's {@code NODE_FIELDS}. */
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

  private final IronicClient ironic;

  /** Reads through {@code ironic}. */
  public NodeLookup(IronicClient ironic) {
    this.ironic = Objects.requireNonNull(ironic, "ironic");
  }

  /** {@code GET /v1/nodes/{uuid}?fields=...}; a 404 propagates as the client's not-found. */
  public Node node(String uuid) {
    return ironic.nodes().get(uuid, NODE_FIELDS);
  }

  /**
   * {@code GET /v1/nodes?instance_uuid=...&fields=...}.
   *
   * @throws InstanceNotFoundException when no node carries the instance
   * @throws DriverException when more than one does
   */
  public Node byInstance(String instanceUuid) {
    List<Node> nodes =
        ironic
            .nodes()
            .list(NodeQuery.builder().instanceUuid(instanceUuid).fields(NODE_FIELDS).build());
    if (nodes.isEmpty()) {
      throw new InstanceNotFoundException(
          "Instance " + instanceUuid + " could not be found (no Ironic node carries it).");
    }
    if (nodes.size() > 1) {
      throw new DriverException(
          "More than one node is associated with instance " + instanceUuid + ": programming error");
    }
    return nodes.get(0);
  }
}
