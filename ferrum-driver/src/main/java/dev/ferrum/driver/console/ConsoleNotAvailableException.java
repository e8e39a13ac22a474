package dev.ferrum.driver.console;

import dev.ferrum.driver.ConsoleUnavailableException;

/**
 * A node's console could not be read, switched or brought to the wanted state in time: Nova's
 * {@code ConsoleNotAvailable}.
 *
 * <p>It exists as the internal outcome of the console-mode steps: the serial path reacts to it with
 * one recovery attempt, and the public methods turn it into {@link ConsoleTypeUnavailableException}
 * as Nova's API expects.
 */
public final class ConsoleNotAvailableException extends ConsoleUnavailableException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param cause the Ironic failure, or {@code null}
   */
  public ConsoleNotAvailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
