package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.ironic.simulator.FailureAction;
import dev.ferrum.ironic.simulator.FaultRule;
import dev.ferrum.ironic.simulator.ManualClock;
import dev.ferrum.ironic.simulator.NodeSeed;
import dev.ferrum.ironic.simulator.SimulatorException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The HTTP control API under {@code /_sim}, a thin layer over {@link Control}. */
final class ControlRoutes {
  private static final TypeReference<Map<String, Object>> PROPERTIES = new TypeReference<>() {};

  private static final String P = HttpPipeline.CONTROL_PREFIX;

  private final Control control;
  private final SimConfig config;

  ControlRoutes(Control control, SimConfig config) {
    this.control = control;
    this.config = config;
  }

  void register(Javalin app) {
    app.exception(
        SimulatorException.UnknownNodeException.class,
        (e, ctx) -> Http.error(ctx, 404, ErrorBodies.shapeA(404, e.getMessage())));
    app.exception(
        SimulatorException.class,
        (e, ctx) -> Http.error(ctx, 400, ErrorBodies.shapeA(400, e.getMessage())));
    app.exception(
        IllegalArgumentException.class,
        (e, ctx) -> Http.error(ctx, 400, ErrorBodies.shapeA(400, e.getMessage())));
    app.get(P + "/info", this::info);
    app.post(P + "/nodes", this::seed);
    app.delete(P + "/nodes/{node}", ctx -> done(ctx, () -> control.deleteNode(node(ctx))));
    app.put(P + "/nodes/{node}/provision_state", this::forceProvision);
    app.put(P + "/nodes/{node}/power_state", this::forcePower);
    app.post(P + "/nodes/{node}/fail_next", this::failNext);
    app.put(P + "/nodes/{node}/maintenance", this::maintenance);
    app.put(P + "/nodes/{node}/validation", this::validation);
    app.get(P + "/faults", this::faults);
    app.post(P + "/faults", this::addFault);
    app.delete(P + "/faults", ctx -> done(ctx, control::clearFaults));
    app.delete(P + "/faults/{id}", this::removeFault);
    app.get(P + "/requests", this::requests);
    app.delete(P + "/requests", ctx -> done(ctx, control::resetRequestCounts));
    app.post(P + "/clock/advance", this::advance);
  }

  private static String node(Context ctx) {
    return ctx.pathParam("node");
  }

  private static void done(Context ctx, Runnable action) {
    action.run();
    Http.noContent(ctx);
  }

  private void info(Context ctx) {
    ObjectNode body = Json.object();
    body.put("nodes", control.nodeCount());
    body.put("min_version", config.microversions().minimumText());
    body.put("max_version", config.microversions().maximumText());
    body.put("manual_clock", config.clock() instanceof ManualClock);
    body.put("now", Times.format(config.clock().now()));
    Http.ok(ctx, body);
  }

  private void seed(Context ctx) {
    ObjectNode b = Http.body(ctx);
    NodeSeed.Builder s = NodeSeed.builder(b.path("count").asInt(1));
    if (b.has("name_prefix")) {
      s.namePrefix(b.get("name_prefix").asText());
    }
    if (b.has("resource_class")) {
      s.resourceClass(b.get("resource_class").asText());
    }
    if (b.has("cpus")) {
      s.cpus(b.get("cpus").asInt());
    }
    if (b.has("memory_mb")) {
      s.memoryMb(b.get("memory_mb").asInt());
    }
    if (b.has("local_gb")) {
      s.localGb(b.get("local_gb").asInt());
    }
    if (b.has("cpu_arch")) {
      s.cpuArch(b.get("cpu_arch").asText());
    }
    if (b.path("properties").isObject()) {
      s.extraProperties(Json.MAPPER.convertValue(b.get("properties"), PROPERTIES));
    }
    if (b.path("traits").isArray()) {
      List<String> traits = new ArrayList<>();
      b.get("traits").forEach(t -> traits.add(t.asText()));
      s.traits(traits);
    }
    if (b.has("conductor_group")) {
      s.conductorGroup(b.get("conductor_group").asText());
    }
    if (b.hasNonNull("shard")) {
      s.shard(b.get("shard").asText());
    }
    if (b.has("ports_per_node")) {
      s.portsPerNode(b.get("ports_per_node").asInt());
    }
    if (b.has("provision_state")) {
      s.provisionState(b.get("provision_state").asText());
    }
    if (b.hasNonNull("power_state")) {
      s.powerState(b.get("power_state").asText());
    }
    if (b.has("driver")) {
      s.driver(b.get("driver").asText());
    }
    ObjectNode body = Json.object();
    ArrayNode uuids = body.putArray("nodes");
    control.seed(s.build()).forEach(uuids::add);
    Http.json(ctx, 201, body);
  }

