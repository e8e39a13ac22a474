package dev.ferrum.service.store;

import java.util.Locale;

/**
 * Nova's stable server states ({@code vm_state}). An enum rather than strings so that the manager's
 * state machine is checked by the compiler; the wire values are Nova's lower-case names.
 */
public enum VmState {
  /** Being created. */
  BUILDING,
  /** Running and usable. */
  ACTIVE,
  /** Powered off by the user. */
  STOPPED,
  /** Booted into a rescue image. */
  RESCUED,
  /** Something failed; see the fault. */
  ERROR,
  /** Deleted. */
  DELETED;

  /**
   * Returns Nova's value.
   *
   * @return e.g. {@code active}
   */
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses Nova's value.
   *
   * @param value e.g. {@code building}
   * @return the state
   * @throws IllegalArgumentException for an unknown value
   */
  public static VmState fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
