package dev.ferrum.driver;

/**
 * Root of every failure the compute driver reports.
 *
 * <p>Exists so a compute manager can catch one unchecked type and then branch on the Nova outcome
 * it stands for (reschedule on {@link ComputeResourcesUnavailableException}, stop on {@link
 * InstanceNotFoundException}, abort on {@link BuildAbortedException}...). Used directly it plays
 * Nova's generic {@code NovaException}: a driver error without a more specific outcome. Messages
 * never carry secrets (passwords, config drives).
 */
public class DriverException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public DriverException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public DriverException(String message, Throwable cause) {
    super(message, cause);
  }
}
