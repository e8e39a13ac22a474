package dev.ferrum.ironic.client;

/**
 * Ironic answered 5xx (other than 503): an internal error of Ironic.
 *
 * <p>Exists so server bugs are not confused with the caller's mistakes; never retried.
 */
public final class IronicServerException extends IronicException {
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
  public IronicServerException(
      int status, String faultstring, String requestId, String method, String path) {
    super(
        faultstring == null ? "Server Error" : faultstring,
        status,
        faultstring,
        requestId,
        method,
        path,
        null);
  }
}
