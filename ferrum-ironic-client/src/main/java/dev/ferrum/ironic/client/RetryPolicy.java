package dev.ferrum.ironic.client;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long the client waits before repeating a request.
 *
 * <p>Exists so back-off is configuration with its defaults in one place. What is retried:
 *
 * <ul>
 *   <li>409 NodeLocked ("... is locked by host ...") on every call, unless the call opts out with
 *       {@link ConflictRetry#FAIL_FAST} (node reservation, VIF attach). Other 409s are never
 *       retried.
 *   <li>503 on every call (Ironic had no conductor available; nothing was done).
 *   <li>Transport failures (connection refused or dropped, timeouts) only on {@code GET}, which is
 *       safe to repeat, and only if {@link #retryTransportErrorsOnGet()}; a state-changing request
 *       whose outcome is unknown is never repeated blindly.
 * </ul>
 *
 * <p>Delays: retry {@code n} (1-based) waits {@code min(maxDelay, initialDelay *
 * multiplier^(n-1))}; with {@code jitter} the wait is uniformly random between zero and that ("full
 * jitter"), so many clients hitting one locked node spread out. Defaults ({@link #defaults()}): 5
 * attempts in all, 0.5 s initial delay, multiplier 2, 10 s cap, full jitter, transport retries on
 * GET.
 *
 * @param maxAttempts attempts in all, including the first; {@code 1} disables retries
 * @param initialDelay the delay before the first retry
 * @param multiplier growth factor of the delay, at least 1
 * @param maxDelay the cap of one delay
 * @param jitter whether each delay is drawn uniformly from {@code [0, delay]}
 * @param retryTransportErrorsOnGet whether a GET is repeated after a transport failure
 */
public record RetryPolicy(
    int maxAttempts,
    Duration initialDelay,
    double multiplier,
    Duration maxDelay,
    boolean jitter,
    boolean retryTransportErrorsOnGet) {

  /** Validates the values. */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
    }
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (initialDelay.isNegative() || maxDelay.isNegative()) {
      throw new IllegalArgumentException("delays must not be negative");
    }
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException(
          "multiplier must be a finite number >= 1, was " + multiplier);
    }
  }

  /** 5 attempts, 0.5 s initial, x2, cap 10 s, full jitter, GETs retried on transport errors. */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** A single attempt: nothing is ever retried. */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).retryTransportErrorsOnGet(false).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The delay before retry number {@code retry} (1 for the first retry) before jitter.
   *
   * @throws IllegalArgumentException if {@code retry < 1}
   */
  public Duration delayBeforeRetry(int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry numbers start at 1, was " + retry);
    }
    double nanos = initialDelay.toNanos() * Math.pow(multiplier, retry - 1);
    long capped = (long) Math.min(nanos, (double) maxDelay.toNanos());
    return Duration.ofNanos(capped);
  }

  /** Builds a {@link RetryPolicy} from the defaults; not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 5;
    private Duration initialDelay = Duration.ofMillis(500);
    private double multiplier = 2.0;
    private Duration maxDelay = Duration.ofSeconds(10);
    private boolean jitter = true;
    private boolean retryTransportErrorsOnGet = true;

    private Builder() {}

    /** Attempts in all, including the first (default 5). */
    public Builder maxAttempts(int v) {
      maxAttempts = v;
      return this;
    }

    /** Delay before the first retry (default 0.5 s). */
    public Builder initialDelay(Duration v) {
      initialDelay = v;
      return this;
    }

    /** Growth factor of the delay (default 2). */
    public Builder multiplier(double v) {
      multiplier = v;
      return this;
    }

    /** Cap of one delay (default 10 s). */
    public Builder maxDelay(Duration v) {
      maxDelay = v;
      return this;
    }

    /** Full jitter on or off (default on). */
    public Builder jitter(boolean v) {
      jitter = v;
      return this;
    }

    /** Whether GETs are repeated after transport failures (default on). */
    public Builder retryTransportErrorsOnGet(boolean v) {
      retryTransportErrorsOnGet = v;
      return this;
    }

    /** The policy. */
    public RetryPolicy build() {
      return new RetryPolicy(
          maxAttempts, initialDelay, multiplier, maxDelay, jitter, retryTransportErrorsOnGet);
    }
  }
}
