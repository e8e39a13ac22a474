package dev.ferrum.driver;

/**
 * Nova's power state of an instance, with Nova's numeric codes.
 *
 * <p>Exists because Ironic's power strings are mapped to these three values only: {@code power on}
 * → {@link #RUNNING}, {@code power off} → {@link #SHUTDOWN}, anything else (including {@code null},
 * {@code error}, {@code rebooting}) → {@link #NOSTATE}.
 */
public enum PowerState {
  /** Unknown (code 0). */
  NOSTATE(0),
  /** Powered on (code 1). */
  RUNNING(1),
  /** Powered off (code 4). */
  SHUTDOWN(4);

  private final int code;

  PowerState(int code) {
    this.code = code;
  }

  /** Nova's numeric code. */
  public int code() {
    return code;
  }

  /** Maps an Ironic power state string ({@code null} allowed). */
  public static PowerState fromIronic(String ironicPowerState) {
    if ("power on".equals(ironicPowerState)) {
      return RUNNING;
    }
    if ("power off".equals(ironicPowerState)) {
      return SHUTDOWN;
    }
    return NOSTATE;
  }
}
