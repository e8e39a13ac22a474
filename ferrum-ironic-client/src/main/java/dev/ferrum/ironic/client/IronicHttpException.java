package dev.ferrum.ironic.client;

/**
 * Ironic answered an error status no more specific exception covers (e.g. 405, 413, 429).
 *
 * <p>Exists so every HTTP error still surfaces as an {@link IronicException} with its status.
 */
public final class IronicHttpException extends IronicException {
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
  public IronicHttpException(
      int status, String faultstring, String requestId, String method, String path) {
    super(
        faultstring == null ? "Unexpected Status" : faultstring,
        status,
        faultstring,
        requestId,
        method,
        path,
        null);
  }
}
