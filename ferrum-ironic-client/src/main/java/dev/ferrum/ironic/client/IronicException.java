package dev.ferrum.ironic.client;

import java.util.Optional;

/**
 * The root of every failure the Ironic client reports, unchecked.
 *
 * <p>Exists so callers catch one type, or a named subclass for the outcomes they handle (not found,
 * node locked, service unavailable...), and always get the facts needed to debug a failure: HTTP
 * status, Ironic's {@code faultstring}, the request id to grep in Ironic's logs, and the method and
 * path of the request. No secret ever appears in the message: request bodies are never included.
 */
public class IronicException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String faultstring;
  private final String requestId;
  private final String method;
  private final String path;

  /**
   * Creates an exception.
   *
   * @param message the message; the status, method, path and request id are appended
   * @param status the HTTP status, or {@code 0} when no answer was received
   * @param faultstring Ironic's explanation, or {@code null}
   * @param requestId the request id Ironic returned, or {@code null}
   * @param method the HTTP method of the failed request
   * @param path the path (and query) of the failed request
   * @param cause the underlying cause, or {@code null}
   */
  public IronicException(
      String message,
      int status,
      String faultstring,
      String requestId,
      String method,
      String path,
      Throwable cause) {
    super(describe(message, status, requestId, method, path), cause);
    this.status = status;
    this.faultstring = faultstring;
    this.requestId = requestId;
    this.method = method;
    this.path = path;
  }

  private static String describe(
      String message, int status, String requestId, String method, String path) {
    StringBuilder sb = new StringBuilder();
    if (method != null) {
      sb.append(method).append(' ').append(path).append(": ");
    }
    if (status > 0) {
      sb.append("HTTP ").append(status).append(' ');
    }
    sb.append(message);
    if (requestId != null) {
      sb.append(" (request id ").append(requestId).append(')');
    }
    return sb.toString();
  }

  /** The HTTP status Ironic answered, or {@code 0} when there was no answer. */
  public int status() {
    return status;
  }

  /** Ironic's explanation ({@code faultstring}, or its equivalent in other error shapes). */
  public Optional<String> faultstring() {
    return Optional.ofNullable(faultstring);
  }

  /** The {@code Openstack-Request-Id} of the answer, to find the request in Ironic's logs. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The HTTP method of the failed request, or {@code null} if none was built. */
  public String method() {
    return method;
  }

  /** The path and query of the failed request, or {@code null} if none was built. */
  public String path() {
    return path;
  }
}
