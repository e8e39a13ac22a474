package dev.ferrum.driver.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** Routes requests of {@link FakeIronic}: programmed answers first, then the default behaviour. */
final class FakeIronicDispatcher extends Dispatcher {

  private final FakeIronic f;

  FakeIronicDispatcher(FakeIronic f) {
    this.f = f;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    synchronized (f) {
      String target = request.getTarget();
      int q = target.indexOf('?');
      String path = decode(q < 0 ? target : target.substring(0, q));
      Map<String, String> query = parseQuery(q < 0 ? "" : target.substring(q + 1));
      String method = request.getMethod();
      if (method.equals("GET") && (path.equals("/") || path.isEmpty())) {
        f.discoveries++;
        return json(200, root());
      }
      JsonNode body = null;
      try {
        if (request.getBody() != null && request.getBody().size() > 0) {
          body = FakeIronic.JSON.readTree(request.getBody().utf8());
        }
      } catch (IOException e) {
        return error(400, "malformed JSON body");
      }
      f.log.add(new RecordedCall(method, path, query, body));
      String key = method + " " + path;
      Deque<Answer> queue = f.queued.get(key);
      Answer programmed = queue != null && !queue.isEmpty() ? queue.poll() : f.fixed.get(key);
      if (programmed instanceof Answer.Fixed(int status, String b)) {
        return b == null ? empty(status) : json(status, b);
      }
      if (programmed instanceof Answer.Then(Runnable before)) {
        before.run();
      }
      MockResponse response;
      try {
        response = route(method, path, query, body);
      } catch (IllegalArgumentException e) {
        response = error(400, e.getMessage());
      }
      if (programmed instanceof Answer.After(Runnable after)) {
        after.run();
      }
      return response;
    }
  }

  private MockResponse route(String method, String path, Map<String, String> q, JsonNode body) {
    String[] s = path.substring(1).split("/");
    if (s.length < 2 || !s[0].equals("v1")) {
      return error(404, "not found: " + path);
    }
    return switch (s[1]) {
      case "nodes" -> nodes(method, s, q, body);
      case "ports" -> listOf(method, s, f.ports.values(), "ports", q);
      case "portgroups" -> listOf(method, s, f.portGroups.values(), "portgroups", q);
      case "volume" -> volume(method, s, q, body);
      default -> error(404, "not found: " + path);
    };
  }

  private MockResponse nodes(String method, String[] s, Map<String, String> q, JsonNode body) {
    if (s.length == 2 || (s.length == 3 && s[2].equals("detail"))) {
      return method.equals("GET") ? listNodes(q) : error(405, "method not allowed");
    }
    ObjectNode node = find(s[2]);
    if (node == null) {
      return error(404, "Node " + s[2] + " could not be found.");
    }
    String id = node.get("uuid").asText();
    String sub = s.length > 3 ? String.join("/", List.of(s).subList(3, s.length)) : "";
    return switch (method + " " + (sub.startsWith("vifs/") ? "vifs/*" : sub)) {
      case "GET " -> {
        read(node);
        yield json(200, project(node, q.get("fields")));
      }
      case "PATCH " -> patch(node, body);
      case "GET validate" -> json(200, validation(id));
      case "PUT states/provision" -> FakeNodeStates.provision(f, node, body);
      case "PUT states/power" -> FakeNodeStates.power(f, node, body);
      case "PUT management/inject_nmi" -> empty(204);
      case "GET states/console" -> json(200, FakeNodeStates.console(node));
      case "PUT states/console" -> {
        node.put("console_enabled", body.path("enabled").asBoolean());
        yield empty(202);
      }
      case "GET vifs" -> {
        ArrayNode a = FakeIronic.JSON.createArrayNode();
        f.vifs.get(id).forEach(v -> a.addObject().put("id", v));
        ObjectNode o = FakeIronic.JSON.createObjectNode();
        o.set("vifs", a);
        yield json(200, o);
      }
      case "POST vifs" -> FakeVifs.attach(f, id, body.path("id").asText());
      case "DELETE vifs/*" -> FakeVifs.detach(f, id, s[4]);
      case "PUT maintenance" -> {
        node.put("maintenance", true);
        yield empty(202);
      }
      case "DELETE maintenance" -> {
        node.put("maintenance", false);
        yield empty(202);
      }
      default -> error(405, "not supported by FakeIronic: " + method + " " + sub);
    };
  }

  private MockResponse patch(ObjectNode node, JsonNode body) {
    String current =
        node.path("instance_uuid").isNull() ? null : node.path("instance_uuid").asText();
    ObjectNode copy = node.deepCopy();
    JsonPatches.apply(copy, body);
    JsonNode wanted = copy.get("instance_uuid");
    if (current != null && wanted != null && !wanted.isNull() && !wanted.asText().equals(current)) {
      return error(
          409,
          "Node " + node.get("uuid").asText() + " is associated with instance " + current + ".");
    }
    node.removeAll();
    node.setAll(copy);
    return json(200, node);
  }

  private MockResponse listNodes(Map<String, String> q) {
    List<ObjectNode> matched = new ArrayList<>();
    for (ObjectNode n : f.nodes.values()) {
      if (matches(n, q)) {
        read(n);
        if (matches(n, q)) {
          matched.add(n);
        }
      }
    }
    return page(matched, "nodes", q, n -> {}, q.get("fields"));
  }

  private static boolean matches(ObjectNode n, Map<String, String> q) {
    return eq(n, "instance_uuid", q.get("instance_uuid"))
        && eq(n, "provision_state", q.get("provision_state"))
        && eq(n, "conductor_group", q.get("conductor_group"))
        && eq(n, "shard", q.get("shard"))
        && eq(n, "resource_class", q.get("resource_class"))
        && eq(n, "maintenance", q.get("maintenance"))
        && (q.get("associated") == null
            || Boolean.parseBoolean(q.get("associated")) != n.path("instance_uuid").isNull());
  }

