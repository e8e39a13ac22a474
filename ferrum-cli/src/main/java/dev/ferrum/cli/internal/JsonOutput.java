package dev.ferrum.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/**
 * Prints API objects as indented JSON for {@code --json}, so scripts get exactly what the API said.
 */
public final class JsonOutput {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonOutput() {}

  /** Prints one JSON value and a newline. */
  public static void print(PrintWriter out, JsonNode node) {
    try {
      out.println(MAPPER.writeValueAsString(node));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot print JSON", e);
    }
  }

  /** Prints a JSON array of the items' API objects. */
  public static <T> void printAll(PrintWriter out, List<T> items, Function<T, JsonNode> json) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    items.forEach(i -> array.add(json.apply(i)));
    print(out, array);
  }

  /** One-line JSON for a table cell. */
  public static String compact(JsonNode node) {
    try {
      return new ObjectMapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot print JSON", e);
    }
  }
}
