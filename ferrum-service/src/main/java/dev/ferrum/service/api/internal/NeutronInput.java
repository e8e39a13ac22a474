package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.InvalidRequestException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Request bodies of the network API, checked with Neutron's rules and wording ({@code Invalid input
 * for name. Reason: … .}, {@code Unrecognized attribute(s) 'x'}). Every check throws {@link
 * InvalidRequestException} (400, {@code HTTPBadRequest}) before anything is stored.
 */
final class NeutronInput {
  /** Neutron's limit for names and descriptions. */
  static final int NAME_MAX = 255;

  private NeutronInput() {}

  /** Parses the body as a JSON object; other declared media types are refused (415). */
  static ObjectNode parse(Context ctx) {
    String type = ctx.contentType();
    if (type != null
        && !type.isBlank()
        && !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(415, "Unsupported Content-Type");
    }
    String text = ctx.body();
    if (text.isBlank()) {
      throw new InvalidRequestException("Resource body required");
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InvalidRequestException("Body contains invalid JSON");
    }
    if (!(node instanceof ObjectNode obj)) {
      throw new InvalidRequestException("Body contains invalid JSON");
    }
    return obj;
  }

  /**
   * The resource object of a body, {@code {"network": {…}}}; bulk bodies are refused.
   *
   * @param body the parsed body
   * @param key {@code network}, {@code subnet} or {@code port}
   * @return the inner object
   */
  static ObjectNode resource(ObjectNode body, String key) {
    JsonNode inner = body.get(key);
    if (inner == null) {
      if (body.has(key + "s")) {
        throw new InvalidRequestException("Bulk operation is not supported for " + key + "s.");
      }
      throw new InvalidRequestException("Unable to find '" + key + "' in request body");
    }
    if (!inner.isObject()) {
      throw new InvalidRequestException("Unable to find '" + key + "' in request body");
    }
    if (body.size() > 1) {
      List<String> extra = new ArrayList<>();
      body.fieldNames()
          .forEachRemaining(n -> {
            if (!n.equals(key)) {
              extra.add(n);
            }
          });
      throw unrecognized(extra);
    }
    return (ObjectNode) inner;
  }

