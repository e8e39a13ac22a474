package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.NotFoundException;
import dev.ferrum.service.store.Database;
import dev.ferrum.service.store.InstanceAction;
import dev.ferrum.service.store.InstanceActionEvent;
import dev.ferrum.service.store.Server;
import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * {@code os-instance-actions}: what was done to a server and which step failed ({@code openstack
 * server event list/show}). Scoped like the server itself.
 */
final class InstanceActionRoutes {
  private final Database db;
  private final ServerRequests requests;

  InstanceActionRoutes(Database db) {
    this.db = db;
    this.requests = new ServerRequests(db);
  }

  void register(Javalin app) {
    app.get("/v2.1/servers/{id}/os-instance-actions", this::list);
    app.get("/v2.1/servers/{id}/os-instance-actions/{req}", this::show);
  }

  private static ObjectNode view(InstanceAction a, Caller caller) {
    ObjectNode n = Json.object();
    n.put("action", a.action());
    n.put("instance_uuid", a.serverUuid());
    n.put("request_id", a.requestId());
    n.put("user_id", a.userId());
    n.put("project_id", a.projectId());
    n.put("start_time", Json.novaTime(a.startTime()));
    n.put("message", a.message());
    if (caller.version().atLeast(58)) {
      n.put("updated_at", Json.novaTime(a.finishTime() != null ? a.finishTime() : a.startTime()));
    }
    return n;
  }

  private void list(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    Server s = requests.visible(caller, ctx.pathParam("id"));
    ObjectNode root = Json.object();
    ArrayNode items = root.putArray("instanceActions");
    for (InstanceAction a : db.actions().list(s.uuid())) {
      items.add(view(a, caller));
    }
    Json.respond(ctx, 200, root);
  }

  private void show(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    Server s = requests.visible(caller, ctx.pathParam("id"));
    String req = ctx.pathParam("req");
    InstanceAction a =
        db.actions().find(s.uuid(), req).orElseThrow(() -> new NotFoundException("Action", req));
    ObjectNode n = view(a, caller);
    if (caller.isAdmin() || caller.version().atLeast(51)) {
      ArrayNode events = n.putArray("events");
      for (InstanceActionEvent e : db.actions().events(s.uuid(), req)) {
        ObjectNode ev = events.addObject();
        ev.put("event", e.event());
        ev.put("start_time", Json.novaTime(e.startTime()));
        ev.put("finish_time", Json.novaTime(e.finishTime()));
        ev.put("result", e.result());
        if (caller.isAdmin()) {
          ev.put("traceback", e.details());
        }
        if (caller.version().atLeast(62)) {
          ev.put("hostId", "");
          if (caller.isAdmin()) {
            ev.put("host", s.host());
          }
        }
      }
    }
    ObjectNode root = Json.object();
    root.set("instanceAction", n);
    Json.respond(ctx, 200, root);
  }
}
