package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** CRUD, detail and node-scoped listing for one {@link ChildResource}. */
final class ChildRoutes {
  private final Inventory inv;
  private final ChildResource res;

  ChildRoutes(Inventory inv, ChildResource res) {
    this.inv = inv;
    this.res = res;
  }

  void register(Router r) {
    String p = res.path();
    r.get(p, ctx -> list(ctx, false, null));
    r.get(p + "/detail", ctx -> list(ctx, true, null));
    r.post(p, this::create);
    r.get(p + "/{id}", this::show);
    r.patch(p + "/{id}", this::patch);
    r.delete(p + "/{id}", this::delete);
    String sub = "/v1/nodes/{node}/" + res.nodeSubPath();
    r.get(sub, ctx -> list(ctx, false, ctx.pathParam("node")));
    r.get(sub + "/detail", ctx -> list(ctx, true, ctx.pathParam("node")));
  }

  private void list(Context ctx, boolean detail, String nodeIdent) {
    Http.requireVersionOr404(ctx, res.minVersion());
    Map<String, String> q = Http.query(ctx);
    List<Predicate<ObjectNode>> filters = new ArrayList<>();
    String node = nodeIdent != null ? nodeIdent : q.get("node");
    String nodeUuid = node == null ? null : inv.nodes.get(node).uuid;
    for (Map.Entry<String, String> e : q.entrySet()) {
      String k = e.getKey();
      if (res.filters().contains(k)) {
        String want = k.equals("address") ? Inventory.lower(e.getValue()) : e.getValue();
        String field = k.equals("portgroup") ? "portgroup_uuid" : k;
        filters.add(row -> want.equals(Json.text(row, field)));
      } else if (!Set.of("node", "limit", "marker", "sort_key", "sort_dir", "fields", "detail")
          .contains(k)) {
        throw ApiException.badRequest("Unknown argument: \"" + k + "\"");
      }
    }
    Set<String> fields = q.containsKey("fields") ? fields(q.get("fields"), detail) : null;
    boolean desc = QueryParams.descending(q.get("sort_dir"));
    int limit = QueryParams.limit(q.get("limit"), inv.config.maxLimit());
    String sortKey = q.getOrDefault("sort_key", "id");
    if (!sortKey.equals("id") && !sortKey.equals("uuid") && !res.defaults().has(sortKey)) {
      throw ApiException.badRequest(
          "The sort_key value " + sortKey + " is an invalid field for sorting");
    }
    Predicate<ObjectNode> all = row -> filters.stream().allMatch(f -> f.test(row));
    List<ObjectNode> page =
        nodeUuid != null
            ? res.table().pageOfNode(nodeUuid, all, q.get("marker"), limit, desc)
            : res.table().page(all, q.get("marker"), limit, desc);
    String base = Http.base(ctx);
    ObjectNode body = Json.object();
    ArrayNode items = body.putArray(res.key());
    for (ObjectNode row : page) {
      items.add(render(row, detail ? null : fields == null ? res.summary() : fields, base));
    }
    if (page.size() >= limit) {
      StringBuilder next = new StringBuilder(base + ctx.path() + "?");
      if (fields != null) {
        next.append("fields=").append(String.join(",", fields)).append('&');
      }
      next.append("limit=").append(limit).append("&marker=");
      next.append(Json.text(page.get(page.size() - 1), "uuid"));
      body.put("next", next.toString());
    }
    Http.ok(ctx, body);
  }

  private Set<String> fields(String value, boolean detail) {
    if (detail) {
      throw ApiException.badRequest("Unexpected arguments: fields");
    }
    Set<String> out = new LinkedHashSet<>();
    for (String f : value.split(",")) {
      String name = f.trim();
      if (!name.isEmpty()) {
        if (!res.defaults().has(name)) {
          throw ApiException.badRequest("Field " + name + " is not a valid field.");
        }
        out.add(name);
      }
    }
    return out;
  }

  private ObjectNode render(ObjectNode row, java.util.Collection<String> only, String base) {
    ObjectNode out = Json.object();
    if (only == null) {
      res.defaults().fieldNames().forEachRemaining(f -> out.set(f, row.get(f)));
    } else {
      only.forEach(f -> out.set(f, row.get(f)));
    }
    String collection = res.path().substring("/v1/".length());
    out.set("links", NodeView.links(base, collection, Json.text(row, "uuid"), null));
    return out;
  }

