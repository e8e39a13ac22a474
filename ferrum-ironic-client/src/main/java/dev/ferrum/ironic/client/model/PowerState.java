package dev.ferrum.ironic.client.model;

/**
 * Ironic's power state strings, as {@link Node#powerState()} carries them.
 *
 * <p>String constants rather than an enum because the field may be {@code null} (fake power before
 * the first action) or hold a value a newer Ironic adds.
 */
public final class PowerState {
  /** Powered on. */
  public static final String POWER_ON = "power on";

  /** Powered off. */
  public static final String POWER_OFF = "power off";

  /** Hard rebooting. */
  public static final String REBOOTING = "rebooting";

  /** Soft rebooting. */
  public static final String SOFT_REBOOTING = "soft rebooting";

  /** Soft powering off. */
  public static final String SOFT_POWER_OFF = "soft power off";

  /** The power state could not be determined. */
  public static final String ERROR = "error";

  private PowerState() {}
}
