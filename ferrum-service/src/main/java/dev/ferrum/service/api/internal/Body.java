package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.InvalidRequestException;
import io.javalin.http.Context;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Request body parsing and validation with Nova's JSON-schema wording ({@code Invalid input for
 * field/attribute x. Value: v. reason}). Every check throws {@link InvalidRequestException}, so a
 * bad request is refused before anything is stored.
 */
final class Body {
  /** Nova's {@code MAX_INT} for integer fields. */
  static final long MAX_INT = 2_147_483_647L;

  private static final Pattern DIGITS = Pattern.compile("^\\d+$");

  private Body() {}

  /** Parses the request body as a JSON object; other declared media types are refused (415). */
  static ObjectNode parse(Context ctx) {
    String type = ctx.contentType();
    if (type != null
        && !type.isBlank()
        && !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(415, "Unsupported Content-Type");
    }
    String text = ctx.body();
    if (text.isBlank()) {
      throw new InvalidRequestException("The request body is missing or empty.");
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InvalidRequestException("Malformed request body");
    }
    if (!(node instanceof ObjectNode obj)) {
      throw new InvalidRequestException("Malformed request body: a JSON object is required");
    }
    return obj;
  }

  /** Returns the only allowed root member, which must be an object. */
  static ObjectNode root(ObjectNode body, String key) {
    rejectUnknown(body, Set.of(key));
    JsonNode inner = body.get(key);
    if (inner == null) {
      throw new InvalidRequestException(
          "Invalid input for field/attribute "
              + key
              + ". Value: "
              + body
              + ". '"
              + key
              + "' is a required property");
    }
    if (!inner.isObject()) {
      throw invalid(key, inner, "is not of type 'object'");
    }
    return (ObjectNode) inner;
  }

  /** Refuses members not in the allowed set (Nova's {@code additionalProperties: false}). */
  static void rejectUnknown(ObjectNode obj, Set<String> allowed) {
    for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        throw new InvalidRequestException(
            "Additional properties are not allowed ('" + name + "' was unexpected)");
      }
    }
  }

  static InvalidRequestException invalid(String field, JsonNode value, String reason) {
    return new InvalidRequestException(
        "Invalid input for field/attribute "
            + field
            + ". Value: "
            + render(value)
            + ". "
            + render(value)
            + " "
            + reason);
  }

  private static String render(JsonNode value) {
    return value == null
        ? "None"
        : value.isTextual() ? "'" + value.asText() + "'" : value.toString();
  }

  /** A required string of bounded length without leading or trailing whitespace. */
  static String name(ObjectNode obj, String field, int maxLength) {
    JsonNode v = obj.get(field);
    if (v == null) {
      throw new InvalidRequestException(
          "Invalid input for field/attribute "
              + field
              + ". Value: None. '"
              + field
              + "' is a required property");
    }
    return boundedString(field, v, 1, maxLength, true);
  }

  /** An optional string (null allowed); returns null when absent or null. */
  static String optionalString(ObjectNode obj, String field, int maxLength) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    return boundedString(field, v, 0, maxLength, false);
  }

  /** An optional free-text string that may contain line breaks; null when absent or null. */
  static String optionalText(ObjectNode obj, String field, int maxLength) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw invalid(field, v, "is not of type 'string'");
    }
    if (v.asText().length() > maxLength) {
      throw invalid(field, v, "is too long");
    }
    return v.asText();
  }

  static String boundedString(String field, JsonNode v, int min, int max, boolean trimmed) {
    if (!v.isTextual()) {
      throw invalid(field, v, "is not of type 'string'");
    }
    String s = v.asText();
    if (s.length() < min) {
      throw invalid(field, v, "is too short");
    }
    if (s.length() > max) {
      throw invalid(field, v, "is too long");
    }
    if (trimmed && !s.equals(s.strip())) {
      throw invalid(field, v, "has leading or trailing whitespace");
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.isISOControl(s.charAt(i))) {
        throw invalid(field, v, "contains control characters");
      }
    }
    return s;
  }

  /**
   * An integer field that Nova also accepts as a digit string, within [min, MAX_INT].
   *
   * @param def the value when absent, or null to make the field required
   */
  static int integer(ObjectNode obj, String field, int min, Integer def) {
    JsonNode v = obj.get(field);
    if (v == null) {
      if (def == null) {
        throw new InvalidRequestException(
            "Invalid input for field/attribute "
                + field
                + ". Value: None. '"
                + field
                + "' is a required property");
      }
      return def;
    }
    long value;
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      value = v.asLong();
    } else if (v.isTextual() && DIGITS.matcher(v.asText()).matches() && v.asText().length() < 12) {
      value = Long.parseLong(v.asText());
    } else if (v.isTextual() && v.asText().isEmpty() && def != null) {
      return def;
    } else {
      throw invalid(field, v, "is not of type 'integer', 'string'");
    }
    if (value < min) {
      throw invalid(field, v, "is less than the minimum of " + min);
    }
    if (value > MAX_INT) {
      throw invalid(field, v, "is greater than the maximum of " + MAX_INT);
    }
    return (int) value;
  }

  /** A boolean, also accepting Nova's string spellings ({@code "true"}, {@code "0"}…). */
  static boolean bool(ObjectNode obj, String field, boolean def) {
    JsonNode v = obj.get(field);
    if (v == null) {
      return def;
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isTextual()) {
      Boolean parsed = parseBool(v.asText());
      if (parsed != null) {
        return parsed;
      }
    }
    throw invalid(field, v, "is not of type 'boolean', 'string'");
  }

  /** Parses Nova's boolean spellings; null when not one of them. */
  static Boolean parseBool(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "1", "t", "true", "on", "y", "yes" -> Boolean.TRUE;
      case "0", "f", "false", "off", "n", "no" -> Boolean.FALSE;
      default -> null;
    };
  }
}
