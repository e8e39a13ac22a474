package dev.ferrum.ironic.client;

import java.time.Duration;

/**
 * Waits between retries.
 *
 * <p>Exists so tests can replace real sleeping with a recorder and run retry scenarios instantly
 * and deterministically.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for {@code duration}.
   *
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /** Real sleeping with {@link Thread#sleep(Duration)}; cheap on virtual threads. */
  static Sleeper system() {
    return Thread::sleep;
  }
}
