package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Setting and clearing maintenance mode on a node snapshot. */
final class Maintenance {
  private Maintenance() {}

  static void set(ObjectNode d, boolean on, String reason) {
    d.put("maintenance", on);
    if (on && reason != null) {
      d.put("maintenance_reason", reason);
    } else {
      d.putNull("maintenance_reason");
    }
    if (!on) {
      d.putNull("fault");
    }
  }
}
