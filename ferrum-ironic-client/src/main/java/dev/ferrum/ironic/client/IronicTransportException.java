package dev.ferrum.ironic.client;

/**
 * No usable HTTP answer arrived: connection refused or dropped, timeout, TLS failure, an answer
 * that is not the JSON it should be, or the calling thread was interrupted.
 *
 * <p>Exists because the outcome of a state-changing request is then unknown: the caller must
 * re-read the resource rather than assume the change did or did not happen. {@link #status()} is
 * {@code 0} unless an answer arrived that could not be parsed.
 */
public final class IronicTransportException extends IronicException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param status the status of an unparsable answer, or {@code 0}
   * @param method the HTTP method
   * @param path the path and query
   * @param cause the I/O failure, or {@code null}
   */
  public IronicTransportException(
      String message, int status, String method, String path, Throwable cause) {
    super(message, status, null, null, method, path, cause);
  }
}
