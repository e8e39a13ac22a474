package dev.ferrum.ironic.client.auth;

/**
 * Keystone refused the token request (4xx): wrong password or secret, unknown user or project, a
 * scope the user has no role on. Retrying with the same credentials will not help; the message
 * carries Keystone's own explanation.
 */
public final class KeystoneAuthenticationException extends IronicAuthException {

  private static final long serialVersionUID = 1L;

  private final int statusCode;

  /**
   * @param statusCode Keystone's HTTP status, e.g. 401
   * @param message what was refused, with Keystone's message
   */
  public KeystoneAuthenticationException(int statusCode, String message) {
    super(message);
    this.statusCode = statusCode;
  }

  /** Keystone's HTTP status code. */
  public int statusCode() {
    return statusCode;
  }
}
