package dev.ferrum.driver;

/**
 * Nova's {@code ConsoleTypeUnavailable}/{@code ConsoleNotAvailable}: the requested console cannot
 * be offered.
 *
 * <p>Exists so the API answers with a console-specific error.
 */
public class ConsoleUnavailableException extends DriverException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public ConsoleUnavailableException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public ConsoleUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
