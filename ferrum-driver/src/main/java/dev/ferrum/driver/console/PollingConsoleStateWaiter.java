package dev.ferrum.driver.console;

import dev.ferrum.ironic.client.IronicException;
import dev.ferrum.ironic.client.Nodes;
import dev.ferrum.ironic.client.Sleeper;
import dev.ferrum.ironic.client.model.ConsoleState;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ConsoleStateWaiter} that polls {@code GET /v1/nodes/{id}/states/console}, the way Nova
 * waits (reference §14.1): check at once, then sleep about one interval (with jitter) between
 * checks, and give up before a sleep that would push the accumulated sleep past the budget.
 *
 * <p>It exists as the default waiter; the budget counts sleep, not wall time, exactly as Nova's
 * back-off loop does, so an injected {@link Sleeper} makes it run instantly in tests. Thread-safe.
 */
public final class PollingConsoleStateWaiter implements ConsoleStateWaiter {

  private static final Logger LOG = LoggerFactory.getLogger(PollingConsoleStateWaiter.class);

  /** Nova's starting interval for console-state checks. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

  /** Relative jitter of each sleep: ±20 %, matching Nova's back-off spread. */
  public static final double DEFAULT_JITTER = 0.2;

  private final Nodes nodes;
  private final Duration interval;
  private final double jitter;
  private final Sleeper sleeper;
  private final DoubleSupplier random;

  /**
   * Creates a waiter.
   *
   * @param nodes the Ironic node API
   * @param interval the nominal sleep between checks (positive)
   * @param jitter relative jitter in {@code [0, 1)}: each sleep is {@code interval × (1 ± jitter)}
   * @param sleeper how to sleep
   * @param random uniform numbers in {@code [0, 1)}, for the jitter
   */
  public PollingConsoleStateWaiter(
      Nodes nodes, Duration interval, double jitter, Sleeper sleeper, DoubleSupplier random) {
    this.nodes = Objects.requireNonNull(nodes, "nodes");
    this.interval = Objects.requireNonNull(interval, "interval");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.random = Objects.requireNonNull(random, "random");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive, was " + interval);
    }
    if (!(jitter >= 0 && jitter < 1)) {
      throw new IllegalArgumentException("jitter must be in [0, 1), was " + jitter);
    }
    this.jitter = jitter;
  }

  /**
   * A waiter with Nova's timing (1 s ± 20 %) that really sleeps.
   *
   * @param nodes the Ironic node API
   * @return the waiter
   */
  public static PollingConsoleStateWaiter create(Nodes nodes) {
    return new PollingConsoleStateWaiter(
        nodes,
        DEFAULT_INTERVAL,
        DEFAULT_JITTER,
        Sleeper.system(),
        () -> ThreadLocalRandom.current().nextDouble());
  }

  @Override
  public ConsoleState await(String nodeUuid, boolean enabled, Duration timeout) {
    Objects.requireNonNull(nodeUuid, "nodeUuid");
    Objects.requireNonNull(timeout, "timeout");
    Duration slept = Duration.ZERO;
    while (true) {
      ConsoleState state = read(nodeUuid);
      if (state.consoleEnabled() == enabled) {
        return state;
      }
      Duration pause = nextPause();
      if (!timeout.isZero() && slept.plus(pause).compareTo(timeout) > 0) {
        LOG.warn(
            "Timeout ({} s) waiting for the console of node {} to become {}",
            timeout.toSeconds(),
            nodeUuid,
            enabled ? "enabled" : "disabled");
        throw new ConsoleNotAvailableException(
            "Timed out after "
                + timeout
                + " waiting for the console of node "
                + nodeUuid
                + " to become "
                + (enabled ? "enabled" : "disabled"),
            null);
      }
      sleep(pause, nodeUuid);
      slept = slept.plus(pause);
    }
  }

  private ConsoleState read(String nodeUuid) {
    try {
      return nodes.getConsole(nodeUuid);
    } catch (IronicException e) {
      throw new ConsoleNotAvailableException(
          "Could not read the console state of node " + nodeUuid + ": " + e.getMessage(), e);
    }
  }

  private Duration nextPause() {
    double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
    return Duration.ofNanos(Math.round(interval.toNanos() * factor));
  }

  private void sleep(Duration pause, String nodeUuid) {
    try {
      sleeper.sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConsoleNotAvailableException(
          "Interrupted while waiting for the console of node " + nodeUuid, e);
    }
  }
}
