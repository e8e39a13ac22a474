package dev.ferrum.driver;

/**
 * Nova's {@code InstancePowerOffFailure}: the node did not power off.
 *
 * <p>Exists because Ferrum checks the power state after a power wait (Nova reports an abandoned
 * power action as success); see the README's differences from Nova.
 */
public class InstancePowerOffFailureException extends DriverException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public InstancePowerOffFailureException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public InstancePowerOffFailureException(String message, Throwable cause) {
    super(message, cause);
  }
}
