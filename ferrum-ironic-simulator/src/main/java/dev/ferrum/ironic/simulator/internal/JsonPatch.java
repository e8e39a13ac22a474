package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6902 JSON Patch ({@code add}, {@code replace}, {@code remove}, {@code test}) over a JSON
 * object, with the error texts of the Python {@code jsonpatch} library Ironic uses.
 */
final class JsonPatch {

  /**
   * One parsed operation.
   *
   * @param op the operation name
   * @param path the pointer's reference tokens
   * @param value the value (null for remove)
   * @param raw the pointer as written
   */
  record Op(String op, List<String> path, JsonNode value, String raw) {
    String root() {
      return path.isEmpty() ? "" : path.get(0);
    }
  }

  private JsonPatch() {}

  /** Parses a patch document; 400 for anything malformed. */
  static List<Op> parse(JsonNode doc) {
    if (doc == null || !doc.isArray() || doc.isEmpty()) {
      throw ApiException.badRequest("Patch must be a non-empty JSON list of operations.");
    }
    List<Op> ops = new ArrayList<>();
    for (JsonNode item : doc) {
      String op = Json.text(item, "op");
      String path = Json.text(item, "path");
      if (op == null || path == null || !path.startsWith("/") || path.equals("/")) {
        throw ApiException.badRequest("Invalid patch operation on path " + path);
      }
      if (!List.of("add", "replace", "remove", "test").contains(op)) {
        throw ApiException.badRequest("Unsupported patch operation: " + op);
      }
      if (!op.equals("remove") && !item.has("value")) {
        throw ApiException.badRequest("'add' and 'replace' operations need a value");
      }
      List<String> tokens = new ArrayList<>();
      for (String t : path.substring(1).split("/", -1)) {
        tokens.add(t.replace("~1", "/").replace("~0", "~"));
      }
      ops.add(new Op(op, tokens, item.get("value"), path));
    }
    return ops;
  }

  /** Applies one operation in place. */
  static void apply(ObjectNode doc, Op op) {
    JsonNode parent = doc;
    List<String> path = op.path();
    for (int i = 0; i < path.size() - 1; i++) {
      JsonNode next = child(parent, path.get(i));
      if (next == null || next.isNull()) {
        // Unlike jsonpatch, the parent is not echoed: it may hold secrets (driver_info).
        throw ApiException.badRequest("member '" + path.get(i) + "' not found");
      }
      parent = next;
    }
    String last = path.get(path.size() - 1);
    switch (op.op()) {
      case "add" -> add(parent, last, op.value());
      case "replace" -> {
        if (child(parent, last) == null) {
          throw ApiException.badRequest("can't replace a non-existent object '" + last + "'");
        }
        set(parent, last, op.value());
      }
      case "remove" -> {
        if (child(parent, last) == null) {
          throw ApiException.badRequest("can't remove a non-existent object '" + last + "'");
        }
        if (parent instanceof ObjectNode o) {
          o.remove(last);
        } else {
          ((ArrayNode) parent).remove(Integer.parseInt(last));
        }
      }
      case "test" -> {
        JsonNode v = child(parent, last);
        if (v == null || !v.equals(op.value())) {
          throw ApiException.badRequest("test failed for path " + op.raw());
        }
      }
      default -> throw ApiException.badRequest("Unsupported patch operation: " + op.op());
    }
  }

  private static JsonNode child(JsonNode parent, String token) {
    if (parent instanceof ObjectNode o) {
      return o.get(token);
    }
    if (parent instanceof ArrayNode a) {
      try {
        int i = Integer.parseInt(token);
        return i >= 0 && i < a.size() ? a.get(i) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static void add(JsonNode parent, String token, JsonNode value) {
    if (parent instanceof ArrayNode a) {
      if (token.equals("-")) {
        a.add(value);
        return;
      }
      int i = index(a, token, a.size());
      a.insert(i, value);
      return;
    }
    set(parent, token, value);
  }

  private static void set(JsonNode parent, String token, JsonNode value) {
    if (parent instanceof ObjectNode o) {
      o.set(token, value);
    } else if (parent instanceof ArrayNode a) {
      a.set(index(a, token, a.size() - 1), value);
    } else {
      throw ApiException.badRequest("cannot set '" + token + "' inside a scalar value");
    }
  }

  private static int index(ArrayNode a, String token, int max) {
    try {
      int i = Integer.parseInt(token);
      if (i < 0 || i > max) {
        throw ApiException.badRequest("index '" + token + "' is out of bounds");
      }
      return i;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("'" + token + "' is not a valid index");
    }
  }
}
