package dev.ferrum.driver.console;

import dev.ferrum.ironic.client.model.ConsoleState;
import java.time.Duration;

/**
 * Waits until a node's console reaches the wanted enabled state.
 *
 * <p>It exists to keep waiting apart from the console steps: the steps say what state they need and
 * how long they may wait; how the state is observed (one poller per wait as in Nova, or a shared
 * watcher serving many waiters) is the implementation's business, and tests inject one that never
 * sleeps. {@link PollingConsoleStateWaiter} is the simple implementation.
 */
@FunctionalInterface
public interface ConsoleStateWaiter {

  /**
   * Waits until {@code console_enabled} equals {@code enabled}; the first check happens at once.
   *
   * @param nodeUuid the node
   * @param enabled the wanted state
   * @param timeout the wait budget; {@link Duration#ZERO} waits for ever
   * @return the console state that matched
   * @throws ConsoleNotAvailableException if the state cannot be read or the budget runs out
   */
  ConsoleState await(String nodeUuid, boolean enabled, Duration timeout);
}
