package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Renders Ironic's two nested error envelopes, each a JSON object holding a JSON string. The text
 * uses Python's {@code json.dumps} separators ({@code ", "} and {@code ": "}), byte for byte like
 * Ironic.
 */
final class ErrorBodies {
  private ErrorBodies() {}

  /** Shape A: {@code faultcode} ("Client" below 500, else "Server"), faultstring, debuginfo. */
  static String shapeA(int status, String faultstring) {
    String inner =
        "{\"faultcode\": "
            + quote(status >= 500 ? "Server" : "Client")
            + ", \"faultstring\": "
            + quote(faultstring)
            + ", \"debuginfo\": null}";
    return wrap(inner);
  }

  /** Shape B (version negotiation): code, title, description. */
  static String shapeB(int status, String description) {
    String inner =
        "{\"code\": "
            + status
            + ", \"title\": "
            + quote(status == 406 ? "Not Acceptable" : "Bad Request")
            + ", \"description\": "
            + quote(description)
            + "}";
    return wrap(inner);
  }

  private static String wrap(String inner) {
    return "{\"error_message\": " + quote(inner) + "}";
  }

  private static String quote(String s) {
    return TextNode.valueOf(s).toString();
  }
}
