package dev.ferrum.driver.watch;

import dev.ferrum.driver.console.ConsoleNotAvailableException;
import dev.ferrum.driver.console.ConsoleStateWaiter;
import dev.ferrum.ironic.client.IronicException;
import dev.ferrum.ironic.client.model.ConsoleState;
import java.time.Duration;
import java.util.Objects;

/**
 * Console-mode waits served by the shared {@link NodeWatcher} instead of a poller per wait.
 *
 * <p>Exists so serial/VNC console waits obey the same one-poller rule as every other wait. The
 * checks run at the watcher's interval ({@code api_retry_interval}) rather than Nova's ≈1 s
 * back-off; the budget is the same. A failed read or an exhausted budget is a {@link
 * ConsoleNotAvailableException}, as the console steps expect.
 */
public final class WatcherConsoleStateWaiter implements ConsoleStateWaiter {

  private final NodeWatcher watcher;

  /** Waits through {@code watcher}. */
  public WatcherConsoleStateWaiter(NodeWatcher watcher) {
    this.watcher = Objects.requireNonNull(watcher, "watcher");
  }

  @Override
  public ConsoleState await(String nodeUuid, boolean enabled, Duration timeout) {
    WaitSpec spec =
        WaitSpec.of(
                WatchTarget.console(nodeUuid),
                obs ->
                    obs instanceof Observation.SeenConsole c
                            && c.console().consoleEnabled() == enabled
                        ? Verdict.done()
                        : Verdict.pending(),
                "the console of node "
                    + nodeUuid
                    + " to become "
                    + (enabled ? "enabled" : "disabled"))
            .withTimeout(timeout);
    try {
      return ((Observation.SeenConsole) watcher.await(spec)).console();
    } catch (WaitTimeoutException | WaitCancelledException | IronicException e) {
      throw new ConsoleNotAvailableException(e.getMessage(), e);
    }
  }
}