  private void forceProvision(Context ctx) {
    String state = Json.text(Http.body(ctx), "provision_state");
    if (state == null) {
      throw new IllegalArgumentException("provision_state is required");
    }
    done(ctx, () -> control.forceProvisionState(node(ctx), state));
  }

  private void forcePower(Context ctx) {
    String state = Json.text(Http.body(ctx), "power_state");
    done(ctx, () -> control.forcePowerState(node(ctx), state));
  }

  private void failNext(Context ctx) {
    ObjectNode b = Http.body(ctx);
    String action = Json.text(b, "action");
    if (action == null) {
      throw new IllegalArgumentException("action is required");
    }
    FailureAction a = FailureAction.valueOf(action.toUpperCase(Locale.ROOT));
    String error = b.path("last_error").asText("Simulated " + action + " failure");
    done(ctx, () -> control.failNext(node(ctx), a, error));
  }

  private void maintenance(Context ctx) {
    ObjectNode b = Http.body(ctx);
    boolean on = b.path("maintenance").asBoolean(true);
    done(ctx, () -> control.setMaintenance(node(ctx), on, Json.text(b, "reason")));
  }

  private void validation(Context ctx) {
    ObjectNode b = Http.body(ctx);
    String iface = Json.text(b, "interface");
    if (iface == null) {
      throw new IllegalArgumentException("interface is required");
    }
    done(ctx, () -> control.setValidation(node(ctx), iface, Json.text(b, "reason")));
  }

  private void faults(Context ctx) {
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("faults");
    control.faults().forEach((id, rule) -> list.add(render(id, rule)));
    Http.ok(ctx, body);
  }

  static ObjectNode render(String id, FaultRule r) {
    ObjectNode o = Json.object();
    o.put("id", id);
    o.put("method", r.method());
    o.put("path", r.pathPattern());
    o.put("probability", r.probability());
    o.put("times", r.times());
    o.put("status", r.status());
    o.put("latency_ms", r.latency().toMillis());
    o.put("drop", r.drop());
    return o;
  }

  private void addFault(Context ctx) {
    ObjectNode b = Http.body(ctx);
    JsonNode path = b.get("path");
    if (path == null || !path.isTextual()) {
      throw new IllegalArgumentException("path is required");
    }
    FaultRule rule =
        new FaultRule(
            b.path("method").asText("*"),
            path.asText(),
            b.path("probability").asDouble(1.0),
            b.path("times").asInt(-1),
            b.path("status").asInt(0),
            Duration.ofMillis(b.path("latency_ms").asLong(0)),
            b.path("drop").asBoolean(false));
    String id = control.addFault(rule);
    Http.json(ctx, 201, render(id, rule));
  }

  private void removeFault(Context ctx) {
    if (!control.removeFault(ctx.pathParam("id"))) {
      throw ApiException.notFound("Fault " + ctx.pathParam("id") + " could not be found.");
    }
    Http.noContent(ctx);
  }

  private void requests(Context ctx) {
    ObjectNode body = Json.object();
    ObjectNode counts = body.putObject("requests");
    control.requestCounts().forEach(counts::put);
    Http.ok(ctx, body);
  }

  private void advance(Context ctx) {
    if (!(config.clock() instanceof ManualClock clock)) {
      throw ApiException.conflict("The simulator runs on the system clock.");
    }
    long millis = Http.body(ctx).path("millis").asLong(0);
    ObjectNode body = Json.object();
    body.put("now", Times.format(clock.advance(Duration.ofMillis(millis))));
    Http.ok(ctx, body);
  }
}
