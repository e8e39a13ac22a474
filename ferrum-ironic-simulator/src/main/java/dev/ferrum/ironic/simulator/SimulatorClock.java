package dev.ferrum.ironic.simulator;

import java.time.Instant;

/**
 * Where the simulator's time comes from. Real time makes transitions finish on their own after
 * their configured durations; a {@link ManualClock} makes them finish only when a test advances it,
 * so tests can observe transient states and node locks without sleeping.
 */
public sealed interface SimulatorClock permits ManualClock, SimulatorClock.SystemTime {

  /**
   * Returns the current instant of this clock.
   *
   * @return now
   */
  Instant now();

  /**
   * Returns the wall clock: transitions complete by themselves.
   *
   * @return the system clock
   */
  static SimulatorClock system() {
    return SystemTime.INSTANCE;
  }

  /**
   * Returns a new manual clock starting at the given instant.
   *
   * @param start the initial time
   * @return a clock that moves only through {@link ManualClock#advance}
   */
  static ManualClock manual(Instant start) {
    return new ManualClock(start);
  }

  /** The wall clock. Exists as a type only so the interface can be sealed. */
  final class SystemTime implements SimulatorClock {
    private static final SystemTime INSTANCE = new SystemTime();

    private SystemTime() {}

    @Override
    public Instant now() {
      return Instant.now();
    }
  }
}
