package dev.ferrum.driver.cache;

/**
 * Ironic could not be asked which nodes exist: Nova's {@code VirtDriverNotReady}.
 *
 * <p>It exists because the compute manager treats "the driver is not ready yet" differently from a
 * real failure: it skips the periodic task and tries again, instead of concluding that every node
 * (and every instance on it) has vanished. Any failure while listing nodes becomes this exception,
 * including failures while following pages (the listing is drained inside the guard, fixing Nova's
 * lazy-generator gap, reference §2.4). It sits under the driver's exception root {@link
 * dev.ferrum.driver.DriverException} (re-parented when the driver was wired).
 */
public final class VirtDriverNotReadyException
    extends dev.ferrum.driver.VirtDriverNotReadyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what could not be done
   * @param cause the Ironic failure
   */
  public VirtDriverNotReadyException(String message, Throwable cause) {
    super(message, cause);
  }
}
