package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.ForbiddenException;
import dev.ferrum.service.network.NeutronFault;

/**
 * Builds Neutron's error bodies, {@code {"NeutronError": {"type": "NetworkNotFound", "message":
 * "…", "detail": ""}}}, for every failure under {@code /network}. The type is the exception's own
 * Neutron type when it has one ({@link NeutronFault}), {@code PolicyNotAuthorized} for a policy
 * refusal, and otherwise the name of the webob exception Neutron would raise for the status.
 */
final class NeutronErrors {
  /** The path prefix under which errors take Neutron's shape. */
  static final String PREFIX = "/network";

  private NeutronErrors() {}

  /** Whether a request path belongs to the network API. */
  static boolean applies(String path) {
    return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
  }

  /**
   * The Neutron type of a failure.
   *
   * @param status the HTTP status answered
   * @param cause the exception, or {@code null} for a routing failure
   * @return e.g. {@code SubnetInUse}, {@code PolicyNotAuthorized}, {@code HTTPNotFound}
   */
  static String type(int status, Throwable cause) {
    if (cause instanceof NeutronFault fault) {
      return fault.neutronType();
    }
    if (cause instanceof ForbiddenException) {
      return "PolicyNotAuthorized";
    }
    return switch (status) {
      case 400 -> "HTTPBadRequest";
      case 401 -> "HTTPUnauthorized";
      case 403 -> "HTTPForbidden";
      case 404 -> "HTTPNotFound";
      case 405 -> "HTTPMethodNotAllowed";
      case 406 -> "HTTPNotAcceptable";
      case 409 -> "HTTPConflict";
      case 413 -> "HTTPRequestEntityTooLarge";
      case 415 -> "HTTPUnsupportedMediaType";
      case 501 -> "HTTPNotImplemented";
      case 503 -> "HTTPServiceUnavailable";
      default -> "HTTPInternalServerError";
    };
  }

  static ObjectNode body(String type, String message) {
    ObjectNode root = Json.object();
    ObjectNode inner = root.putObject("NeutronError");
    inner.put("type", type);
    inner.put("message", message);
    inner.put("detail", "");
    return root;
  }

  /**
   * A policy refusal in Neutron's words.
   *
   * @param rule e.g. {@code create_network:shared}
   * @return the exception (403, {@code PolicyNotAuthorized})
   */
  static ForbiddenException policy(String rule) {
    return new ForbiddenException("(rule:" + rule + ") is disallowed by policy");
  }
}
