package dev.ferrum.ironic.client.auth;

/**
 * Keystone answered success but not with a usable token (no {@code X-Subject-Token} header, no
 * {@code expires_at}, unreadable JSON): usually the auth URL points at something that is not
 * Keystone v3.
 */
public final class KeystoneResponseException extends IronicAuthException {

  private static final long serialVersionUID = 1L;

  /** With a message. */
  public KeystoneResponseException(String message) {
    super(message);
  }

  /** With a message and the parse failure. */
  public KeystoneResponseException(String message, Throwable cause) {
    super(message, cause);
  }
}
