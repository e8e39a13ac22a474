package dev.ferrum.driver.watch;

import dev.ferrum.driver.DriverException;

/**
 * A wait was cancelled: the caller (or its abort check) decided the operation is moot, e.g. the
 * instance was deleted while deploying.
 *
 * <p>Exists so cancellation is distinguishable from a failure of the node itself.
 */
public final class WaitCancelledException extends DriverException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why the wait was cancelled
   */
  public WaitCancelledException(String message) {
    super(message);
  }
}
