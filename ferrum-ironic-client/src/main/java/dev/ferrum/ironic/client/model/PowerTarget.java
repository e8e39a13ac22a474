package dev.ferrum.ironic.client.model;

/**
 * The {@code target} values of {@code PUT /v1/nodes/{id}/states/power}.
 *
 * <p>An enum so the soft targets carry their minimum microversion (1.27) and cannot be sent to a
 * server that would misread them.
 */
public enum PowerTarget {
  /** Power on. */
  POWER_ON("power on", 1),
  /** Hard power off. */
  POWER_OFF("power off", 1),
  /** Hard reboot. */
  REBOOT("rebooting", 1),
  /** ACPI soft power off (1.27). */
  SOFT_POWER_OFF("soft power off", 27),
  /** ACPI soft reboot (1.27). */
  SOFT_REBOOT("soft rebooting", 27);

  private final String apiValue;
  private final Microversion minimumVersion;

  PowerTarget(String apiValue, int minMinor) {
    this.apiValue = apiValue;
    this.minimumVersion = Microversion.of(minMinor);
  }

  /** The string sent as {@code target}. */
  public String apiValue() {
    return apiValue;
  }

  /** The microversion that introduced the target. */
  public Microversion minimumVersion() {
    return minimumVersion;
  }
}
