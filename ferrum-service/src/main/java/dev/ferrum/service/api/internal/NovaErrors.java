package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds Nova's error bodies, {@code {"itemNotFound": {"code": 404, "message": "…"}}}. The key per
 * status is Nova's own table (409 is {@code conflictingRequest}); anything else is {@code
 * computeFault}. The stock client prints {@code message} from whatever key it finds.
 */
final class NovaErrors {
  private NovaErrors() {}

  static String faultName(int status) {
    return switch (status) {
      case 400 -> "badRequest";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "itemNotFound";
      case 405 -> "badMethod";
      case 409 -> "conflictingRequest";
      case 413, 429 -> "overLimit";
      case 415 -> "badMediaType";
      case 501 -> "notImplemented";
      case 503 -> "serviceUnavailable";
      default -> "computeFault";
    };
  }

  static ObjectNode body(int status, String message) {
    ObjectNode root = Json.object();
    ObjectNode inner = root.putObject(faultName(status));
    inner.put("code", status);
    inner.put("message", message);
    return root;
  }
}