  private static boolean eq(ObjectNode n, String field, String wanted) {
    return wanted == null || n.path(field).asText().equalsIgnoreCase(wanted);
  }

  private MockResponse page(
      List<ObjectNode> all,
      String key,
      Map<String, String> q,
      Consumer<ObjectNode> unused,
      String fields) {
    int start = 0;
    if (q.get("marker") != null) {
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).path("uuid").asText().equals(q.get("marker"))) {
          start = i + 1;
        }
      }
    }
    int limit = q.get("limit") == null ? f.pageSize : Integer.parseInt(q.get("limit"));
    int end = Math.min(all.size(), start + limit);
    ObjectNode doc = FakeIronic.JSON.createObjectNode();
    ArrayNode items = doc.putArray(key);
    for (ObjectNode n : all.subList(start, end)) {
      items.add(project(n, fields));
    }
    if (end < all.size()) {
      doc.put(
          "next",
          f.endpoint()
              + "/v1/"
              + key
              + "?limit="
              + limit
              + "&marker="
              + all.get(end - 1).path("uuid").asText());
    }
    return json(200, doc);
  }

  private MockResponse listOf(
      String method, String[] s, Collection<ObjectNode> items, String key, Map<String, String> q) {
    if (!method.equals("GET") || s.length > 3) {
      return error(405, "not supported by FakeIronic: " + method + " " + String.join("/", s));
    }
    List<ObjectNode> matched = new ArrayList<>();
    for (ObjectNode o : items) {
      if ((q.get("node") == null || o.path("node_uuid").asText().equals(resolve(q.get("node"))))
          && (q.get("address") == null
              || o.path("address").asText().equalsIgnoreCase(q.get("address")))) {
        matched.add(o);
      }
    }
    return page(matched, key, q, o -> {}, q.get("fields"));
  }

  private MockResponse volume(String method, String[] s, Map<String, String> q, JsonNode body) {
    if (s.length < 3) {
      return error(404, "not found");
    }
    boolean isTargets = s[2].equals("targets");
    Map<String, ObjectNode> store = isTargets ? f.targets : f.connectors;
    String key = isTargets ? "targets" : "connectors";
    if (method.equals("GET")) {
      return listOf("GET", new String[] {"v1", key}, store.values(), key, q);
    }
    if (method.equals("POST") && s.length == 3) {
      ObjectNode created = ((ObjectNode) body).deepCopy();
      created.put("uuid", f.nextId(key));
      if (isTargets) {
        for (ObjectNode t : store.values()) {
          if (t.path("node_uuid").asText().equals(created.path("node_uuid").asText())
              && t.path("boot_index").asInt() == created.path("boot_index").asInt()) {
            return error(409, "A volume target with boot index already exists");
          }
        }
      }
      store.put(created.get("uuid").asText(), created);
      return json(201, created);
    }
    if (method.equals("DELETE") && s.length == 4) {
      return store.remove(s[3]) == null
          ? error(404, key + " " + s[3] + " could not be found.")
          : empty(204);
    }
    return error(405, "not supported by FakeIronic");
  }

  private ObjectNode find(String idOrName) {
    ObjectNode n = f.nodes.get(idOrName);
    if (n != null) {
      return n;
    }
    for (ObjectNode o : f.nodes.values()) {
      if (idOrName.equals(o.path("name").asText(null))) {
        return o;
      }
    }
    return null;
  }

  private String resolve(String idOrName) {
    ObjectNode n = find(idOrName);
    return n == null ? idOrName : n.get("uuid").asText();
  }

  private void read(ObjectNode node) {
    Deque<Consumer<ObjectNode>> steps = f.readScripts.get(node.get("uuid").asText());
    if (steps != null && !steps.isEmpty()) {
      steps.poll().accept(node);
    }
  }

  private ObjectNode validation(String node) {
    ObjectNode v = FakeIronic.JSON.createObjectNode();
    for (String iface : List.of("boot", "deploy", "power", "management", "network", "storage")) {
      v.putObject(iface).put("result", true).putNull("reason");
    }
    ObjectNode custom = f.validation.get(node);
    if (custom != null) {
      v.setAll(custom);
    }
    return v;
  }

  private ObjectNode root() {
    ObjectNode r = FakeIronic.JSON.createObjectNode();
    r.put("name", "OpenStack Ironic API");
    ObjectNode dv = r.putObject("default_version");
    dv.put("id", "v1").put("status", "CURRENT").put("min_version", "1.1");
    dv.put("version", "1." + f.maxMicroversion);
    dv.putArray("links");
    r.putArray("versions").add(dv.deepCopy());
    return r;
  }

  static ObjectNode project(ObjectNode n, String fields) {
    if (fields == null || fields.isBlank()) {
      return n.deepCopy();
    }
    ObjectNode out = FakeIronic.JSON.createObjectNode();
    for (String field : fields.split(",")) {
      if (n.has(field)) {
        out.set(field, n.get(field).deepCopy());
      }
    }
    return out;
  }

  private static Map<String, String> parseQuery(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      out.put(
          decode(eq < 0 ? pair : pair.substring(0, eq)),
          eq < 0 ? "" : decode(pair.substring(eq + 1)));
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  static MockResponse json(int status, Object body) {
    String text;
    try {
      text = body instanceof String str ? str : FakeIronic.JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .addHeader("Openstack-Request-Id", "req-fake")
        .body(text)
        .build();
  }

  static MockResponse empty(int status) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Openstack-Request-Id", "req-fake")
        .build();
  }

  static MockResponse error(int status, String faultstring) {
    return json(status, Answer.errorBody(faultstring));
  }
}
