package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * Turns a node snapshot into the JSON Ironic shows at a microversion: hidden newer fields, masked
 * secrets, {@code links}, and the three shapes (short list item, detail, projection).
 */
final class NodeView {
  private static final List<String> SHORT =
      List.of("uuid", "instance_uuid", "maintenance", "power_state", "provision_state", "name");

  private NodeView() {}

  /** Short list item (GET /v1/nodes without fields or detail). */
  static ObjectNode summary(ObjectNode data, int version, String base) {
    ObjectNode out = Json.object();
    for (String f : SHORT) {
      if (NodeFields.visible(f, version)) {
        out.set(f, value(data, f, version));
      }
    }
    out.set("links", links(base, "nodes", Json.text(data, "uuid"), null));
    return out;
  }

  /** Every field visible at the version, with sub-resource links. */
  static ObjectNode detail(ObjectNode data, int version, String base) {
    ObjectNode out = Json.object();
    for (String f : NodeFields.MIN_VERSION.keySet()) {
      if (NodeFields.visible(f, version)) {
        out.set(f, value(data, f, version));
      }
    }
    String uuid = Json.text(data, "uuid");
    out.set("links", links(base, "nodes", uuid, null));
    out.set("ports", links(base, "nodes", uuid, "ports"));
    if (version >= 24) {
      out.set("portgroups", links(base, "nodes", uuid, "portgroups"));
    }
    out.set("states", links(base, "nodes", uuid, "states"));
    if (version >= 32) {
      out.set("volume", links(base, "nodes", uuid, "volume"));
    }
    return out;
  }

  /** Only the requested fields, plus links. */
  static ObjectNode projection(ObjectNode data, int version, Set<String> fields, String base) {
    ObjectNode out = Json.object();
    for (String f : fields) {
      out.set(f, value(data, f, version));
    }
    out.set("links", links(base, "nodes", Json.text(data, "uuid"), null));
    return out;
  }

  private static JsonNode value(ObjectNode data, String field, int version) {
    JsonNode v = data.get(field);
    if (v == null) {
      return Json.F.nullNode();
    }
    return switch (field) {
      case "driver_info", "instance_info" -> Masking.mask(v);
      case "provision_state", "target_provision_state" ->
          version < 2 && "available".equals(v.asText()) ? Json.F.nullNode() : v;
      default -> v;
    };
  }

  /** Ironic's self and bookmark links, optionally to a sub-resource. */
  static ArrayNode links(String base, String collection, String id, String sub) {
    String tail = collection + "/" + id + (sub == null ? "" : "/" + sub);
    ArrayNode links = Json.array();
    links.addObject().put("href", base + "/v1/" + tail).put("rel", "self");
    links.addObject().put("href", base + "/" + tail).put("rel", "bookmark");
    return links;
  }
}
