package dev.ferrum.ironic.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ferrum.ironic.client.IronicBadRequestException;
import dev.ferrum.ironic.client.IronicConflictException;
import dev.ferrum.ironic.client.IronicException;
import dev.ferrum.ironic.client.IronicForbiddenException;
import dev.ferrum.ironic.client.IronicHttpException;
import dev.ferrum.ironic.client.IronicNodeLockedException;
import dev.ferrum.ironic.client.IronicNotAcceptableException;
import dev.ferrum.ironic.client.IronicNotFoundException;
import dev.ferrum.ironic.client.IronicServerException;
import dev.ferrum.ironic.client.IronicServiceUnavailableException;
import dev.ferrum.ironic.client.IronicUnauthorizedException;
import java.util.regex.Pattern;

/**
 * Turns an Ironic error answer into the matching {@link IronicException}.
 *
 * <p>Understands the three body shapes of real Ironic: A ({@code error_message} holding a JSON
 * string with {@code faultstring}), B (406 with {@code code/title/description} in that string) and
 * C ({@code {"error":{"message","code"}}} from http_basic), plus plain text.
 */
public final class ErrorDecoder {

  private static final Pattern NODE_LOCKED = Pattern.compile("(?i).*\\bis locked by host\\b.*");
  private static final int MAX_TEXT = 500;

  private ErrorDecoder() {}

  /** The exception for a non-2xx answer. */
  public static IronicException decode(ApiResponse response, String method, String target) {
    String fault = faultstring(response.body());
    String rid = response.requestId();
    int s = response.status();
    return switch (s) {
      case 400 -> new IronicBadRequestException(s, fault, rid, method, target);
      case 401 -> new IronicUnauthorizedException(s, fault, rid, method, target);
      case 403 -> new IronicForbiddenException(s, fault, rid, method, target);
      case 404 -> new IronicNotFoundException(s, fault, rid, method, target);
      case 406 -> new IronicNotAcceptableException(s, fault, rid, method, target);
      case 409 ->
          isNodeLocked(fault)
              ? new IronicNodeLockedException(fault, rid, method, target)
              : new IronicConflictException(s, fault, rid, method, target);
      case 503 -> new IronicServiceUnavailableException(s, fault, rid, method, target);
      default ->
          s >= 500
              ? new IronicServerException(s, fault, rid, method, target)
              : new IronicHttpException(s, fault, rid, method, target);
    };
  }

  /** {@code true} if a 409 faultstring says the node is locked by a conductor. */
  public static boolean isNodeLocked(String faultstring) {
    return faultstring != null && NODE_LOCKED.matcher(faultstring).matches();
  }

  /** Ironic's explanation from any of the known body shapes, or {@code null}. */
  public static String faultstring(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (JsonProcessingException notJson) {
      return truncate(body.strip());
    }
    if (root == null || !root.isObject()) {
      return truncate(body.strip());
    }
    JsonNode em = root.get("error_message");
    if (em != null && !em.isNull()) {
      JsonNode inner = em;
      if (em.isTextual()) {
        try {
          inner = Json.MAPPER.readTree(em.asText());
        } catch (JsonProcessingException plainText) {
          return truncate(em.asText());
        }
      }
      String found = fromObject(inner);
      return found != null ? found : truncate(em.asText());
    }
    JsonNode error = root.get("error");
    if (error != null && error.isObject()) {
      String found = fromObject(error);
      if (found != null) {
        return found;
      }
    }
    String found = fromObject(root);
    return found != null ? found : truncate(body.strip());
  }

  private static String fromObject(JsonNode node) {
    if (node == null || !node.isObject()) {
      return node != null && node.isTextual() ? truncate(node.asText()) : null;
    }
    for (String key : new String[] {"faultstring", "description", "message", "title"}) {
      JsonNode v = node.get(key);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return truncate(v.asText());
      }
    }
    return null;
  }

  private static String truncate(String s) {
    return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "...";
  }
}
