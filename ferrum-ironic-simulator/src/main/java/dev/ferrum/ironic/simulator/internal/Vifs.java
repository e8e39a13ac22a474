package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * VIF bookkeeping the way Ironic's real network interfaces do it: a VIF is attached by writing its
 * id into {@code internal_info.tenant_vif_port_id} of a free port group or port of the node.
 */
final class Vifs {
  static final String KEY = "tenant_vif_port_id";

  private Vifs() {}

  static ArrayNode list(Inventory inv, String nodeUuid) {
    ArrayNode vifs = Json.array();
    for (ResourceTable table : List.of(inv.portgroups, inv.ports)) {
      for (ObjectNode row : table.ofNode(nodeUuid)) {
        String vif = Json.text(row.path("internal_info"), KEY);
        if (vif != null) {
          vifs.addObject().put("id", vif);
        }
      }
    }
    return vifs;
  }

  static void attach(Inventory inv, String nodeUuid, String vif) {
    synchronized (inv) {
      for (ResourceTable table : List.of(inv.portgroups, inv.ports)) {
        for (ObjectNode row : table.ofNode(nodeUuid)) {
          if (vif.equals(Json.text(row.path("internal_info"), KEY))) {
            throw ApiException.conflict(
                "Unable to attach VIF because VIF "
                    + vif
                    + " is already attached to Ironic "
                    + (table == inv.ports ? "Port" : "Portgroup")
                    + " "
                    + Json.text(row, "uuid"));
          }
        }
      }
      for (ResourceTable table : List.of(inv.portgroups, inv.ports)) {
        for (ObjectNode row : table.ofNode(nodeUuid)) {
          boolean free = Json.text(row.path("internal_info"), KEY) == null;
          boolean usable = table == inv.portgroups || Json.text(row, "portgroup_uuid") == null;
          if (free && usable) {
            table.update(
                Json.text(row, "uuid"),
                r -> {
                  if (!r.path("internal_info").isObject()) {
                    r.putObject("internal_info");
                  }
                  ((ObjectNode) r.get("internal_info")).put(KEY, vif);
                });
            return;
          }
        }
      }
      throw ApiException.badRequest(
          "Unable to attach VIF " + vif + ", not enough free physical ports.");
    }
  }

  static void detach(Inventory inv, String nodeUuid, String vif) {
    synchronized (inv) {
      for (ResourceTable table : List.of(inv.portgroups, inv.ports)) {
        for (ObjectNode row : table.ofNode(nodeUuid)) {
          if (vif.equals(Json.text(row.path("internal_info"), KEY))) {
            table.update(
                Json.text(row, "uuid"), r -> ((ObjectNode) r.get("internal_info")).remove(KEY));
            return;
          }
        }
      }
      throw ApiException.badRequest(
          "Unable to detach VIF "
              + vif
              + " from node "
              + nodeUuid
              + " because it is not attached to it.");
    }
  }
}
