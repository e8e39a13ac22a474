package dev.ferrum.driver;

/**
 * Nova's {@code InstancePowerOnFailure}: the node did not power on.
 *
 * <p>Exists because Ferrum checks the power state after a power wait (Nova reports an abandoned
 * power action as success).
 */
public class InstancePowerOnFailureException extends DriverException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public InstancePowerOnFailureException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public InstancePowerOnFailureException(String message, Throwable cause) {
    super(message, cause);
  }
}
