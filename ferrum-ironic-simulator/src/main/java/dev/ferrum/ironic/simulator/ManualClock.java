package dev.ferrum.ironic.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that moves only when told to, so a test decides exactly when each pending transition
 * (deploy, clean, power change...) completes, with no sleeps and no flakiness.
 *
 * <p>Advancing runs, in the advancing thread and in due-time order, every pending step that has
 * become due, including follow-up steps (e.g. {@code cleaning} after {@code deleting}) that fall
 * within the advanced span; when {@link #advance} returns those steps are done. A step whose
 * duration is zero still waits for the next {@code advance} (possibly by {@link Duration#ZERO}).
 */
public final class ManualClock implements SimulatorClock {
  private final Object lock = new Object();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private Instant now;

  ManualClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  @Override
  public Instant now() {
    synchronized (lock) {
      return now;
    }
  }

  /**
   * Moves time forward and completes whatever became due.
   *
   * @param step how far to move; not negative
   * @return the new current instant
   */
  public Instant advance(Duration step) {
    Objects.requireNonNull(step, "step");
    if (step.isNegative()) {
      throw new IllegalArgumentException("cannot move a clock backwards: " + step);
    }
    Instant after;
    synchronized (lock) {
      now = now.plus(step);
      after = now;
    }
    for (Runnable listener : listeners) {
      listener.run();
    }
    return after;
  }

  /**
   * Registers a callback run after every {@link #advance}. The simulator uses it to complete due
   * transitions; tests do not normally need it.
   *
   * @param listener the callback
   */
  public void onAdvance(Runnable listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Removes a callback registered with {@link #onAdvance}.
   *
   * @param listener the callback
   */
  public void removeListener(Runnable listener) {
    listeners.remove(listener);
  }
}
