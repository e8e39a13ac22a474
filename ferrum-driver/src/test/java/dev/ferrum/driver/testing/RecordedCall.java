package dev.ferrum.driver.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;

/**
 * One request that reached {@link FakeIronic}, in arrival order.
 *
 * <p>Exists so scenario tests assert on what the driver asked Ironic, not on how the fake answered.
 *
 * @param method HTTP method
 * @param path decoded path without query, e.g. {@code /v1/nodes/N}
 * @param query decoded query parameters in order (last value wins for repeats)
 * @param body the JSON body, or {@code null} when there was none
 */
public record RecordedCall(String method, String path, Map<String, String> query, JsonNode body) {

  /** Copies the query. */
  public RecordedCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    query = Map.copyOf(query);
  }

  /** Whether this is {@code method path} (exact path). */
  public boolean is(String method, String path) {
    return this.method.equals(method) && this.path.equals(path);
  }

  /** A query parameter or {@code null}. */
  public String param(String name) {
    return query.get(name);
  }

  /** Short form for failure messages, e.g. {@code PATCH /v1/nodes/N [...]}. */
  @Override
  public String toString() {
    return method
        + " "
        + path
        + (query.isEmpty() ? "" : " " + query)
        + (body == null ? "" : " " + body);
  }
}
