package dev.ferrum.ironic.client.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The one Jackson configuration of the client: snake_case, lenient reading, no nulls sent. */
public final class Json {

  /** Thread-safe once configured. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
          .addModule(
              new SimpleModule("ferrum-ironic-time")
                  .addDeserializer(OffsetDateTime.class, new TimestampDeserializer()))
          .build();

  private Json() {}

  /** A value as a tree; {@code null} becomes JSON null. */
  public static JsonNode tree(Object value) {
    if (value == null) {
      return NullNode.getInstance();
    }
    JsonNode node = MAPPER.valueToTree(value);
    return node == null ? NullNode.getInstance() : node;
  }

  /** Reads Ironic timestamps with or without an offset (naive ones are UTC). */
  static final class TimestampDeserializer extends JsonDeserializer<OffsetDateTime> {
    @Override
    public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      String text = p.getValueAsString();
      if (text == null || text.isBlank()) {
        return null;
      }
      try {
        return OffsetDateTime.parse(text);
      } catch (DateTimeParseException offsetMissing) {
        try {
          return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
          return (OffsetDateTime)
              ctx.handleWeirdStringValue(OffsetDateTime.class, text, "not an ISO-8601 timestamp");
        }
      }
    }
  }
}
