package dev.ferrum.driver.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.MockResponse;

/** Provision, power and console state handling of {@link FakeIronic}. */
final class FakeNodeStates {

  private FakeNodeStates() {}

  static MockResponse provision(FakeIronic f, ObjectNode node, JsonNode body) {
    String target = body == null ? "" : body.path("target").asText();
    String[] t =
        switch (target) {
          case "active", "deploy" -> new String[] {"active", "deploying"};
          case "rebuild" -> new String[] {"active", "deploying"};
          case "deleted", "undeploy" -> new String[] {"available", "deleting"};
          case "rescue" -> new String[] {"rescue", "rescuing"};
          case "unrescue" -> new String[] {"active", "unrescuing"};
          case "manage" -> new String[] {"manageable", "verifying"};
          case "provide" -> new String[] {"available", "cleaning"};
          case "abort" -> new String[] {"deploy failed", "deploy failed"};
          default -> null;
        };
    if (t == null) {
      return FakeIronicDispatcher.error(
          400, "The requested action \"" + target + "\" is not valid");
    }
    node.putNull("last_error");
    if (f.autoComplete) {
      node.put("provision_state", t[0]);
      node.putNull("target_provision_state");
      if (t[0].equals("available")) {
        node.putObject("instance_info");
        node.putNull("instance_uuid");
      }
    } else {
      node.put("provision_state", t[1]);
      node.put("target_provision_state", t[0]);
    }
    return FakeIronicDispatcher.empty(202);
  }

  static MockResponse power(FakeIronic f, ObjectNode node, JsonNode body) {
    String target = body == null ? "" : body.path("target").asText();
    String result =
        switch (target) {
          case "power on", "rebooting", "soft rebooting" -> "power on";
          case "power off", "soft power off" -> "power off";
          default -> null;
        };
    if (result == null) {
      return FakeIronicDispatcher.error(400, "Invalid power target " + target);
    }
    if (f.autoComplete) {
      node.put("power_state", result);
      node.putNull("target_power_state");
    } else {
      node.put("target_power_state", result);
    }
    return FakeIronicDispatcher.empty(202);
  }

  static ObjectNode console(ObjectNode node) {
    ObjectNode c = FakeIronic.JSON.createObjectNode();
    boolean on = node.path("console_enabled").asBoolean();
    c.put("console_enabled", on);
    if (on) {
      c.putObject("console_info").put("type", "socat").put("url", "tcp://127.0.0.1:10000");
    } else {
      c.putNull("console_info");
    }
    return c;
  }
}
