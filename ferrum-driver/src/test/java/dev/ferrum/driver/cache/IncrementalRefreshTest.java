package dev.ferrum.driver.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.driver.IronicDriverConfig;
import dev.ferrum.driver.ring.RingSettings;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.simulator.IronicSimulator;
import dev.ferrum.ironic.simulator.ManualClock;
import dev.ferrum.ironic.simulator.NodeSeed;
import dev.ferrum.ironic.simulator.SimulatorClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The incremental node cache refresh against the simulator, whose {@code updated_at} order and
 * marker paging behave like Ironic's: which refreshes are full, what an incremental one reads, and
 * what it cannot see until the next full one.
 */
class IncrementalRefreshTest {

  private static final String HOST = "host1";
  private static final String DETAIL = "GET /v1/nodes/detail";
  private static final String LIST = "GET /v1/nodes";
  private static final Duration FULL_EVERY = Duration.ofMinutes(10);

  private ManualClock time;
  private IronicSimulator sim;
  private IronicClient client;
  private final Set<String> myInstances = new CopyOnWriteArraySet<>();
  private List<String> nodes;

  @BeforeEach
  void start() {
    time = SimulatorClock.manual(Instant.parse("2026-01-01T00:00:00Z"));
    sim = IronicSimulator.builder().port(0).nodes(0).clock(time).build().start();
    nodes = sim.control().seed(NodeSeed.builder(20).powerState("power off").build());
    // Every node updated once, 3 s apart (more than the overlap), as in a deployment that has
    // been running for a while.
    nodes.forEach(n -> {
      sim.control().setMaintenance(n, true, "burn-in");
      sim.control().setMaintenance(n, false, null);
      time.advance(Duration.ofSeconds(3));
    });
    time.advance(Duration.ofMinutes(1));
    client = IronicClient.builder().endpoint(sim.baseUri()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    sim.close();
  }

  private NodeCache cache(RefreshPolicy policy) {
    return new NodeCache(client, RingSettings.forHost(HOST), new Hosts(), clock(), policy);
  }

  private Clock clock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return time.now();
      }
    };
  }

  private Map<String, Long> countsAround(Runnable r) {
    sim.control().resetRequestCounts();
    r.run();
    return sim.control().requestCounts();
  }

  @Test
  void firstRefreshIsFullAndReadsTheHighWaterMarkFirst() {
    NodeCache cache = cache(RefreshPolicy.incremental(FULL_EVERY));

    Map<String, Long> counts = countsAround(cache::refresh);

    assertThat(counts).containsEntry(DETAIL, 1L).containsEntry(LIST, 1L);
    assertThat(counts.keySet()).filteredOn(k -> k.startsWith("GET /v1")).hasSize(2);
    assertThat(cache.fullRefreshCount()).isEqualTo(1);
    assertThat(cache.snapshot().nodeUuids()).containsExactlyInAnyOrderElementsOf(nodes);
  }

  @Test
  void incrementalRefreshReadsOnlyTheChangedNodesAndMergesThem() {
    NodeCache cache = cache(RefreshPolicy.incremental(FULL_EVERY));
    cache.refresh();
    time.advance(Duration.ofSeconds(30));
    sim.control().setMaintenance(nodes.get(3), true, "disk");
    sim.control().forcePowerState(nodes.get(7), "power on");

    Map<String, Long> counts = countsAround(cache::refresh);

    assertThat(counts).containsOnly(Map.entry(DETAIL, 1L));
    assertThat(cache.incrementalRefreshCount()).isEqualTo(1);
    NodeCacheSnapshot s = cache.snapshot();
    assertThat(s.nodeUuids()).hasSize(20);
    assertThat(s.node(nodes.get(3)).orElseThrow().maintenance()).isTrue();
    assertThat(s.node(nodes.get(7)).orElseThrow().powerState()).isEqualTo("power on");
    assertThat(s.node(nodes.get(5)).orElseThrow().maintenance()).isFalse();
    // Merged nodes carry the same projection as listed ones, not the detail body.
    Node merged = s.node(nodes.get(3)).orElseThrow();
    assertThat(merged.driverInfo()).isNull();
    assertThat(merged.updatedAt()).isNull();
    assertThat(merged.properties()).isEqualTo(s.node(nodes.get(5)).orElseThrow().properties());
  }

  @Test
  void changesOverSeveralPagesAreAllRead() {
    NodeCache cache = cache(new RefreshPolicy(FULL_EVERY, Duration.ofSeconds(2), 2));
    cache.refresh();
    time.advance(Duration.ofSeconds(30));
    for (int i = 0; i < 5; i++) {
      sim.control().setMaintenance(nodes.get(i), true, "rack " + i);
      time.advance(Duration.ofMillis(10));
    }

    Map<String, Long> counts = countsAround(cache::refresh);

    // Five changed nodes and the node at the mark (overlap) on pages of two: three full pages,
    // then a fourth that starts with an older node and ends the listing.
    assertThat(counts).containsOnly(Map.entry(DETAIL, 4L));
    for (int i = 0; i < 5; i++) {
      assertThat(cache.snapshot().node(nodes.get(i)).orElseThrow().maintenance()).isTrue();
    }
  }

  @Test
  void theOverlapReReadsNodesStampedJustBeforeTheMark() {
    // Node 0 changes 1 s before node 1, the newest change: the mark is node 1's time. A change of
    // node 0 committed after a refresh read the mark would carry that older stamp.
    time.advance(Duration.ofSeconds(10));
    sim.control().setMaintenance(nodes.get(0), true, "a");
    time.advance(Duration.ofSeconds(1));
    sim.control().setMaintenance(nodes.get(1), true, "b");
    NodeCache withOverlap = cache(RefreshPolicy.incremental(FULL_EVERY));
    NodeCache withoutOverlap = cache(new RefreshPolicy(FULL_EVERY, Duration.ZERO, 100));
    withOverlap.refresh();
    withoutOverlap.refresh();
    // Eviction drops node 0 from both caches; only a listing that reads it again restores it.
    withOverlap.evict(nodes.get(0));
    withoutOverlap.evict(nodes.get(0));
    time.advance(Duration.ofSeconds(30));

    withOverlap.refresh();
    withoutOverlap.refresh();

    assertThat(withOverlap.incrementalRefreshCount()).isEqualTo(1);
    assertThat(withOverlap.snapshot().nodeUuids()).contains(nodes.get(0));
    assertThat(withoutOverlap.snapshot().nodeUuids()).doesNotContain(nodes.get(0));
  }

  @Test
  void nothingChangedReadsOnePageAndKeepsEveryNode() {
    NodeCache cache = cache(RefreshPolicy.incremental(FULL_EVERY));
    cache.refresh();
    time.advance(Duration.ofSeconds(30));

    Map<String, Long> counts = countsAround(cache::refresh);

    assertThat(counts).containsOnly(Map.entry(DETAIL, 1L));
    assertThat(cache.snapshot().nodeUuids()).hasSize(20);
  }

  @Test
  void deletionsAppearAtTheNextFullRefresh() {
    NodeCache cache = cache(RefreshPolicy.incremental(FULL_EVERY));
    cache.refresh();
    sim.control().deleteNode(nodes.get(0));
    time.advance(Duration.ofSeconds(30));

    cache.refresh();
    assertThat(cache.snapshot().nodeUuids()).contains(nodes.get(0));

    time.advance(FULL_EVERY);
    Map<String, Long> counts = countsAround(cache::refresh);

    assertThat(counts).containsEntry(LIST, 1L);
    assertThat(cache.fullRefreshCount()).isEqualTo(2);
    assertThat(cache.snapshot().nodeUuids()).doesNotContain(nodes.get(0)).hasSize(19);
  }

  @Test
  void ownershipIsDecidedAgainForChangedNodes() {
    NodeCache cache = cache(RefreshPolicy.incremental(FULL_EVERY));
    cache.refresh();
    time.advance(Duration.ofSeconds(30));
    client.nodes().reserve(nodes.get(2), "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f"); // not ours

    cache.refresh();

    assertThat(cache.incrementalRefreshCount()).isEqualTo(1);
    assertThat(cache.snapshot().nodeUuids()).doesNotContain(nodes.get(2)).hasSize(19);
  }

  @Test
  void anInstanceMovingToThisHostIsManagedWithoutANodeChange() {
    String instance = "9a0c3a2e-5b0f-4a55-9f1e-3c0d2f3b4a51";
    client.nodes().reserve(nodes.get(4), instance);
    time.advance(Duration.ofMinutes(1));
    NodeCache cache = cache(RefreshPolicy.incremental(FULL_EVERY));
    cache.refresh();
    assertThat(cache.snapshot().nodeUuids()).doesNotContain(nodes.get(4));
    myInstances.add(instance);
    time.advance(Duration.ofSeconds(30));

    cache.refresh();

    assertThat(cache.incrementalRefreshCount()).isEqualTo(1);
    assertThat(cache.snapshot().nodeForInstance(instance)).isPresent();
  }

  @Test
  void evictedNodesDoNotComeBackFromTheLastListing() {
    NodeCache cache = cache(RefreshPolicy.incremental(FULL_EVERY));
    cache.refresh();
    cache.evict(nodes.get(6));
    time.advance(Duration.ofSeconds(30));

    cache.refresh();

    assertThat(cache.snapshot().nodeUuids()).doesNotContain(nodes.get(6));
  }

  @Test
  void alwaysFullListsEveryTimeWithoutTheMarkRequest() {
    NodeCache cache = cache(RefreshPolicy.ALWAYS_FULL);
    cache.refresh();
    time.advance(Duration.ofSeconds(30));

    Map<String, Long> counts = countsAround(cache::refresh);

    assertThat(counts).containsOnly(Map.entry(LIST, 1L));
    assertThat(cache.fullRefreshCount()).isEqualTo(2);
    assertThat(cache.incrementalRefreshCount()).isZero();
  }

  @Test
  void configurationMapsFullRefreshIntervalToThePolicy() {
    assertThat(IronicDriverConfig.defaults(HOST).refreshPolicy())
        .isEqualTo(RefreshPolicy.ALWAYS_FULL);
    RefreshPolicy p =
        IronicDriverConfig.builder(HOST)
            .fullRefreshInterval(Duration.ofMinutes(30))
            .build()
            .refreshPolicy();
    assertThat(p.isIncremental()).isTrue();
    assertThat(p.fullRefreshInterval()).isEqualTo(Duration.ofMinutes(30));
    assertThatThrownBy(() ->
            IronicDriverConfig.builder(HOST).fullRefreshInterval(Duration.ofSeconds(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("full_refresh_interval");
    assertThatThrownBy(() -> new RefreshPolicy(Duration.ZERO, Duration.ZERO, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** One compute service (this one), always up, owning {@link #myInstances}. */
  private final class Hosts implements ComputeHostDirectory {
    @Override
    public Collection<String> ironicComputeHosts() {
      return List.of(HOST);
    }

    @Override
    public boolean isUp(String host) {
      return true;
    }

    @Override
    public Set<String> instanceUuidsOnHost(String host) {
      return Set.copyOf(myInstances);
    }
  }
}
