package dev.ferrum.driver;

/**
 * Nova's {@code InstanceRescueFailure}: the rescue could not be requested or failed.
 *
 * <p>Exists so the manager records a failed rescue with Ironic's reason.
 */
public class InstanceRescueFailureException extends DriverException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public InstanceRescueFailureException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public InstanceRescueFailureException(String message, Throwable cause) {
    super(message, cause);
  }
}
