package dev.ferrum.driver.watch;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One wait to register with the {@link NodeWatcher}.
 *
 * <p>Exists to keep what is waited for (target, condition) together with its bounds: a time budget
 * ({@link Duration#ZERO}: none), a poll budget ({@code 0}: none; Nova bounds the unprovision wait
 * by poll count), and an abort check run before each poll (Nova's deploy wait re-reads the instance
 * and stops without asking Ironic when the user deleted it).
 *
 * @param target what to observe
 * @param condition when the wait is over
 * @param description what is waited for, used in timeout messages
 * @param timeout time budget, {@link Duration#ZERO} for none
 * @param maxPolls poll budget, {@code 0} for none
 * @param abortCheck runs before each poll; an exception it returns fails the wait unpolled
 */
public record WaitSpec(
    WatchTarget target,
    NodeCondition condition,
    String description,
    Duration timeout,
    int maxPolls,
    AbortCheck abortCheck) {

  /** Validates the components. */
  public WaitSpec {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || maxPolls < 0) {
      throw new IllegalArgumentException("timeout and maxPolls must not be negative");
    }
    Objects.requireNonNull(abortCheck, "abortCheck");
  }

  /** An unbounded wait without abort check. */
  public static WaitSpec of(WatchTarget target, NodeCondition condition, String description) {
    return new WaitSpec(target, condition, description, Duration.ZERO, 0, Optional::empty);
  }

  /** This wait with a time budget. */
  public WaitSpec withTimeout(Duration t) {
    return new WaitSpec(target, condition, description, t, maxPolls, abortCheck);
  }

  /** This wait with a poll budget. */
  public WaitSpec withMaxPolls(int polls) {
    return new WaitSpec(target, condition, description, timeout, polls, abortCheck);
  }

  /** This wait with an abort check. */
  public WaitSpec withAbortCheck(AbortCheck check) {
    return new WaitSpec(target, condition, description, timeout, maxPolls, check);
  }

  /** Decides before a poll whether the wait is moot. */
  @FunctionalInterface
  public interface AbortCheck {
    /**
     * The exception to fail the wait with, or empty to go on polling.
     *
     * @return the failure, or empty
     */
    Optional<RuntimeException> check();
  }
}
