package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * Everything the simulated Ironic database holds: nodes and their sub-resources, with the
 * uniqueness rules Ironic's database enforces.
 */
final class Inventory {
  final SimConfig config;
  final NodeStore nodes;
  final ResourceTable ports =
      new ResourceTable(
          "Port",
          List.of(
              new ResourceTable.UniqueKey(
                  p -> lower(Json.text(p, "address")),
                  a -> "A port with MAC address " + a + " already exists."),
              vifKey("Port")));
  final ResourceTable portgroups =
      new ResourceTable(
          "Portgroup",
          List.of(
              new ResourceTable.UniqueKey(
                  p -> lower(Json.text(p, "address")),
                  a -> "A port group with MAC address " + a + " already exists."),
              new ResourceTable.UniqueKey(
                  p -> Json.text(p, "name"),
                  n -> "A portgroup with name " + n + " already exists."),
              vifKey("Portgroup")));
  final ResourceTable connectors =
      new ResourceTable(
          "Volume connector",
          List.of(
              new ResourceTable.UniqueKey(
                  c -> Json.text(c, "type") + "/" + Json.text(c, "connector_id"),
                  k ->
                      "A volume connector with connector ID '"
                          + k.substring(k.indexOf('/') + 1)
                          + "' already exists.")));
  final ResourceTable targets =
      new ResourceTable(
          "Volume target",
          List.of(
              new ResourceTable.UniqueKey(
                  t ->
                      t.hasNonNull("boot_index")
                          ? Json.text(t, "node_uuid") + "/" + t.get("boot_index").asText()
                          : null,
                  k ->
                      "A volume target with boot index '"
                          + k.substring(k.indexOf('/') + 1)
                          + "' for the same node already exists.")));

  Inventory(SimConfig config) {
    this.config = config;
    this.nodes = new NodeStore(config.clock());
  }

  /** A VIF may be attached to one port or port group only, on any node. */
  private static ResourceTable.UniqueKey vifKey(String kind) {
    return new ResourceTable.UniqueKey(
        row -> Json.text(row.path("internal_info"), Vifs.KEY),
        vif ->
            "Unable to attach VIF because VIF " + vif + " is already attached to another " + kind);
  }

  static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  /** Removes a node and everything attached to it. */
  void removeNode(SimNode node) {
    nodes.remove(node);
    ports.removeNode(node.uuid);
    portgroups.removeNode(node.uuid);
    connectors.removeNode(node.uuid);
    targets.removeNode(node.uuid);
  }

  /** Detaches every VIF of a node (what tear-down does). */
  void clearVifs(String nodeUuid) {
    for (ResourceTable table : List.of(ports, portgroups)) {
      for (ObjectNode row : table.ofNode(nodeUuid)) {
        if (row.path("internal_info").has(Vifs.KEY)) {
          table.update(
              Json.text(row, "uuid"), r -> ((ObjectNode) r.get("internal_info")).remove(Vifs.KEY));
        }
      }
    }
  }
}
