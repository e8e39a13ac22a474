package dev.ferrum.driver;

/**
 * Nova's {@code InstanceRebootFailure}: the node could not be rebooted.
 *
 * <p>Exists so a failed reboot is reported as such, not as a raw Ironic error.
 */
public class InstanceRebootFailureException extends DriverException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public InstanceRebootFailureException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public InstanceRebootFailureException(String message, Throwable cause) {
    super(message, cause);
  }
}
