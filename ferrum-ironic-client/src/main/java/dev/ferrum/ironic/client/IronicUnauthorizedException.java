package dev.ferrum.ironic.client;

/**
 * Ironic answered 401 even after the auth was renewed once.
 *
 * <p>Exists so credential problems are told apart from everything else: retrying will not help.
 */
public final class IronicUnauthorizedException extends IronicException {
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
  public IronicUnauthorizedException(
      int status, String faultstring, String requestId, String method, String path) {
    super(
        faultstring == null ? "Unauthorized" : faultstring,
        status,
        faultstring,
        requestId,
        method,
        path,
        null);
  }
}
