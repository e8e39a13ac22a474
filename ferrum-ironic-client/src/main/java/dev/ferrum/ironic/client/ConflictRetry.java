package dev.ferrum.ironic.client;

/**
 * Whether a state-changing call retries a 409 NodeLocked answer.
 *
 * <p>Exists for the calls where a retry would be wrong: reserving a node for an instance (a lost
 * race must fail fast so the scheduler picks another node) and attaching a VIF. Other 409s are
 * never retried whatever this says.
 */
public enum ConflictRetry {
  /** Retry NodeLocked under the client's {@link RetryPolicy}. */
  RETRY_NODE_LOCKED,
  /** Surface the first NodeLocked immediately. */
  FAIL_FAST
}
