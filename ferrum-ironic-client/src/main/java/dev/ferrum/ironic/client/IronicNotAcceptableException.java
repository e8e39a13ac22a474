package dev.ferrum.ironic.client;

/**
 * Ironic answered 406: the microversion sent is outside the server's range, or a field or filter
 * needs a newer one.
 *
 * <p>Exists separately because it signals a version mismatch the client's negotiation did not
 * foresee, usually after Ironic was downgraded behind a cached version.
 */
public final class IronicNotAcceptableException extends IronicException {
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
  public IronicNotAcceptableException(
      int status, String faultstring, String requestId, String method, String path) {
    super(
        faultstring == null ? "Not Acceptable" : faultstring,
        status,
        faultstring,
        requestId,
        method,
        path,
        null);
  }
}
