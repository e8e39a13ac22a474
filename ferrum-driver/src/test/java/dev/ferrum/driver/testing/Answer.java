package dev.ferrum.driver.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Objects;

/**
 * A programmed answer of {@link FakeIronic} for one request.
 *
 * <p>Exists so a scenario can make one endpoint fail, answer something fixed, or change state and
 * then answer normally, without writing HTTP code.
 */
public sealed interface Answer {

  /** An answer with this status and JSON body ({@code null} body: empty). */
  record Fixed(int status, String body) implements Answer {}

  /** Runs {@code action} on the fake, then answers as the fake normally would. */
  record Then(Runnable action) implements Answer {
    /** Requires an action. */
    public Then {
      Objects.requireNonNull(action, "action");
    }
  }

  /**
   * Answers as the fake normally would, then runs {@code action} (e.g. to move a node to the state
   * a scenario needs after a provision request).
   */
  record After(Runnable action) implements Answer {
    /** Requires an action. */
    public After {
      Objects.requireNonNull(action, "action");
    }
  }

  /** A status with an empty body. */
  static Answer status(int status) {
    return new Fixed(status, null);
  }

  /** A status with a JSON body. */
  static Answer json(int status, String body) {
    return new Fixed(status, body);
  }

  /** An Ironic error: {@code {"error_message": "{\"faultstring\": ...}"}}. */
  static Answer error(int status, String faultstring) {
    return new Fixed(status, errorBody(faultstring));
  }

  /** Ironic's "node is locked" 409. */
  static Answer locked(String node) {
    return error(
        409,
        "Node "
            + node
            + " is locked by host 127.0.0.1, please retry after the current operation is completed.");
  }

  /** Runs {@code action}, then the default behaviour. */
  static Answer then(Runnable action) {
    return new Then(action);
  }

  /** The default behaviour, then {@code action}. */
  static Answer after(Runnable action) {
    return new After(action);
  }

  /** The body of an Ironic error. */
  static String errorBody(String faultstring) {
    ObjectMapper m = new ObjectMapper();
    try {
      String inner =
          m.writeValueAsString(
              Map.of("faultcode", "Client", "faultstring", faultstring, "debuginfo", ""));
      return m.writeValueAsString(Map.of("error_message", inner));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
