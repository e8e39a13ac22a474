package dev.ferrum.driver;

import java.util.Objects;

/**
 * The instance state change an out-of-band power event implies (Nova's {@code power_update_event}).
 *
 * <p>Exists as a value the manager applies and saves (with {@code expectedTaskState}) because the
 * driver has no instance store; no Ironic call is involved.
 *
 * @param powerState the new power state
 * @param vmState the new vm_state ({@code active} or {@code stopped})
 * @param expectedTaskState the task state the save must find ({@code powering-on}/{@code
 *     powering-off}); the new task state is {@code null}
 */
public record PowerUpdate(PowerState powerState, String vmState, String expectedTaskState) {

  /** Validates the components. */
  public PowerUpdate {
    Objects.requireNonNull(powerState, "powerState");
    Objects.requireNonNull(vmState, "vmState");
    Objects.requireNonNull(expectedTaskState, "expectedTaskState");
  }
}
