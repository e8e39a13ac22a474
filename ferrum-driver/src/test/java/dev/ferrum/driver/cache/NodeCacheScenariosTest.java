package dev.ferrum.driver.cache;

import static dev.ferrum.driver.testing.FakeIronic.NODE_A;
import static dev.ferrum.driver.testing.FakeIronic.NODE_N;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.driver.VirtDriverNotReadyException;
import dev.ferrum.driver.ring.InvalidPeerListException;
import dev.ferrum.driver.ring.RingSettings;
import dev.ferrum.driver.testing.Answer;
import dev.ferrum.driver.testing.RecordedCall;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Node cache and ownership scenarios NC-01 … NC-12 and HR-08 (reference §6.1, §6.3). */
class NodeCacheScenariosTest extends CacheFixture {

  static final String C = "11111111-2222-3333-4444-555555555555";

  @Test
  @DisplayName("NC-01 a brand-new single compute owns all free nodes; SVC?, LIST, MINE? in order")
  void nc01SingleComputeOwnsAllFreeNodes() {
    ironic.addNode(NODE_N);
    ironic.addNode(NODE_A);
    ironic.addNode(C);
    ManagedNodes managed = new ManagedNodes(cache());

    assertThat(managed.availableNodes()).containsExactlyInAnyOrder(NODE_N, NODE_A, C);

    assertThat(hosts.calls())
        .extracting(FakeHosts.Call::what)
        .containsExactly("SVC?", "MINE?(host1)");
    assertThat(hosts.calls("SVC?").getFirst().ironicRequestsBefore()).isZero();
    assertThat(hosts.calls("MINE?").getFirst().ironicRequestsBefore()).isEqualTo(1);
    RecordedCall list = ironic.requests().getFirst();
    assertThat(ironic.requests()).hasSize(1);
    assertThat(LIST.test(list)).isTrue();
    assertThat(list.query()).containsOnlyKeys("fields");
    assertThat(list.param("fields")).isEqualTo(FIELDS);
  }

  @Test
  @DisplayName("NC-03 multiple computes split free nodes by the ring; no per-node fetches")
  void nc03RingSplitsFreeNodes() {
    ironic.addNode(NODE_N);
    ironic.addNode(NODE_A);
    ironic.addNode(C);
    hosts.service("compute-1", true).service("compute-2", true).service("compute-3", true);
    NodeCache cache = cache(RingSettings.forHost("compute-1"));

    assertThat(new ManagedNodes(cache).availableNodes()).containsExactly(NODE_N);

    assertThat(ironic.requests()).hasSize(1).allMatch(LIST);
    assertThat(cache.membership().orElseThrow().members())
        .containsExactlyInAnyOrder("compute-1", "compute-2", "compute-3");
  }

  @Test
  @DisplayName("NC-04 nodes carrying my instances are mine whatever the ring says")
  void nc04NodesWithMyInstancesAreMine() {
    // Ring {compute-1, compute-2}: A and ffff… map to compute-2; N and C map to compute-1.
    hosts.service("compute-1", true).service("compute-2", true);
    hosts.mine(INSTANCE);
    ironic.addNode(NODE_A).put("instance_uuid", INSTANCE);
    ironic.addNode(NODE_N);
    ironic.addNode(C);
    ironic.addNode("ffffffff-ffff-ffff-ffff-ffffffffffff");

    assertThat(new ManagedNodes(cache(RingSettings.forHost("compute-1"))).availableNodes())
        .containsExactlyInAnyOrder(NODE_A, NODE_N, C);
  }

  @Test
  @DisplayName("NC-05 nodes carrying someone else's instance are never mine")
  void nc05NodesWithOthersInstancesAreNotMine() {
    ironic.addNode(NODE_N).put("instance_uuid", OTHER_INSTANCE);
    ironic.addNode(NODE_A);
    ironic.addNode(C);

    assertThat(new ManagedNodes(cache()).availableNodes()).containsExactlyInAnyOrder(NODE_A, C);
  }

