package dev.ferrum.driver.console;

import dev.ferrum.driver.ConsoleUnavailableException;
import java.util.Objects;

/**
 * The requested console type cannot be offered for this instance: Nova's {@code
 * ConsoleTypeUnavailable}, which its API turns into an HTTP 400 for the user.
 *
 * <p>It exists because every console failure the user can see (console disabled by the operator,
 * wrong console interface, malformed URL, VNC endpoint unknown) must surface as this one outcome,
 * naming the console type.
 */
public final class ConsoleTypeUnavailableException extends ConsoleUnavailableException {

  private static final long serialVersionUID = 1L;

  /** The unavailable console type. */
  private final String consoleType;

  /**
   * Creates the exception.
   *
   * @param consoleType {@code serial} or {@code vnc}
   * @param cause the underlying failure, or {@code null}
   */
  public ConsoleTypeUnavailableException(String consoleType, Throwable cause) {
    super("Unavailable console type " + consoleType + ".", cause);
    this.consoleType = Objects.requireNonNull(consoleType, "consoleType");
  }

  /**
   * The unavailable console type.
   *
   * @return {@code serial} or {@code vnc}
   */
  public String consoleType() {
    return consoleType;
  }
}
