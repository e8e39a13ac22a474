package dev.ferrum.cli;

/**
 * A {@code --wait} that ended without the wanted state: the server went to ERROR (the message is
 * its {@code fault.message}) or the wait timed out. The request itself was accepted.
 */
public final class WaitFailedException extends CliException {

  private static final long serialVersionUID = 1L;

  /** Why the wait failed. */
  public WaitFailedException(String message) {
    super(message);
  }
}
