package dev.ferrum.ironic.client;

/**
 * Ironic answered 404: the node, port, VIF, trait or other resource does not exist.
 *
 * <p>Exists because "gone" is an expected outcome many callers branch on (e.g. a node deleted under
 * an instance).
 */
public final class IronicNotFoundException extends IronicException {
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
  public IronicNotFoundException(
      int status, String faultstring, String requestId, String method, String path) {
    super(
        faultstring == null ? "Not Found" : faultstring,
        status,
        faultstring,
        requestId,
        method,
        path,
        null);
  }
}
