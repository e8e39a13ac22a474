package dev.ferrum.driver;

import java.util.Objects;

/**
 * What {@link ComputeDriver#getInfo} reports about an instance.
 *
 * <p>Exists as a record (not a bare enum) so more facts can be added without changing the SPI;
 * Nova's Ironic driver fills only the power state.
 *
 * @param state the power state
 */
public record InstanceInfo(PowerState state) {

  /** Requires a state. */
  public InstanceInfo {
    Objects.requireNonNull(state, "state");
  }
}
