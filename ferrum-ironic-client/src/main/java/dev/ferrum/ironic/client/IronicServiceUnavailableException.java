package dev.ferrum.ironic.client;

/**
 * Ironic answered 503, typically "no conductor available"; retried by the client's {@link
 * RetryPolicy} before surfacing.
 *
 * <p>Exists because it is transient: callers may wait and try again later.
 */
public final class IronicServiceUnavailableException extends IronicException {
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
  public IronicServiceUnavailableException(
      int status, String faultstring, String requestId, String method, String path) {
    super(
        faultstring == null ? "Service Unavailable" : faultstring,
        status,
        faultstring,
        requestId,
        method,
        path,
        null);
  }
}
