package dev.ferrum.ironic.client;

/**
 * Ironic answered 409 for a reason other than a node lock: a duplicate name or MAC, a node
 * associated with an instance, a VIF already attached...
 *
 * <p>Exists because such conflicts are final: the client never retries them (see {@link
 * IronicNodeLockedException} for the retried kind).
 */
public class IronicConflictException extends IronicException {
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
  public IronicConflictException(
      int status, String faultstring, String requestId, String method, String path) {
    super(
        faultstring == null ? "Conflict" : faultstring,
        status,
        faultstring,
        requestId,
        method,
        path,
        null);
  }
}
