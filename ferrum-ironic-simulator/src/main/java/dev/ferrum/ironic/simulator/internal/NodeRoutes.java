package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Node collection and item routes: list, detail, get, create, patch, delete. */
final class NodeRoutes {
  private final Inventory inv;
  private final NodeFactory factory;
  private final NodePatcher patcher;
  private final Conductor conductor;

  NodeRoutes(Inventory inv, NodeFactory factory, NodePatcher patcher, Conductor conductor) {
    this.inv = inv;
    this.factory = factory;
    this.patcher = patcher;
    this.conductor = conductor;
  }

  void register(Router r) {
    r.get("/v1/nodes", ctx -> list(ctx, false));
    r.get("/v1/nodes/detail", ctx -> list(ctx, true));
    r.post("/v1/nodes", this::create);
    r.get("/v1/nodes/{node}", this::show);
    r.patch("/v1/nodes/{node}", this::patch);
    r.delete("/v1/nodes/{node}", this::delete);
  }

  private void list(Context ctx, boolean detailEndpoint) {
    int version = Http.version(ctx);
    NodeQuery q = NodeQuery.parse(Http.query(ctx), version, detailEndpoint, inv.config.maxLimit());
    List<ObjectNode> page = NodePager.page(inv.nodes, q);
    String base = Http.base(ctx);
    ObjectNode body = Json.object();
    ArrayNode nodes = body.putArray("nodes");
    for (ObjectNode d : page) {
      if (q.fields() != null) {
        nodes.add(NodeView.projection(d, version, q.fields(), base));
      } else if (q.detail()) {
        nodes.add(NodeView.detail(d, version, base));
      } else {
        nodes.add(NodeView.summary(d, version, base));
      }
    }
    if (page.size() >= q.limit()) {
      String last = Json.text(page.get(page.size() - 1), "uuid");
      body.put("next", base + ctx.path() + "?" + q.nextQuery(last));
    }
    Http.ok(ctx, body);
  }

  private void show(Context ctx) {
    int version = Http.version(ctx);
    Map<String, String> query = Http.query(ctx);
    SimNode node = inv.nodes.get(ctx.pathParam("node"));
    ObjectNode d = node.data();
    if (query.containsKey("fields")) {
      Set<String> fields = NodeQuery.parseFields(query.get("fields"), version);
      Http.ok(ctx, NodeView.projection(d, version, fields, Http.base(ctx)));
    } else {
      Http.ok(ctx, NodeView.detail(d, version, Http.base(ctx)));
    }
  }

  private void create(Context ctx) {
    int version = Http.version(ctx);
    ObjectNode d = factory.fromRequest(Http.body(ctx), version, inv.nodes.now());
    SimNode node = inv.nodes.add(d);
    String base = Http.base(ctx);
    Http.created(ctx, base + "/v1/nodes/" + node.uuid, NodeView.detail(node.data(), version, base));
  }

  private void patch(Context ctx) {
    int version = Http.version(ctx);
    SimNode node = inv.nodes.get(ctx.pathParam("node"));
    ObjectNode d = patcher.patch(node, Json.parse(ctx.body()), version);
    Http.ok(ctx, NodeView.detail(d, version, Http.base(ctx)));
  }

  private void delete(Context ctx) {
    SimNode node = inv.nodes.get(ctx.pathParam("node"));
    synchronized (node) {
      ObjectNode d = node.data();
      conductor.requireUnlocked(d);
      String instance = Json.text(d, "instance_uuid");
      if (instance != null) {
        throw ApiException.conflict(
            "Node " + node.uuid + " is associated with instance " + instance + ".");
      }
      String state = node.provisionState();
      if (!ProvisionStates.DELETE_ALLOWED.contains(state) && !d.path("maintenance").asBoolean()) {
        throw ApiException.conflict(
            "Can not delete node \""
                + node.uuid
                + "\" while it is in provision state \""
                + state
                + "\". Valid provision states to start deletion are available, manageable,"
                + " enroll, adopt failed, clean failed, inspect failed, in addition to any state"
                + " while in maintenance mode.");
      }
      if (d.path("protected").asBoolean(false)) {
        throw new ApiException.Other(
            403,
            "Node " + node.uuid + " is protected and cannot be undeployed, rebuilt or deleted");
      }
      inv.removeNode(node);
    }
    Http.noContent(ctx);
  }
}
