package dev.ferrum.ironic.client.auth;

/**
 * Keystone could not be asked: connection refused, TLS failure, timeout, or a 5xx answer. Unlike
 * {@link KeystoneAuthenticationException} this may pass on its own, so callers may retry later.
 */
public final class KeystoneUnavailableException extends IronicAuthException {

  private static final long serialVersionUID = 1L;

  /** With a message. */
  public KeystoneUnavailableException(String message) {
    super(message);
  }

  /** With a message and the I/O failure. */
  public KeystoneUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