  /**
   * Checks the attribute names of a create or update request.
   *
   * @param obj the resource object
   * @param writable the attributes this request may set
   * @param known every attribute of the resource (known but not writable ones get Neutron's
   *     read-only message)
   * @param create whether this is a POST (else a PUT)
   */
  static void attributes(ObjectNode obj, Set<String> writable, Set<String> known, boolean create) {
    List<String> unknown = new ArrayList<>();
    for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!writable.contains(name) && !known.contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw unrecognized(unknown);
    }
    for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!writable.contains(name)) {
        throw new InvalidRequestException(
            create
                ? "Attribute '" + name + "' not allowed in POST"
                : "Cannot update read-only attribute " + name);
      }
    }
  }

  private static InvalidRequestException unrecognized(List<String> names) {
    return new InvalidRequestException(
        "Unrecognized attribute(s) '" + String.join(", ", names) + "'");
  }

  /** Neutron's attribute validation failure: {@code Invalid input for x. Reason: y.} */
  static InvalidRequestException invalid(String attribute, String reason) {
    return new InvalidRequestException(
        "Invalid input for " + attribute + ". Reason: " + reason + ".");
  }

  /** Neutron's rendering of a value in messages (Python's {@code %s}). */
  static String render(JsonNode v) {
    if (v == null || v.isNull()) {
      return "None";
    }
    if (v.isBoolean()) {
      return v.asBoolean() ? "True" : "False";
    }
    return v.isTextual() ? v.asText() : v.toString();
  }

  /** A string attribute of at most {@code max} characters; {@code def} when absent. */
  static String string(ObjectNode obj, String field, int max, String def) {
    JsonNode v = obj.get(field);
    if (v == null) {
      return def;
    }
    return string(field, v, max);
  }

  static String string(String field, JsonNode v, int max) {
    if (!v.isTextual()) {
      throw invalid(field, "'" + render(v) + "' is not a valid string");
    }
    String s = v.asText();
    if (s.length() > max) {
      throw invalid(field, "'" + s + "' exceeds maximum length of " + max);
    }
    return s;
  }

  /** A string attribute that may also be {@code null}; {@code null} when absent or null. */
  static String nullableString(ObjectNode obj, String field, int max) {
    JsonNode v = obj.get(field);
    return v == null || v.isNull() ? null : string(field, v, max);
  }

  /** A boolean with Neutron's conversions (true/false, 0/1, their strings); def when absent. */
  static Boolean bool(ObjectNode obj, String field, Boolean def) {
    JsonNode v = obj.get(field);
    if (v == null) {
      return def;
    }
    Boolean b = toBoolean(v);
    if (b == null) {
      throw invalid(field, "'" + render(v) + "' cannot be converted to boolean");
    }
    return b;
  }

  /** Neutron's {@code convert_to_boolean}; {@code null} when the value is not one. */
  static Boolean toBoolean(JsonNode v) {
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isIntegralNumber() && (v.asLong() == 0 || v.asLong() == 1)) {
      return v.asLong() == 1;
    }
    return v.isTextual() ? parseBoolean(v.asText()) : null;
  }

  /** Parses {@code true}/{@code false}/{@code 1}/{@code 0} (any case); {@code null} otherwise. */
  static Boolean parseBoolean(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true", "1" -> Boolean.TRUE;
      case "false", "0" -> Boolean.FALSE;
      default -> null;
    };
  }

  /** An integer (a JSON number or a digit string); {@code def} when absent or null. */
  static Integer integer(ObjectNode obj, String field, Integer def) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return def;
    }
    Integer n = toInteger(v);
    if (n == null) {
      throw invalid(field, "'" + render(v) + "' is not an integer");
    }
    return n;
  }

  private static Integer toInteger(JsonNode v) {
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return v.asInt();
    }
    if (v.isTextual() && v.asText().trim().matches("-?\\d{1,9}")) {
      return Integer.parseInt(v.asText().trim());
    }
    return null;
  }

  /** A UUID attribute, returned as given; {@code null} when absent. */
  static String uuid(ObjectNode obj, String field) {
    JsonNode v = obj.get(field);
    if (v == null) {
      return null;
    }
    return uuid(field, v);
  }

  static String uuid(String field, JsonNode v) {
    if (!v.isTextual() || !isUuid(v.asText())) {
      throw invalid(field, "'" + render(v) + "' is not a valid UUID");
    }
    return v.asText();
  }

  static boolean isUuid(String s) {
    if (s.length() != 36) {
      return false;
    }
    try {
      UUID.fromString(s);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Refuses a required attribute that is absent, with Neutron's wording. */
  static void require(ObjectNode obj, String field) {
    if (!obj.has(field)) {
      throw new InvalidRequestException(
          "Failed to parse request. Required attribute '" + field + "' not specified");
    }
  }

  /**
   * An attribute Ferrum accepts only at its default value (a feature it does not have, such as port
   * security): any other value is refused with a reason.
   *
   * @param obj the resource object
   * @param field the attribute
   * @param accepted whether a given value is the accepted default
   * @param why the reason given for other values
   */
  static void onlyDefault(
      ObjectNode obj, String field, java.util.function.Predicate<JsonNode> accepted, String why) {
    JsonNode v = obj.get(field);
    if (v != null && !accepted.test(v)) {
      throw invalid(field, why);
    }
  }

  /** Whether a value is false (as Neutron converts booleans). */
  static boolean isFalse(JsonNode v) {
    return Boolean.FALSE.equals(toBoolean(v));
  }

  /** Whether a value is null or an empty list. */
  static boolean isEmptyList(JsonNode v) {
    return v.isNull() || (v.isArray() && v.isEmpty());
  }
}
