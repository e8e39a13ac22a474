package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Console state and the {@code console_info} shape of the configured console kind. */
final class Consoles {
  private Consoles() {}

  static void setEnabled(ObjectNode d, boolean enabled, SimConfig config) {
    d.put("console_enabled", enabled);
    ObjectNode internal = internalInfo(d);
    switch (config.consoleKind()) {
      case VNC -> {
        if (enabled) {
          internal.put("vnc_host", config.host());
          internal.put("vnc_port", port(d));
        } else {
          internal.remove("vnc_host");
          internal.remove("vnc_port");
        }
      }
      default -> {}
    }
  }

  /** The body of {@code GET /v1/nodes/{node}/states/console}. */
  static ObjectNode state(ObjectNode d, SimConfig config) {
    boolean enabled = d.path("console_enabled").asBoolean(false);
    ObjectNode out = Json.object();
    out.put("console_enabled", enabled);
    if (!enabled) {
      out.putNull("console_info");
      return out;
    }
    ObjectNode info = out.putObject("console_info");
    switch (config.consoleKind()) {
      case SOCAT -> info.put("type", "socat").put("url", "tcp://" + config.host() + ":" + port(d));
      case VNC ->
          info.put("type", "vnc")
              .put(
                  "url",
                  "http://"
                      + config.host()
                      + ":6090/vnc_auto.html?path=websockify%3Fnode%3D"
                      + Json.text(d, "uuid"));
      case FAKE -> {}
    }
    return out;
  }

  /** A stable per-node port in 10000-59999, like a console port allocated from a range. */
  private static int port(JsonNode d) {
    return 10000 + Math.floorMod(Json.text(d, "uuid").hashCode(), 50000);
  }

  private static ObjectNode internalInfo(ObjectNode d) {
    if (!d.path("driver_internal_info").isObject()) {
      d.putObject("driver_internal_info");
    }
    return (ObjectNode) d.get("driver_internal_info");
  }
}
