package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.InvalidRequestException;
import dev.ferrum.service.compute.ComputeManager;
import dev.ferrum.service.compute.RequestContext;
import dev.ferrum.service.store.Database;
import dev.ferrum.service.store.Image;
import dev.ferrum.service.store.Server;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /servers/{id}/action} (reboot, os-stop, os-start, rebuild, rescue, unrescue,
 * trigger_crash_dump, os-getConsoleOutput, os-getSerialConsole) and {@code POST
 * /servers/{id}/remote-consoles} (2.6+). Each body is validated before the manager is asked.
 */
final class ServerActionRoutes {
  private static final Set<String> REBUILD_FIELDS =
      Set.of(
          "imageRef",
          "name",
          "adminPass",
          "metadata",
          "preserve_ephemeral",
          "accessIPv4",
          "accessIPv6",
          "OS-DCF:diskConfig",
          "personality",
          "description",
          "key_name",
          "user_data",
          "trusted_image_certificates",
          "hostname");

  private final Database db;
  private final ComputeManager compute;
  private final ServerRequests requests;

  ServerActionRoutes(Database db, ComputeManager compute) {
    this.db = db;
    this.compute = compute;
    this.requests = new ServerRequests(db);
  }

  void register(Javalin app) {
    app.post("/v2.1/servers/{id}/action", this::action);
    app.post("/v2.1/servers/{id}/remote-consoles", this::remoteConsole);
  }

  private void action(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    ObjectNode body = Body.parse(ctx);
    if (body.size() != 1) {
      throw new InvalidRequestException("Malformed request body: exactly one action is required");
    }
    Server s = requests.visible(caller, ctx.pathParam("id"));
    String action = body.fieldNames().next();
    JsonNode arg = body.get(action);
    RequestContext rc = ServerRequests.context(caller);
    switch (action) {
      case "reboot" -> {
        ObjectNode o = object(action, arg, true);
        Body.rejectUnknown(o, Set.of("type"));
        JsonNode t = o.get("type");
        String type = t == null || !t.isTextual() ? "" : t.asText().toUpperCase(Locale.ROOT);
        if (!type.equals("SOFT") && !type.equals("HARD")) {
          throw Body.invalid(
              "type", t, "is not one of ['HARD', 'Hard', 'hard', 'SOFT', 'Soft', 'soft']");
        }
        compute.reboot(s.uuid(), type.equals("HARD"), rc);
        ctx.status(202);
      }
      case "os-stop" -> {
        noArgument(action, arg);
        compute.stop(s.uuid(), rc);
        ctx.status(202);
      }
      case "os-start" -> {
        noArgument(action, arg);
        compute.start(s.uuid(), rc);
        ctx.status(202);
      }
      case "rebuild" -> rebuild(ctx, caller, s, object(action, arg, true), rc);
      case "rescue" -> {
        ObjectNode o = arg == null || arg.isNull() ? Json.object() : object(action, arg, false);
        Body.rejectUnknown(o, Set.of("adminPass", "rescue_image_ref"));
        if (o.has("rescue_image_ref")) {
          throw new InvalidRequestException(
              "Rescue with a different image is not supported for bare metal servers.");
        }
        String pw = Body.optionalText(o, "adminPass", 255);
        String used = compute.rescue(s.uuid(), pw, rc);
        ObjectNode root = Json.object();
        root.put("adminPass", used);
        Json.respond(ctx, 200, root);
      }
      case "unrescue" -> {
        noArgument(action, arg);
        compute.unrescue(s.uuid(), rc);
        ctx.status(202);
      }
      case "trigger_crash_dump" -> {
        if (!caller.version().atLeast(17)) {
          throw new InvalidRequestException("There is no such action: " + action);
        }
        noArgument(action, arg);
        compute.triggerCrashDump(s.uuid(), rc);
        ctx.status(202);
      }
      case "os-getConsoleOutput" -> {
        ObjectNode o = arg == null || arg.isNull() ? Json.object() : object(action, arg, false);
        Body.rejectUnknown(o, Set.of("length"));
        Integer length = null;
        JsonNode l = o.get("length");
        if (l != null && !l.isNull()) {
          if (l.isIntegralNumber() || (l.isTextual() && l.asText().matches("^-?\\d{1,9}$"))) {
            length = l.asInt();
            if (length < -1) {
              throw Body.invalid("length", l, "is less than the minimum of -1");
            }
          } else {
            throw Body.invalid("length", l, "is not of type 'integer', 'string'");
          }
        }
        ObjectNode root = Json.object();
        root.put("output", compute.consoleOutput(s.uuid(), length));
        Json.respond(ctx, 200, root);
      }
      case "os-getSerialConsole" -> {
        ObjectNode o = object(action, arg, true);
        Body.rejectUnknown(o, Set.of("type"));
        JsonNode t = o.get("type");
        if (t == null || !t.isTextual() || !t.asText().equals("serial")) {
          throw Body.invalid("type", t, "is not one of ['serial']");
        }
        ObjectNode root = Json.object();
        root.putObject("console")
            .put("type", "serial")
            .put("url", compute.serialConsoleUrl(s.uuid()));
        Json.respond(ctx, 200, root);
      }
      default -> throw new InvalidRequestException("There is no such action: " + action);
    }
  }

