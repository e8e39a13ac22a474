package dev.ferrum.driver;

/**
 * Nova's {@code NotImplementedError} for operations bare metal cannot do (resize, snapshot, live
 * migration, rebuilding a volume-backed instance...).
 *
 * <p>Exists so the API layer answers "not supported" instead of an internal error.
 */
public class NotSupportedByDriverException extends DriverException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public NotSupportedByDriverException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public NotSupportedByDriverException(String message, Throwable cause) {
    super(message, cause);
  }
}
