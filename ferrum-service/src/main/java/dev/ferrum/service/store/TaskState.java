package dev.ferrum.service.store;

import java.util.Locale;

/**
 * Nova's transitional server states ({@code task_state}): what is being done to a server right now.
 * Saving a server can require an expected task state ({@link ExpectedTaskState}), which is how two
 * operations on one server are kept from interleaving. "No task" is {@code null}.
 */
public enum TaskState {
  /** Waiting for the scheduler. */
  SCHEDULING,
  /** Preparing networks. */
  NETWORKING,
  /** Preparing block devices. */
  BLOCK_DEVICE_MAPPING,
  /** The driver is deploying the node. */
  SPAWNING,
  /** Soft reboot requested. */
  REBOOTING,
  /** Hard reboot requested. */
  REBOOTING_HARD,
  /** Power off requested (Nova spells it {@code powering-off}). */
  POWERING_OFF,
  /** Power on requested (Nova spells it {@code powering-on}). */
  POWERING_ON,
  /** Rebuild requested. */
  REBUILDING,
  /** Rebuild is deploying. */
  REBUILD_SPAWNING,
  /** Rescue requested. */
  RESCUING,
  /** Unrescue requested. */
  UNRESCUING,
  /** Delete requested. */
  DELETING;

  /**
   * Returns Nova's value.
   *
   * @return e.g. {@code rebooting_hard}
   */
  public String wireValue() {
    String lower = name().toLowerCase(Locale.ROOT);
    // Nova's only hyphenated task states; clients compare these strings.
    return this == POWERING_OFF || this == POWERING_ON ? lower.replace('_', '-') : lower;
  }

  /**
   * Parses Nova's value.
   *
   * @param value e.g. {@code spawning}
   * @return the state
   * @throws IllegalArgumentException for an unknown value
   */
  public static TaskState fromWire(String value) {
    for (TaskState state : values()) {
      if (state.wireValue().equals(value)) {
        return state;
      }
    }
    throw new IllegalArgumentException("unknown task_state: " + value);
  }
}
