package dev.ferrum.ironic.client;

/**
 * Ironic answered 409 because a conductor holds the node's lock ("Node ... is locked by host ...,
 * please retry after the current operation is completed.").
 *
 * <p>Exists because, unlike other conflicts, a lock is transient: the client retries it under its
 * {@link RetryPolicy} (except for calls that opt out, such as reserving a node or attaching a VIF)
 * and raises this only when the retries are exhausted or disabled.
 */
public final class IronicNodeLockedException extends IronicConflictException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a 409 NodeLocked answer.
   *
   * @param faultstring Ironic's explanation
   * @param requestId the request id, or {@code null}
   * @param method the HTTP method
   * @param path the path and query
   */
  public IronicNodeLockedException(
      String faultstring, String requestId, String method, String path) {
    super(409, faultstring, requestId, method, path);
  }
}
