package dev.ferrum.ironic.simulator;

/**
 * The asynchronous operations whose next run a test can make fail, to exercise a caller's failure
 * paths (the node lands in the matching failure state with a chosen {@code last_error}).
 */
public enum FailureAction {
  /** The next deploy or rebuild ends in {@code deploy failed}. */
  DEPLOY,
  /** The next cleaning (automated or manual) ends in {@code clean failed}. */
  CLEAN,
  /** The next rescue ends in {@code rescue failed}. */
  RESCUE,
  /** The next unrescue ends in {@code unrescue failed}. */
  UNRESCUE,
  /** The next inspection ends in {@code inspect failed}. */
  INSPECT
}