  private void rebuild(Context ctx, Caller caller, Server s, ObjectNode o, RequestContext rc) {
    Body.rejectUnknown(o, REBUILD_FIELDS);
    Image image = requests.image(caller, o.get("imageRef"));
    String name = o.has("name") ? Body.name(o, "name", 255) : null;
    String pw = Body.optionalText(o, "adminPass", 255);
    ServerRequests.metadata(o, "metadata");
    ServerRequests.accessIp(o, "accessIPv4", false);
    ServerRequests.accessIp(o, "accessIPv6", true);
    if (o.has("preserve_ephemeral")) {
      Body.bool(o, "preserve_ephemeral", false);
    }
    String password = pw != null ? pw : ServerPasswords.generate();
    Server rebuilding = compute.rebuild(s.uuid(), image, name, password, rc);
    ObjectNode server = ServerViews.detail(ctx, rebuilding, caller);
    server.put("adminPass", password);
    ObjectNode root = Json.object();
    root.set("server", server);
    Json.respond(ctx, 202, root);
  }

  private static ObjectNode object(String action, JsonNode arg, boolean required) {
    if (arg == null || arg.isNull()) {
      if (required) {
        throw Body.invalid(action, arg, "is not of type 'object'");
      }
      return Json.object();
    }
    if (!arg.isObject()) {
      throw Body.invalid(action, arg, "is not of type 'object'");
    }
    return (ObjectNode) arg;
  }

  private static void noArgument(String action, JsonNode arg) {
    if (arg != null && !arg.isNull() && !(arg.isObject() && arg.isEmpty())) {
      throw Body.invalid(action, arg, "is not of type 'null'");
    }
  }

  private void remoteConsole(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    if (!caller.version().atLeast(6)) {
      throw new ApiException(404, "The resource could not be found.");
    }
    ObjectNode o = Body.root(Body.parse(ctx), "remote_console");
    Body.rejectUnknown(o, Set.of("protocol", "type"));
    String protocol = Body.name(o, "protocol", 16);
    String type = Body.name(o, "type", 16);
    Server s = requests.visible(caller, ctx.pathParam("id"));
    if (!protocol.equals("serial") || !type.equals("serial")) {
      for (Iterator<String> it = Set.of("vnc", "spice", "rdp", "serial", "mks").iterator();
          it.hasNext(); ) {
        if (it.next().equals(protocol)) {
          throw new InvalidRequestException("Unavailable console type " + type + ".");
        }
      }
      throw Body.invalid(
          "protocol", o.get("protocol"), "is not one of ['vnc', 'spice', 'rdp', 'serial', 'mks']");
    }
    ObjectNode root = Json.object();
    root.putObject("remote_console")
        .put("protocol", "serial")
        .put("type", "serial")
        .put("url", compute.serialConsoleUrl(s.uuid()));
    Json.respond(ctx, 200, root);
  }
}
