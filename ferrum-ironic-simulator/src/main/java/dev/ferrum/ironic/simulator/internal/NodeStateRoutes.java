package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/** {@code /v1/nodes/{node}/states...}, maintenance and validate. */
final class NodeStateRoutes {
  private static final Set<String> SOFT = Set.of("soft power off", "soft rebooting");
  private static final Set<String> POWER_TARGETS =
      Set.of("power on", "power off", "rebooting", "soft power off", "soft rebooting");
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

  private final Inventory inv;
  private final Conductor conductor;
  private final ProvisionVerbs verbs;

  NodeStateRoutes(Inventory inv, Conductor conductor, ProvisionVerbs verbs) {
    this.inv = inv;
    this.conductor = conductor;
    this.verbs = verbs;
  }

  void register(Router r) {
    r.get("/v1/nodes/{node}/states", this::states);
    r.put("/v1/nodes/{node}/states/provision", this::provision);
    r.put("/v1/nodes/{node}/states/power", this::power);
    r.get("/v1/nodes/{node}/states/console", this::console);
    r.put("/v1/nodes/{node}/states/console", this::setConsole);
    r.put("/v1/nodes/{node}/maintenance", ctx -> maintenance(ctx, true));
    r.delete("/v1/nodes/{node}/maintenance", ctx -> maintenance(ctx, false));
    r.get("/v1/nodes/{node}/validate", this::validate);
  }

  private String statesLocation(Context ctx, SimNode node) {
    return Http.base(ctx) + "/v1/nodes/" + node.uuid + "/states";
  }

  private void states(Context ctx) {
    ObjectNode d = inv.nodes.get(ctx.pathParam("node")).data();
    ObjectNode body = Json.object();
    for (String f :
        List.of(
            "console_enabled",
            "last_error",
            "power_state",
            "provision_state",
            "provision_updated_at",
            "raid_config",
            "target_power_state",
            "target_provision_state",
            "target_raid_config")) {
      body.set(f, d.get(f));
    }
    Http.ok(ctx, body);
  }

  private void provision(Context ctx) {
    SimNode node = inv.nodes.get(ctx.pathParam("node"));
    verbs.request(node, Http.body(ctx), Http.version(ctx));
    Http.accepted(ctx, statesLocation(ctx, node));
  }

  private void power(Context ctx) {
    SimNode node = inv.nodes.get(ctx.pathParam("node"));
    ObjectNode body = Http.body(ctx);
    String target = Json.text(body, "target");
    JsonNode timeout = body.get("timeout");
    if ((target != null && SOFT.contains(target)) || (timeout != null && !timeout.isNull())) {
      Http.requireVersion(ctx, 27);
    }
    if (timeout != null
        && !timeout.isNull()
        && (!timeout.canConvertToInt() || timeout.asInt() < 1)) {
      throw ApiException.badRequest(
          "Invalid timeout value " + timeout + ". The timeout value must be a positive integer.");
    }
    synchronized (node) {
      if (target == null || !POWER_TARGETS.contains(target)) {
        conductor.requireUnlocked(node.data());
        String state = Json.text(node.data(), "power_state");
        throw ApiException.invalidState(
            String.valueOf(target), node.uuid, state == null ? "None" : state);
      }
      conductor.power(node, target);
    }
    Http.accepted(ctx, statesLocation(ctx, node));
  }

  private void console(Context ctx) {
    SimNode node = inv.nodes.get(ctx.pathParam("node"));
    Http.ok(ctx, Consoles.state(node.data(), inv.config));
  }

  private void setConsole(Context ctx) {
    SimNode node = inv.nodes.get(ctx.pathParam("node"));
    JsonNode enabled = Http.body(ctx).get("enabled");
    if (enabled == null || !enabled.isBoolean()) {
      throw ApiException.badRequest("Invalid input for field/attribute enabled.");
    }
    conductor.console(node, enabled.asBoolean());
    Http.accepted(ctx, statesLocation(ctx, node) + "/console");
  }

  private void maintenance(Context ctx, boolean on) {
    SimNode node = inv.nodes.get(ctx.pathParam("node"));
    String reason = on ? Json.text(Http.body(ctx), "reason") : null;
    conductor.updateUnlocked(node, d -> Maintenance.set(d, on, reason));
    Http.accepted(ctx, null);
  }

  private void validate(Context ctx) {
    Http.ok(ctx, Validation.result(inv.nodes.get(ctx.pathParam("node")).data()));
  }
}
