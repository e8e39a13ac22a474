package dev.ferrum.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * Known differences between the simulator and real Ironic (which is the truth), kept visible
 * without turning the simulator run red or into skips: on the simulator, a check wrapped here must
 * still fail (the deviation is recorded and printed in the summary line), and fails the test as
 * soon as it passes, so a fixed simulator forces removal of the entry. On every other target the
 * check runs normally. Each entry is reported to the simulator's owner; the list should be empty.
 */
final class KnownDeviations {
  private static final List<String> RECORDED = new ArrayList<>();

  private KnownDeviations() {}

  /**
   * Runs {@code check}; on the simulator, expects it to fail and records the deviation.
   *
   * @param id a stable identifier, e.g. {@code SIM-VOLUME-DELETE-POWER}
   * @param simulatorBehaviour what the simulator does instead of the real behaviour
   */
  static void onSimulator(
      IronicTarget target, String id, String simulatorBehaviour, Runnable check) {
    if (target.kind() != TargetKind.SIMULATOR) {
      check.run();
      return;
    }
    try {
      check.run();
    } catch (AssertionError expected) {
      synchronized (RECORDED) {
        RECORDED.add(id + ": the simulator " + simulatorBehaviour);
      }
      return;
    }
    throw new AssertionError(
        "known simulator deviation " + id + " is fixed: remove it from KnownDeviations' callers");
  }

  /** The deviations observed in this JVM, for the summary line. */
  static List<String> recorded() {
    synchronized (RECORDED) {
      return List.copyOf(RECORDED);
    }
  }
}
