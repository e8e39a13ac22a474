package dev.ferrum.driver.console;

import static dev.ferrum.driver.testing.FakeIronic.NODE_N;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.driver.testing.Answer;
import dev.ferrum.driver.testing.FakeIronic;
import dev.ferrum.driver.watch.NodeWatcher;
import dev.ferrum.driver.watch.WaitTimeoutException;
import dev.ferrum.driver.watch.WatcherConsoleStateWaiter;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.IronicException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** NodeConsoles with waits served by the driver's shared NodeWatcher, on a virtual clock. */
class WatcherConsoleStateWaiterTest {

  private static final String CONSOLE = "/v1/nodes/" + NODE_N + "/states/console";

  private FakeIronic ironic;
  private IronicClient client;
  private NodeWatcher watcher;
  private final AtomicLong now = new AtomicLong();
  private final List<Duration> slept = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    ironic = FakeIronic.start();
    client = ironic.client();
    ironic.addNode(NODE_N);
    watcher =
        new NodeWatcher(
            client,
            Duration.ofSeconds(1),
            8,
            Optional.empty(),
            Optional.empty(),
            d -> {
              slept.add(d);
              now.addAndGet(d.toNanos());
            },
            now::get);
  }

  @AfterEach
  void stop() {
    watcher.close();
    client.close();
    ironic.close();
  }

  @Test
  void returnsTheConsoleStateOnceReached() {
    ironic.enqueue(
        "GET", CONSOLE, Answer.after(() -> ironic.node(NODE_N).put("console_enabled", true)));

    assertThat(
            new WatcherConsoleStateWaiter(watcher)
                .await(NODE_N, true, Duration.ofSeconds(10))
                .consoleEnabled())
        .isTrue();
    assertThat(ironic.requests("GET", CONSOLE)).hasSize(2);
  }

  @Test
  void theBudgetRunningOutIsConsoleNotAvailable() {
    assertThatThrownBy(
            () -> new WatcherConsoleStateWaiter(watcher).await(NODE_N, true, Duration.ofSeconds(3)))
        .isInstanceOf(ConsoleNotAvailableException.class)
        .hasCauseInstanceOf(WaitTimeoutException.class);
    assertThat(ironic.requests("GET", CONSOLE)).hasSizeBetween(3, 5);
  }

  @Test
  void aReadFailureIsConsoleNotAvailable() {
    ironic.respond("GET", CONSOLE, Answer.error(403, "forbidden"));

    assertThatThrownBy(() ->
            new WatcherConsoleStateWaiter(watcher).await(NODE_N, false, Duration.ofSeconds(3)))
        .isInstanceOf(ConsoleNotAvailableException.class)
        .hasCauseInstanceOf(IronicException.class);
  }

  @Test
  void servesTheSerialConsoleReset() {
    ironic.node(NODE_N).put("instance_uuid", "9a0c3a2e-5b0f-4a55-9f1e-3c0d2f3b4a51");
    ironic.node(NODE_N).put("console_enabled", true);
    NodeConsoles consoles =
        new NodeConsoles(
            client.nodes(), new WatcherConsoleStateWaiter(watcher), ConsoleSettings.defaults());

    assertThat(consoles.serialConsole("9a0c3a2e-5b0f-4a55-9f1e-3c0d2f3b4a51"))
        .isEqualTo(new ConsoleEndpoint.Serial("127.0.0.1", 10000));
  }
}
