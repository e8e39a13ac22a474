package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** The one JSON mapper of the simulator and small helpers around Jackson's tree model. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Json() {}

  static ObjectNode object() {
    return F.objectNode();
  }

  static ArrayNode array() {
    return F.arrayNode();
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a request body; an empty body is an empty object. Malformed JSON is a 400. */
  static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return object();
    }
    try {
      return MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("The request body is not valid JSON.");
    }
  }

  static ObjectNode parseObject(String body) {
    JsonNode node = parse(body);
    if (!node.isObject()) {
      throw ApiException.badRequest("The request body must be a JSON object.");
    }
    return (ObjectNode) node;
  }

  static JsonNode valueOf(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** Returns the text of a field, or null when absent or JSON null. */
  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