  @Test
  @DisplayName("NC-07 mixed population: maintenance and bad power do not affect ownership")
  void nc07MixedPopulation() {
    String a = "0a000000-0000-4000-8000-000000000001";
    String b = "0b000000-0000-4000-8000-000000000002";
    String c = "0c000000-0000-4000-8000-000000000003";
    String d = "0d000000-0000-4000-8000-000000000004";
    ironic.addNode(a).put("maintenance", true).put("power_state", "power off");
    ironic.addNode(b).put("instance_uuid", INSTANCE).put("power_state", "power on");
    ironic.addNode(c).put("instance_uuid", OTHER_INSTANCE).put("power_state", "power on");
    ironic.addNode(d).put("power_state", "error");
    hosts.mine(INSTANCE);

    assertThat(new ManagedNodes(cache()).availableNodes()).containsExactly(a, b, d);
  }

  @Test
  @DisplayName("NC-08 API-side filters for conductor group and shard")
  void nc08ApiSideFilters() {
    ironic.addNode(NODE_N).put("conductor_group", "some-group").put("shard", "shard1");
    record Run(String group, String shard, Map<String, String> filters) {}
    List<Run> runs =
        List.of(
            new Run("some-group", null, Map.of("conductor_group", "some-group")),
            new Run(null, "shard1", Map.of("shard", "shard1")),
            new Run(
                "some-group",
                "shard1",
                Map.of("conductor_group", "some-group", "shard", "shard1")));
    for (Run run : runs) {
      ironic.clearRequests();
      NodeCache cache = cache(settings(HOST, run.group(), run.shard()));

      assertThat(new ManagedNodes(cache).availableNodes())
          .as(run.toString())
          .containsExactly(NODE_N);

      RecordedCall list = ironic.requests(LIST).getFirst();
      Map<String, String> filters = new java.util.HashMap<>(list.query());
      filters.remove("fields");
      assertThat(filters).as(run.toString()).isEqualTo(run.filters());
    }
  }

  @Test
  @DisplayName("NC-08 an empty conductor group is a filter too (Ironic's default group)")
  void nc08EmptyConductorGroupIsAFilter() {
    ironic.addNode(NODE_N);
    ironic.addNode(NODE_A).put("conductor_group", "other");

    assertThat(new ManagedNodes(cache(settings(HOST, "", null))).availableNodes())
        .containsExactly(NODE_N);
    assertThat(ironic.requests(LIST).getFirst().param("conductor_group")).isEmpty();
  }

  @Test
  @DisplayName("NC-09 filters when the API is too old: error logged, refresh still succeeds")
  void nc09FiltersWhenApiTooOld() {
    ironic.addNode(NODE_N).put("conductor_group", "some-group").put("shard", "shard1");

    ironic.maxMicroversion(45);
    NodeCache old = cache(settings(HOST, "some-group", null));
    assertThat(new ManagedNodes(old).availableNodes()).containsExactly(NODE_N);
    assertThat(ironic.requests(LIST).getFirst().query()).containsOnlyKeys("fields");

    ironic.clearRequests();
    client.close();
    ironic.maxMicroversion(81);
    client = ironic.client();
    NodeCache noShards = cache(settings(HOST, "some-group", "shard1"));
    assertThat(new ManagedNodes(noShards).availableNodes()).containsExactly(NODE_N);
    assertThat(ironic.requests(LIST).getFirst().query())
        .containsOnlyKeys("fields", "conductor_group");
  }

  @Test
  @DisplayName("NC-09 a failed conductor-group check also drops a supported shard filter")
  void nc09FailedConductorGroupCheckDropsShard() {
    ironic.addNode(NODE_N);
    ironic.maxMicroversion(45);
    RingSettings both =
        new RingSettings(HOST, Optional.of("shard1"), Optional.of("some-group"), List.of(HOST));

    new ManagedNodes(cache(both)).availableNodes();

    assertThat(ironic.requests(LIST).getFirst().query()).containsOnlyKeys("fields");
  }

  @Test
  @DisplayName("NC-11 pagination: every page is listed before ownership is decided")
  void nc11Pagination() {
    ironic.addNode(NODE_N);
    ironic.addNode(NODE_A);
    ironic.addNode(C);
    ironic.pageSize(2);

    assertThat(new ManagedNodes(cache()).availableNodes()).containsExactly(NODE_N, NODE_A, C);

    assertThat(ironic.requests(LIST)).hasSize(2);
    assertThat(ironic.requests(LIST).get(1).param("marker")).isEqualTo(NODE_A);
    assertThat(hosts.calls("MINE?").getFirst().ironicRequestsBefore()).isEqualTo(2);
  }

