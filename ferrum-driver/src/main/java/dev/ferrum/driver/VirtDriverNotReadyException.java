package dev.ferrum.driver;

/**
 * Nova's {@code VirtDriverNotReady}: Ironic could not be asked (unreachable, failing).
 *
 * <p>Exists so periodic tasks skip a round instead of concluding that nodes or instances are gone.
 */
public class VirtDriverNotReadyException extends DriverException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public VirtDriverNotReadyException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public VirtDriverNotReadyException(String message, Throwable cause) {
    super(message, cause);
  }
}
