package dev.ferrum.driver.watch;

import java.util.Objects;

/**
 * A condition's decision after one observation: done, keep waiting, or fail.
 *
 * <p>Exists so a condition is a pure function the poller can run for many waiters, instead of a
 * loop body that sleeps.
 */
public sealed interface Verdict {

  /** The wait is over successfully. */
  record Done() implements Verdict {}

  /** Not there yet; poll again. */
  record Pending() implements Verdict {}

  /** The wait failed with this exception (thrown to the waiter). */
  record Failed(RuntimeException error) implements Verdict {
    /** Requires the error. */
    public Failed {
      Objects.requireNonNull(error, "error");
    }
  }

  /** Done. */
  static Verdict done() {
    return new Done();
  }

  /** Keep waiting. */
  static Verdict pending() {
    return new Pending();
  }

  /** Fail with {@code error}. */
  static Verdict fail(RuntimeException error) {
    return new Failed(error);
  }
}