  @Test
  @DisplayName("NC-11 a failure on a later page becomes VirtDriverNotReady (drained in the guard)")
  void nc11FailureWhilePagingIsNotReady() {
    ironic.addNode(NODE_N);
    ironic.addNode(NODE_A);
    ironic.addNode(C);
    ironic.pageSize(2);
    ironic.enqueue(
        "GET",
        "/v1/nodes",
        Answer.after(() -> ironic.respond("GET", "/v1/nodes", Answer.status(500))));
    NodeCache cache = cache();

    assertThatThrownBy(cache::refresh)
        .isInstanceOf(VirtDriverNotReadyException.class)
        .hasCauseInstanceOf(dev.ferrum.ironic.client.IronicException.class);
    assertThat(cache.snapshot().isEmpty()).isTrue();
    assertThat(hosts.calls("MINE?")).isEmpty();
    assertThat(ironic.requests(LIST).get(1).param("marker")).isEqualTo(NODE_A);
  }

  @Test
  @DisplayName("NC-12 every get_available_nodes refreshes; get_nodenames_by_uuid maps uuid to uuid")
  void nc12RefreshOnEveryCall() {
    ironic.addNode(NODE_N);
    ironic.addNode(NODE_A);
    ManagedNodes managed = new ManagedNodes(cache());

    managed.availableNodes();
    managed.availableNodes();
    assertThat(managed.nodenamesByUuid()).isEqualTo(Map.of(NODE_N, NODE_N, NODE_A, NODE_A));

    assertThat(ironic.requests(LIST)).hasSize(3);
    assertThat(hosts.calls("SVC?")).hasSize(3);
    assertThat(hosts.calls("MINE?")).hasSize(3);
  }

  @Test
  @DisplayName("HR-08 constructor makes no calls; init_host rebuilds the ring once, lists no node")
  void hr08InitHost() {
    ironic.addNode(NODE_N);
    hosts.service("foo", true);

    NodeCache cache = cache(RingSettings.forHost("foo"));
    assertThat(ironic.requests()).isEmpty();
    assertThat(hosts.calls()).isEmpty();
    assertThat(ironic.discoveries()).isZero();

    assertThat(cache.refreshRing().members()).containsExactly("foo");

    assertThat(hosts.calls("SVC?")).hasSize(1);
    assertThat(ironic.requests()).isEmpty();
    assertThat(cache.snapshot().isEmpty()).isTrue();
    assertThat(cache.snapshot().refreshedAt()).isEmpty();
  }

  @Test
  void invalidPeerListEscapesTheRefreshUnwrappedAndNothingIsListed() {
    ironic.addNode(NODE_N);
    RingSettings bad = new RingSettings(HOST, Optional.empty(), Optional.of("g"), List.of("host2"));

    assertThatThrownBy(() -> new ManagedNodes(cache(bad)).availableNodes())
        .isInstanceOf(InvalidPeerListException.class);
    assertThat(ironic.requests()).isEmpty();
  }

  @Test
  void refreshStampsTheClockAndReplacesTheSnapshot() {
    ironic.addNode(NODE_N);
    NodeCache cache = cache();

    NodeCacheSnapshot first = cache.refresh();
    ironic.removeNode(NODE_N);
    ironic.addNode(NODE_A);
    NodeCacheSnapshot second = cache.refresh();

    assertThat(first.nodeUuids()).containsExactly(NODE_N);
    assertThat(second.nodeUuids()).containsExactly(NODE_A);
    assertThat(second.refreshedAt()).contains(NOW);
    assertThat(cache.snapshot()).isSameAs(second);
  }

  @Test
  void anUnreachableIronicDuringTheRingsVersionCheckIsNotReady() {
    NodeCache cache = cache(settings(HOST, "some-group", null));
    ironic.close();

    assertThatThrownBy(cache::refreshRing).isInstanceOf(VirtDriverNotReadyException.class);
    assertThatThrownBy(cache::refresh).isInstanceOf(VirtDriverNotReadyException.class);
    assertThat(hosts.calls("MINE?")).isEmpty();
  }
}
