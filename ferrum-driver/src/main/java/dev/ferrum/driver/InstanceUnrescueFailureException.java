package dev.ferrum.driver;

/**
 * Nova's {@code InstanceUnRescueFailure}: the unrescue could not be requested or failed.
 *
 * <p>Exists so the manager records a failed unrescue with Ironic's reason.
 */
public class InstanceUnrescueFailureException extends DriverException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public InstanceUnrescueFailureException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public InstanceUnrescueFailureException(String message, Throwable cause) {
    super(message, cause);
  }
}
