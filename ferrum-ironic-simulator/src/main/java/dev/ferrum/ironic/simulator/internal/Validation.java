package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The body of {@code GET /v1/nodes/{node}/validate}: every interface valid, like {@code
 * fake-hardware}, except those a test marked invalid through the control API.
 */
final class Validation {
  /** Hidden node field (never rendered) holding interface name to failure reason. */
  static final String FIELD = "_validation";

  private static final List<String> INTERFACES =
      List.of(
          "bios",
          "boot",
          "console",
          "deploy",
          "inspect",
          "management",
          "network",
          "power",
          "raid",
          "rescue",
          "storage");

  private Validation() {}

  static ObjectNode result(ObjectNode node) {
    JsonNode failures = node.path(FIELD);
    ObjectNode body = Json.object();
    for (String iface : INTERFACES) {
      ObjectNode r = body.putObject(iface);
      String reason = Json.text(failures, iface);
      if (reason == null) {
        r.put("result", true);
      } else {
        r.put("result", false).put("reason", reason);
      }
    }
    return body;
  }
}
