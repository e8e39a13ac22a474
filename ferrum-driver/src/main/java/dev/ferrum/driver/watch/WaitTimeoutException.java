package dev.ferrum.driver.watch;

import dev.ferrum.driver.DriverException;
import java.util.Optional;

/**
 * A wait ran out of time or of polls before its condition was met.
 *
 * <p>Exists so the caller can say what the node was still doing (e.g. "Provision state still
 * 'active'") when it gives up.
 */
public final class WaitTimeoutException extends DriverException {

  private static final long serialVersionUID = 1L;

  private final transient Observation lastSeen;

  /**
   * Creates the exception.
   *
   * @param message what was waited for
   * @param lastSeen the last observation, or {@code null} if none was made
   */
  public WaitTimeoutException(String message, Observation lastSeen) {
    super(message);
    this.lastSeen = lastSeen;
  }

  /** The last observation before giving up. */
  public Optional<Observation> lastSeen() {
    return Optional.ofNullable(lastSeen);
  }
}
