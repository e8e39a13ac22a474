package dev.ferrum.driver.watch;

import static dev.ferrum.driver.testing.FakeIronic.NODE_A;
import static dev.ferrum.driver.testing.FakeIronic.NODE_N;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.driver.testing.FakeIronic;
import dev.ferrum.driver.testing.RecordedCall;
import dev.ferrum.ironic.client.IronicClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The shared poller: fetch strategy, budgets, cancellation, with a virtual clock. */
class NodeWatcherTest {

  @AutoClose final FakeIronic ironic = FakeIronic.start();
  @AutoClose final IronicClient client = ironic.client();

  /** Virtual time: the watcher's sleeps advance it instead of sleeping. */
  private final AtomicLong now = new AtomicLong();

  private final List<Duration> slept = new CopyOnWriteArrayList<>();

  private NodeWatcher watcher(Duration interval, int threshold) {
    return new NodeWatcher(
        client,
        interval,
        threshold,
        Optional.of("group-1"),
        Optional.empty(),
        d -> {
          slept.add(d);
          now.addAndGet(d.toNanos());
        },
        now::get);
  }

  private static NodeCondition provision(String state) {
    return obs ->
        obs instanceof Observation.Seen s && state.equals(s.node().provisionState())
            ? Verdict.done()
            : Verdict.pending();
  }

  @Test
  void fewTargetsArePolledOneByOne() {
    ironic.addNode(NODE_N).put("provision_state", "active");
    ironic.addNode(NODE_A).put("instance_uuid", "i-1").put("provision_state", "active");
    try (NodeWatcher w = watcher(Duration.ZERO, 8)) {
      Wait a = w.watch(WaitSpec.of(WatchTarget.node(NODE_N), provision("active"), "N active"));
      Wait b = w.watch(WaitSpec.of(WatchTarget.instance("i-1"), provision("active"), "i-1"));
      a.await();
      b.await();
    }
    assertThat(ironic.requests()).noneMatch(c -> c.param("conductor_group") != null);
    assertThat(ironic.requests().stream().map(RecordedCall::path))
        .contains("/v1/nodes/" + NODE_N, "/v1/nodes");
  }

  @Test
  void manyTargetsShareOneProjectedListPerRound() throws Exception {
    List<Wait> waits = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String uuid = i == 0 ? NODE_N : "0000000" + i + "-0000-0000-0000-000000000000";
      ironic
          .addNode(uuid)
          .put("instance_uuid", "inst-" + i)
          .put("provision_state", "deploying")
          .put("conductor_group", "group-1");
    }
    ironic.onRead(NODE_N, n -> {}, n -> {}, n -> n.put("provision_state", "active"));
    try (NodeWatcher w = watcher(Duration.ofSeconds(2), 2)) {
      for (int i = 0; i < 5; i++) {
        waits.add(
            w.watch(
                WaitSpec.of(WatchTarget.instance("inst-" + i), provision("active"), "inst " + i)
                    .withMaxPolls(3)));
      }
      waits.get(0).await();
      for (int i = 1; i < 5; i++) {
        Wait wt = waits.get(i);
        assertThatThrownBy(wt::await).isInstanceOf(WaitTimeoutException.class);
      }
    }
    List<RecordedCall> lists = ironic.requests("GET", "/v1/nodes");
    assertThat(ironic.requests()).hasSameSizeAs(lists);
    assertThat(lists.size()).isBetween(3, 4);
    assertThat(lists.get(0).param("fields"))
        .isEqualTo(
            "uuid,provision_state,target_provision_state,power_state,target_power_state,"
                + "last_error,instance_uuid,maintenance");
    assertThat(lists.get(0).param("conductor_group")).isEqualTo("group-1");
    assertThat(slept).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(2)));
  }

  @Test
  void timeBudgetUsesTheInjectedClock() {
    ironic.addNode(NODE_N).put("provision_state", "deploying");
    try (NodeWatcher w = watcher(Duration.ofSeconds(2), 8)) {
      Wait wt =
          w.watch(
              WaitSpec.of(WatchTarget.node(NODE_N), provision("active"), "N active")
                  .withTimeout(Duration.ofSeconds(5)));
      assertThatThrownBy(wt::await)
          .isInstanceOf(WaitTimeoutException.class)
          .hasMessageContaining("N active");
      assertThat(((WaitTimeoutException) catchIt(wt)).lastSeen()).isPresent();
    }
    assertThat(ironic.requests()).hasSizeBetween(3, 4);
  }

  @Test
  void abortCheckFailsTheWaitWithoutAFetch() {
    ironic.addNode(NODE_N);
    try (NodeWatcher w = watcher(Duration.ZERO, 8)) {
      RuntimeException stop = new IllegalStateException("deleted meanwhile");
      Wait wt =
          w.watch(
              WaitSpec.of(WatchTarget.node(NODE_N), provision("active"), "N")
                  .withAbortCheck(() -> Optional.of(stop)));
      assertThatThrownBy(wt::await).isSameAs(stop);
    }
    assertThat(ironic.requests()).isEmpty();
  }

  @Test
  void cancelledWaitIsNotPolledAgainAndCloseCancelsTheRest() {
    ironic.addNode(NODE_N).put("provision_state", "deploying");
    NodeWatcher w = watcher(Duration.ofSeconds(1), 8);
    Wait a = w.watch(WaitSpec.of(WatchTarget.node(NODE_N), provision("active"), "a"));
    a.cancel("instance deleted");
    assertThatThrownBy(a::await)
        .isInstanceOf(WaitCancelledException.class)
        .hasMessageContaining("instance deleted");
    Wait b = w.watch(WaitSpec.of(WatchTarget.node(NODE_N), provision("active"), "b"));
    w.close();
    assertThatThrownBy(b::await).isInstanceOf(WaitCancelledException.class);
    assertThat(w.watching()).isZero();
  }

  @Test
  void absentNodeIsAnObservationAndConditionFailuresPropagate() {
    try (NodeWatcher w = watcher(Duration.ZERO, 8)) {
      Observation o =
          w.await(
              WaitSpec.of(
                  WatchTarget.node("missing"),
                  obs -> obs instanceof Observation.Absent ? Verdict.done() : Verdict.pending(),
                  "gone"));
      assertThat(o).isInstanceOf(Observation.Absent.class);
      RuntimeException boom = new IllegalArgumentException("boom");
      assertThatThrownBy(() ->
              w.await(
                  WaitSpec.of(
                      WatchTarget.node("missing"),
                      obs -> {
                        throw boom;
                      },
                      "x")))
          .isSameAs(boom);
    }
  }

  @Test
  void consoleTargetsReadTheConsoleEndpoint() {
    ironic.addNode(NODE_N).put("console_enabled", true);
    try (NodeWatcher w = watcher(Duration.ZERO, 8)) {
      Observation o =
          w.await(
              WaitSpec.of(
                  WatchTarget.console(NODE_N),
                  obs ->
                      obs instanceof Observation.SeenConsole c && c.console().consoleEnabled()
                          ? Verdict.done()
                          : Verdict.pending(),
                  "console on"));
      assertThat(o).isInstanceOf(Observation.SeenConsole.class);
    }
    assertThat(ironic.requests().get(0).path())
        .isEqualTo("/v1/nodes/" + NODE_N + "/states/console");
  }

  private static Throwable catchIt(Wait w) {
    try {
      w.await();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }
}
