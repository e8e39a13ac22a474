package dev.ferrum.driver.cache;

import static dev.ferrum.driver.testing.FakeIronic.NODE_A;
import static dev.ferrum.driver.testing.FakeIronic.NODE_N;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.IronicNotFoundException;
import dev.ferrum.ironic.client.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@code _node_from_cache}, eviction and concurrency of the node cache (§6.4). */
class NodeCacheTest extends CacheFixture {

  @Test
  void aMissFetchesTheNodeOnceAndCachesIt() {
    ironic.addNode(NODE_N).put("instance_uuid", OTHER_INSTANCE);
    ironic.addNode(NODE_A);
    NodeCache cache = cache();
    cache.refresh();
    ironic.clearRequests();

    Node n = cache.node(NODE_N);
    Node again = cache.node(NODE_N);

    assertThat(n.uuid()).isEqualTo(NODE_N);
    assertThat(again).isSameAs(n);
    assertThat(ironic.requests()).hasSize(1).allMatch(getNode(NODE_N));
    assertThat(cache.snapshot().nodeUuids()).containsExactly(NODE_A, NODE_N);
    assertThat(cache.snapshot().refreshedAt()).contains(NOW);
  }

  @Test
  void aMissOnAnUnknownNodePropagatesNotFoundAndCachesNothing() {
    NodeCache cache = cache();

    assertThatThrownBy(() -> cache.node(NODE_N)).isInstanceOf(IronicNotFoundException.class);
    assertThat(cache.snapshot().isEmpty()).isTrue();
  }

  @Test
  void evictRemovesOneNodeAndTheNextReadFetchesItAgain() {
    ironic.addNode(NODE_N);
    ironic.addNode(NODE_A);
    NodeCache cache = cache();
    cache.refresh();
    ironic.clearRequests();

    cache.evict(NODE_N);
    cache.evict("not-cached");

    assertThat(cache.snapshot().nodeUuids()).containsExactly(NODE_A);
    cache.node(NODE_N);
    assertThat(ironic.requests()).hasSize(1).allMatch(getNode(NODE_N));
  }

  @Test
  void concurrentMissesOnOneNodeFetchItOnce() throws Exception {
    ironic.addNode(NODE_N);
    NodeCache cache = cache();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Node>> results = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        results.add(pool.submit(() -> cache.node(NODE_N)));
      }
      for (Future<Node> f : results) {
        assertThat(f.get().uuid()).isEqualTo(NODE_N);
      }
    }
    assertThat(ironic.requests(getNode(NODE_N))).hasSize(1);
  }

  @Test
  void snapshotsAreImmutableAndIndexInstances() {
    ironic.addNode(NODE_N).put("instance_uuid", INSTANCE);
    hosts.mine(INSTANCE);
    NodeCacheSnapshot s = cache().refresh();

    assertThat(s.nodeForInstance(INSTANCE).map(Node::uuid)).contains(NODE_N);
    assertThat(s.nodeForInstance(OTHER_INSTANCE)).isEmpty();
    assertThatThrownBy(() -> s.nodes().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(NodeCacheSnapshot.EMPTY.isEmpty()).isTrue();
  }
}
