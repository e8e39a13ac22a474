package dev.ferrum.driver.console;

import static dev.ferrum.driver.testing.FakeIronic.NODE_N;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.driver.testing.Answer;
import dev.ferrum.driver.testing.FakeIronic;
import dev.ferrum.ironic.client.IronicClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Timing and failure behaviour of the polling console-state waiter. */
class PollingConsoleStateWaiterTest {

  private static final String CONSOLE = "/v1/nodes/" + NODE_N + "/states/console";

  private FakeIronic ironic;
  private IronicClient client;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    ironic = FakeIronic.start();
    client = ironic.client();
    ironic.addNode(NODE_N);
  }

  @AfterEach
  void stop() {
    client.close();
    ironic.close();
  }

  private PollingConsoleStateWaiter waiter(double random) {
    return new PollingConsoleStateWaiter(
        client.nodes(), Duration.ofSeconds(1), 0.2, sleeps::add, () -> random);
  }

  @Test
  void aStateAlreadyReachedReturnsAfterOneReadWithoutSleeping() {
    assertThat(waiter(0.5).await(NODE_N, false, Duration.ofSeconds(10)).consoleEnabled()).isFalse();
    assertThat(ironic.requests()).hasSize(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void pollsUntilTheStateIsReached() {
    ironic.enqueue(
        "GET",
        CONSOLE,
        Answer.after(() -> {}),
        Answer.after(() -> ironic.node(NODE_N).put("console_enabled", true)));

    assertThat(waiter(0.5).await(NODE_N, true, Duration.ofSeconds(10)).consoleEnabled()).isTrue();
    assertThat(ironic.requests()).hasSize(3);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void jitterStretchesAndShrinksEachSleepBy20Percent() {
    assertThatThrownBy(() -> waiter(0.0).await(NODE_N, true, Duration.ofSeconds(2)))
        .isInstanceOf(ConsoleNotAvailableException.class);
    assertThat(sleeps).containsExactly(Duration.ofMillis(800), Duration.ofMillis(800));
    sleeps.clear();

    assertThatThrownBy(() -> waiter(0.999999).await(NODE_N, true, Duration.ofSeconds(2)))
        .isInstanceOf(ConsoleNotAvailableException.class);
    assertThat(sleeps).hasSize(1);
    assertThat(sleeps.getFirst()).isBetween(Duration.ofMillis(1199), Duration.ofMillis(1200));
  }

  @Test
  void givesUpBeforeASleepThatWouldExceedTheBudget() {
    assertThatThrownBy(() -> waiter(0.5).await(NODE_N, true, Duration.ofMillis(999)))
        .isInstanceOf(ConsoleNotAvailableException.class)
        .hasMessageContaining("Timed out");
    assertThat(ironic.requests()).hasSize(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void aZeroTimeoutWaitsAsLongAsItTakes() {
    Answer[] notYet = new Answer[29];
    java.util.Arrays.fill(notYet, Answer.after(() -> {}));
    ironic.enqueue("GET", CONSOLE, notYet);
    ironic.enqueue(
        "GET", CONSOLE, Answer.after(() -> ironic.node(NODE_N).put("console_enabled", true)));

    assertThat(waiter(0.5).await(NODE_N, true, Duration.ZERO).consoleEnabled()).isTrue();
    assertThat(sleeps).hasSize(30);
  }

  @Test
  void aReadFailureIsConsoleNotAvailable() {
    ironic.respond("GET", CONSOLE, Answer.error(404, "gone"));

    assertThatThrownBy(() -> waiter(0.5).await(NODE_N, true, Duration.ofSeconds(5)))
        .isInstanceOf(ConsoleNotAvailableException.class)
        .hasCauseInstanceOf(dev.ferrum.ironic.client.IronicNotFoundException.class);
  }

  @Test
  void anInterruptedSleepStopsTheWaitAndKeepsTheFlag() {
    PollingConsoleStateWaiter w =
        new PollingConsoleStateWaiter(
            client.nodes(),
            Duration.ofSeconds(1),
            0,
            d -> {
              throw new InterruptedException();
            },
            () -> 0.5);

    try {
      assertThatThrownBy(() -> w.await(NODE_N, true, Duration.ZERO))
          .isInstanceOf(ConsoleNotAvailableException.class)
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void rejectsNonsenseTiming() {
    assertThatThrownBy(() ->
            new PollingConsoleStateWaiter(client.nodes(), Duration.ZERO, 0.2, d -> {}, () -> 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() ->
            new PollingConsoleStateWaiter(
                client.nodes(), Duration.ofSeconds(1), 1.0, d -> {}, () -> 0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
