package dev.ferrum.driver.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;

/**
 * VIF attach/detach of {@link FakeIronic}: a VIF takes a free port group, else a free port ({@code
 * internal_info.tenant_vif_port_id}). Unlike Ironic, a node with no ports at all accepts VIFs, so
 * scenarios need not create ports.
 */
final class FakeVifs {

  private static final String KEY = "tenant_vif_port_id";

  private FakeVifs() {}

  static MockResponse attach(FakeIronic f, String node, String vif) {
    for (List<String> attached : f.vifs.values()) {
      if (attached.contains(vif)) {
        return FakeIronicDispatcher.error(409, "VIF " + vif + " is already attached");
      }
    }
    List<ObjectNode> candidates = new ArrayList<>();
    f.portGroups.values().stream().filter(p -> own(p, node)).forEach(candidates::add);
    f.ports.values().stream()
        .filter(p -> own(p, node) && p.path("portgroup_uuid").isNull())
        .forEach(candidates::add);
    if (!candidates.isEmpty()) {
      ObjectNode free =
          candidates.stream()
              .filter(p -> !p.path("internal_info").has(KEY))
              .findFirst()
              .orElse(null);
      if (free == null) {
        return FakeIronicDispatcher.error(
            400, "Unable to attach VIF " + vif + ", not enough free physical ports.");
      }
      ((ObjectNode) free.get("internal_info")).put(KEY, vif);
    }
    f.vifs.get(node).add(vif);
    return FakeIronicDispatcher.empty(204);
  }

  static MockResponse detach(FakeIronic f, String node, String vif) {
    if (!f.vifs.get(node).remove(vif)) {
      return FakeIronicDispatcher.error(
          400, "Unable to detach VIF " + vif + " from node " + node + ": not attached");
    }
    for (ObjectNode p : f.portGroups.values()) {
      clear(p, vif);
    }
    for (ObjectNode p : f.ports.values()) {
      clear(p, vif);
    }
    return FakeIronicDispatcher.empty(204);
  }

  private static boolean own(ObjectNode p, String node) {
    return p.path("node_uuid").asText().equals(node);
  }

  private static void clear(ObjectNode p, String vif) {
    if (vif.equals(p.path("internal_info").path(KEY).asText(null))) {
      ((ObjectNode) p.get("internal_info")).remove(KEY);
    }
  }
}
