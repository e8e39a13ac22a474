package dev.ferrum.ironic.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferrum.ironic.client.ConflictRetry;
import dev.ferrum.ironic.client.model.Microversion;
import java.util.Objects;

/**
 * One API request as the resource classes describe it.
 *
 * @param operation a human name for errors, e.g. {@code inject NMI}
 * @param method the HTTP method
 * @param path the path below the endpoint, starting with {@code /v1/}
 * @param query the query string
 * @param body the JSON body, or {@code null}
 * @param minimum the smallest microversion the request needs
 * @param conflictRetry whether 409 NodeLocked is retried
 */
public record ApiCall(
    String operation,
    String method,
    String path,
    Query query,
    JsonNode body,
    Microversion minimum,
    ConflictRetry conflictRetry) {

  /** Checks required parts. */
  public ApiCall {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(conflictRetry, "conflictRetry");
  }

  /** A call without body that retries NodeLocked. */
  public static ApiCall of(String operation, String method, String path, Microversion minimum) {
    return new ApiCall(
        operation, method, path, new Query(), null, minimum, ConflictRetry.RETRY_NODE_LOCKED);
  }

  /** This call with a query. */
  public ApiCall withQuery(Query q) {
    return new ApiCall(operation, method, path, q, body, minimum, conflictRetry);
  }

  /** This call with a body. */
  public ApiCall withBody(JsonNode b) {
    return new ApiCall(operation, method, path, query, b, minimum, conflictRetry);
  }

  /** This call with a NodeLocked retry choice. */
  public ApiCall withConflictRetry(ConflictRetry c) {
    return new ApiCall(operation, method, path, query, body, minimum, c);
  }

  /** Path plus query, as logged and reported. */
  public String target() {
    return path + query.render();
  }
}
