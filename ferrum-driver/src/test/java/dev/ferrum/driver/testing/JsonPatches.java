package dev.ferrum.driver.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6902 add/replace/remove on object members, as Ironic applies a node PATCH.
 *
 * <p>Exists so {@link FakeIronic} keeps real node state across a scenario. Arrays are only
 * supported as whole values; that is all the driver patches.
 */
final class JsonPatches {

  private JsonPatches() {}

  /** Applies {@code patch} to {@code target}; throws IllegalArgumentException on a bad path. */
  static void apply(ObjectNode target, JsonNode patch) {
    if (!patch.isArray()) {
      throw new IllegalArgumentException("a patch is a JSON array");
    }
    for (JsonNode op : (ArrayNode) patch) {
      String name = op.path("op").asText();
      List<String> segments = segments(op.path("path").asText());
      if (segments.isEmpty()) {
        throw new IllegalArgumentException("empty path");
      }
      ObjectNode parent = parent(target, segments, name.equals("add"));
      String last = segments.get(segments.size() - 1);
      switch (name) {
        case "add" -> parent.set(last, op.get("value"));
        case "replace" -> {
          if (!parent.has(last) && segments.size() > 1) {
            throw new IllegalArgumentException("cannot replace missing " + op.path("path"));
          }
          parent.set(last, op.get("value"));
        }
        case "remove" -> {
          if (!parent.has(last)) {
            throw new IllegalArgumentException("cannot remove missing " + op.path("path"));
          }
          if (segments.size() == 1) {
            parent.putNull(last);
          } else {
            parent.remove(last);
          }
        }
        default -> throw new IllegalArgumentException("unsupported op " + name);
      }
    }
  }

  private static ObjectNode parent(ObjectNode root, List<String> segments, boolean create) {
    ObjectNode cur = root;
    for (int i = 0; i < segments.size() - 1; i++) {
      JsonNode next = cur.get(segments.get(i));
      if (next == null || next.isNull()) {
        if (!create) {
          throw new IllegalArgumentException("missing parent " + segments.get(i));
        }
        next = cur.putObject(segments.get(i));
      }
      if (!next.isObject()) {
        throw new IllegalArgumentException("not an object: " + segments.get(i));
      }
      cur = (ObjectNode) next;
    }
    return cur;
  }

  private static List<String> segments(String pointer) {
    if (!pointer.startsWith("/")) {
      throw new IllegalArgumentException("bad pointer " + pointer);
    }
    List<String> out = new ArrayList<>();
    for (String s : pointer.substring(1).split("/", -1)) {
      out.add(s.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }
}
