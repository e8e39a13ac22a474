package dev.ferrum.driver.console;

import dev.ferrum.driver.watch.NodeWatcher;
import dev.ferrum.driver.watch.Observation;
import dev.ferrum.driver.watch.Verdict;
import dev.ferrum.driver.watch.WaitSpec;
import dev.ferrum.driver.watch.WatchTarget;
import dev.ferrum.ironic.client.model.ConsoleState;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@link ConsoleStateWaiter} served by the driver's shared {@link NodeWatcher}, so console waits
 * join the one poller every other wait uses instead of running a polling loop of their own.
 *
 * <p>It exists as the production alternative to {@link PollingConsoleStateWaiter}. Differences from
 * Nova's console back-off: checks come at the watcher's interval (its {@code api_retry_interval},
 * not 1 s), and the budget is measured on the watcher's clock from the first poll rather than as
 * accumulated sleep. Any failure of the wait (a console read error, the budget running out, the
 * watcher closing) becomes {@link ConsoleNotAvailableException}. Thread-safe.
 */
public final class WatcherConsoleStateWaiter implements ConsoleStateWaiter {

  private final NodeWatcher watcher;

  /**
   * Creates the waiter.
   *
   * @param watcher the shared node watcher
   */
  public WatcherConsoleStateWaiter(NodeWatcher watcher) {
    this.watcher = Objects.requireNonNull(watcher, "watcher");
  }

  @Override
  public ConsoleState await(String nodeUuid, boolean enabled, Duration timeout) {
    Objects.requireNonNull(nodeUuid, "nodeUuid");
    Objects.requireNonNull(timeout, "timeout");
    String what =
        "the console of node " + nodeUuid + (enabled ? " to be enabled" : " to be disabled");
    WaitSpec spec =
        WaitSpec.of(
                WatchTarget.console(nodeUuid),
                obs ->
                    obs instanceof Observation.SeenConsole c
                            && c.console().consoleEnabled() == enabled
                        ? Verdict.done()
                        : Verdict.pending(),
                what)
            .withTimeout(timeout);
    Observation seen;
    try {
      seen = watcher.await(spec);
    } catch (RuntimeException e) {
      throw new ConsoleNotAvailableException(
          "Gave up waiting for " + what + ": " + e.getMessage(), e);
    }
    return ((Observation.SeenConsole) seen).console();
  }
}
