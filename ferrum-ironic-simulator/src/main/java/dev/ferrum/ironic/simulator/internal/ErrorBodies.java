package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders Ironic's two nested error envelopes, each a JSON object holding a JSON string. */
final class ErrorBodies {
  private ErrorBodies() {}

  /** Shape A: {@code faultcode} ("Client" below 500, else "Server"), faultstring, debuginfo. */
  static String shapeA(int status, String faultstring) {
    ObjectNode inner = Json.object();
    inner.put("faultcode", status >= 500 ? "Server" : "Client");
    inner.put("faultstring", faultstring);
    inner.putNull("debuginfo");
    return wrap(inner);
  }

  /** Shape B (version negotiation): code, title, description. */
  static String shapeB(int status, String description) {
    ObjectNode inner = Json.object();
    inner.put("code", status);
    inner.put("title", status == 406 ? "Not Acceptable" : "Bad Request");
    inner.put("description", description);
    return wrap(inner);
  }

  private static String wrap(ObjectNode inner) {
    ObjectNode outer = Json.object();
    outer.put("error_message", Json.write(inner));
    return Json.write(outer);
  }
}
