package dev.ferrum.ironic.client;

/**
 * Ironic answered 403: the credentials are valid but not allowed, or the node is protected.
 *
 * <p>Exists because policy failures need an operator, not a retry.
 */
public final class IronicForbiddenException extends IronicException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an HTTP answer.
   *
   * @param status the HTTP status
   * @param faultstring Ironic's explanation, or {@code null}
   * @param requestId the request id, or {@code null}
   * @param method the HTTP method
   * @param path the path and query
   */
  public IronicForbiddenException(
      int status, String faultstring, String requestId, String method, String path) {
    super(
        faultstring == null ? "Forbidden" : faultstring,
        status,
        faultstring,
        requestId,
        method,
        path,
        null);
  }
}
