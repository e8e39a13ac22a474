package dev.ferrum.ironic.client;

/**
 * Ironic answered 400: the request was invalid, including an invalid provision state transition
 * (which real Ironic reports as 400, not 409).
 *
 * <p>Exists because callers handle it distinctly: e.g. a VIF detach answered 400 means the VIF was
 * already gone.
 */
public final class IronicBadRequestException extends IronicException {
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
  public IronicBadRequestException(
      int status, String faultstring, String requestId, String method, String path) {
    super(
        faultstring == null ? "Bad Request" : faultstring,
        status,
        faultstring,
        requestId,
        method,
        path,
        null);
  }
}
