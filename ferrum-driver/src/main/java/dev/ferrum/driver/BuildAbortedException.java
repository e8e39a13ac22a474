package dev.ferrum.driver;

/**
 * Nova's {@code BuildAbortException}: the build must fail without rescheduling to another node.
 *
 * <p>Exists for failures another node cannot fix, such as Ironic rejecting the image as invalid.
 */
public class BuildAbortedException extends DriverException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public BuildAbortedException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public BuildAbortedException(String message, Throwable cause) {
    super(message, cause);
  }
}
