package dev.ferrum.driver.cache;

import dev.ferrum.ironic.client.model.PowerState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The power states Nova knows an Ironic-backed instance by, with Nova's numeric codes.
 *
 * <p>It exists because Ironic and Nova name power differently, and the mapping (reference §4) is
 * what the power-state sync acts on: anything but {@code power on} / {@code power off} must read as
 * "no state" so Nova never powers a node off because of a transient or unknown Ironic value.
 */
public enum NovaPowerState {
  /** Unknown ({@code 0}). */
  NOSTATE(0),
  /** Running ({@code 1}). */
  RUNNING(1),
  /** Shut down ({@code 4}). */
  SHUTDOWN(4);

  private static final Logger LOG = LoggerFactory.getLogger(NovaPowerState.class);

  private final int code;

  NovaPowerState(int code) {
    this.code = code;
  }

  /**
   * Nova's numeric code.
   *
   * @return 0, 1 or 4
   */
  public int code() {
    return code;
  }

  /**
   * Maps an Ironic power state: {@code power on} → RUNNING, {@code power off} → SHUTDOWN, {@code
   * null} → NOSTATE, anything else → NOSTATE with a warning.
   *
   * @param ironicPowerState the node's {@code power_state}, possibly {@code null}
   * @return the Nova power state
   */
  public static NovaPowerState fromIronic(String ironicPowerState) {
    if (ironicPowerState == null) {
      return NOSTATE;
    }
    return switch (ironicPowerState) {
      case PowerState.POWER_ON -> RUNNING;
      case PowerState.POWER_OFF -> SHUTDOWN;
      default -> {
        LOG.warn("Power state {} not found in the Ironic-to-Nova map", ironicPowerState);
        yield NOSTATE;
      }
    };
  }
}
