package dev.ferrum.driver.watch;

/**
 * Decides, from one observation, whether a wait is over.
 *
 * <p>Exists to keep the state logic of each wait (what counts as active, failed, torn down) apart
 * from the polling machinery. Must be fast and free of I/O; it runs on the poller's thread. A
 * condition that throws fails its wait with that exception.
 */
@FunctionalInterface
public interface NodeCondition {

  /**
   * The verdict for this observation.
   *
   * @param observation what the poll saw
   * @return done, pending or failed
   */
  Verdict evaluate(Observation observation);
}