  private void show(Context ctx) {
    Http.requireVersionOr404(ctx, res.minVersion());
    ObjectNode row = res.table().get(ctx.pathParam("id"));
    Map<String, String> q = Http.query(ctx);
    Set<String> fields = q.containsKey("fields") ? fields(q.get("fields"), false) : null;
    Http.ok(ctx, render(row, fields, Http.base(ctx)));
  }

  private void create(Context ctx) {
    Http.requireVersionOr404(ctx, res.minVersion());
    ObjectNode body = Http.body(ctx);
    Set<String> creatable = res.creatable();
    for (Map.Entry<String, JsonNode> e : body.properties()) {
      if (!creatable.contains(e.getKey())) {
        throw ApiException.badRequest(
            "Schema error: Additional properties are not allowed ('"
                + e.getKey()
                + "' was unexpected)");
      }
    }
    for (String f : res.required()) {
      if (!body.hasNonNull(f)) {
        throw ApiException.badRequest("Schema error: '" + f + "' is a required property");
      }
    }
    String nodeUuid = Json.text(body, "node_uuid");
    QueryParams.requireUuid("node_uuid", nodeUuid);
    inv.nodes.get(nodeUuid);
    ObjectNode row = res.defaults().deepCopy();
    body.properties().forEach(e -> row.set(e.getKey(), e.getValue()));
    if (!row.hasNonNull("uuid")) {
      row.put("uuid", UUID.randomUUID().toString());
    }
    row.put("node_uuid", inv.nodes.get(nodeUuid).uuid);
    row.put("created_at", inv.nodes.now());
    res.validate().accept(row);
    res.table().add(row);
    String base = Http.base(ctx);
    Http.created(ctx, base + res.path() + "/" + Json.text(row, "uuid"), render(row, null, base));
  }

  private void patch(Context ctx) {
    Http.requireVersionOr404(ctx, res.minVersion());
    String id = ctx.pathParam("id");
    List<JsonPatch.Op> ops = JsonPatch.parse(Json.parse(ctx.body()));
    for (JsonPatch.Op op : ops) {
      if (ChildResource.INTERNAL.contains(op.root()) || op.root().equals("internal_info")) {
        throw ApiException.badRequest(
            "'/" + op.root() + "' is an internal attribute and can not be updated");
      }
      if (!res.defaults().has(op.root())) {
        throw ApiException.badRequest(
            "Adding a new attribute (/"
                + op.root()
                + ") to the root of the resource is not"
                + " allowed.");
      }
    }
    requirePoweredOff(res.table().get(id), "update");
    String now = inv.nodes.now();
    ObjectNode row =
        res.table()
            .update(
                id,
                r -> {
                  for (JsonPatch.Op op : ops) {
                    if (op.op().equals("remove") && op.path().size() == 1) {
                      r.set(op.root(), res.defaults().get(op.root()).deepCopy());
                    } else {
                      JsonPatch.apply(r, op);
                    }
                  }
                  String node = Json.text(r, "node_uuid");
                  QueryParams.requireUuid("node_uuid", node);
                  inv.nodes.get(node);
                  res.validate().accept(r);
                  r.put("updated_at", now);
                });
    Http.ok(ctx, render(row, null, Http.base(ctx)));
  }

  /**
   * Ironic's conductor refuses to change the volume targets and connectors of a node that is not
   * powered off, naming the node's power state ({@code None} when unknown).
   */
  private void requirePoweredOff(ObjectNode row, String change) {
    if (res.poweredOffToChange() == null) {
      return;
    }
    SimNode node = inv.nodes.get(Json.text(row, "node_uuid"));
    String power = Json.text(node.data(), "power_state");
    if (!"power off".equals(power)) {
      throw ApiException.invalidState(
          res.poweredOffToChange() + " " + change, node.uuid, power == null ? "None" : power);
    }
  }

  private void delete(Context ctx) {
    Http.requireVersionOr404(ctx, res.minVersion());
    requirePoweredOff(res.table().get(ctx.pathParam("id")), "deletion");
    res.table().remove(ctx.pathParam("id"));
    Http.noContent(ctx);
  }
}
