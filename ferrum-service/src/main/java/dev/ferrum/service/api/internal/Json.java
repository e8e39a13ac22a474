package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The API's JSON: one mapper, tree builders and response writing. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Writes a JSON response with a status. */
  static void respond(Context ctx, int status, JsonNode body) {
    try {
      ctx.status(status).contentType("application/json").result(MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Formats a time the way Nova and Glance print it: seconds precision, UTC, {@code Z}. */
  static String time(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** Formats a time the way Nova prints keypair and action times (microseconds, no zone). */
  static String novaTime(Instant instant) {
    if (instant == null) {
      return null;
    }
    String s = instant.truncatedTo(ChronoUnit.MICROS).toString();
    return s.endsWith("Z") ? s.substring(0, s.length() - 1) : s;
  }
}
