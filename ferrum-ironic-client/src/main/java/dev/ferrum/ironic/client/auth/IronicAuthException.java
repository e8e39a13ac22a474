package dev.ferrum.ironic.client.auth;

import dev.ferrum.ironic.client.IronicException;

/**
 * Root of everything that can go wrong while authenticating to Ironic or finding its endpoint, so
 * callers can tell "who am I / where is Ironic" failures from Ironic's own errors.
 *
 * <p>Unchecked, like the rest of the client's errors. Messages never contain secrets or tokens.
 */
public class IronicAuthException extends IronicException {

  private static final long serialVersionUID = 1L;

  /** With a message. */
  public IronicAuthException(String message) {
    super(message, null);
  }

  /** With a message and the underlying cause. */
  public IronicAuthException(String message, Throwable cause) {
    super(message, cause);
  }
}
