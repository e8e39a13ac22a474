package dev.ferrum.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Lenient readers for JSON fields that may be absent, null or of the "wrong" scalar type. */
final class Fields {

  private Fields() {}

  static Optional<String> text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return Optional.empty();
    }
    return Optional.of(v.asText());
  }

  static String textOr(JsonNode node, String key, String fallback) {
    return text(node, key).orElse(fallback);
  }

  static Optional<Integer> integer(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return Optional.empty();
    }
    if (v.isNumber()) {
      return Optional.of(v.asInt());
    }
    try {
      return Optional.of(Integer.parseInt(v.asText().trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static Map<String, String> stringMap(JsonNode node) {
    Map<String, String> m = new LinkedHashMap<>();
    if (node != null && node.isObject()) {
      node.properties()
          .forEach(e -> m.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
    }
    return m;
  }
}
