package dev.ferrum.service.store;

/**
 * Nova's power states with their integer codes, which the API returns as {@code
 * OS-EXT-STS:power_state} and the client prints as NOSTATE/Running/Shutdown.
 */
public enum PowerState {
  /** Unknown. */
  NOSTATE(0),
  /** Powered on. */
  RUNNING(1),
  /** Paused. */
  PAUSED(3),
  /** Powered off. */
  SHUTDOWN(4),
  /** Crashed. */
  CRASHED(6),
  /** Suspended. */
  SUSPENDED(7);

  private final int code;

  PowerState(int code) {
    this.code = code;
  }

  /**
   * Returns Nova's integer code.
   *
   * @return e.g. 1 for running
   */
  public int code() {
    return code;
  }

  /**
   * Finds the state for a Nova code.
   *
   * @param code the integer
   * @return the state
   * @throws IllegalArgumentException for an unknown code
   */
  public static PowerState fromCode(int code) {
    for (PowerState p : values()) {
      if (p.code == code) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown power state code: " + code);
  }
}
