package dev.ferrum.driver.cache;

import static dev.ferrum.driver.testing.FakeIronic.NODE_A;
import static dev.ferrum.driver.testing.FakeIronic.NODE_N;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.driver.InstanceNotFoundException;
import dev.ferrum.driver.PowerState;
import dev.ferrum.driver.VirtDriverNotReadyException;
import dev.ferrum.driver.testing.Answer;
import dev.ferrum.ironic.client.IronicException;
import dev.ferrum.ironic.client.IronicNotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Instance listing, availability and info scenarios INV-02 … INV-11, NL-01/02 (§6.5). */
class ManagedNodesScenariosTest extends CacheFixture {

  private static final String EMPTY_LIST = "{\"nodes\": []}";

  @Test
  @DisplayName("INV-02 listing when Ironic is not ready: VirtDriverNotReady, no DB name lookups")
  void inv02ListingWhenIronicNotReady() {
    ironic.addNode(NODE_N).put("instance_uuid", INSTANCE);
    hosts.mine(INSTANCE);
    ironic.respond("GET", "/v1/nodes", Answer.status(500));
    ManagedNodes managed = new ManagedNodes(cache());
    List<String> nameLookups = new ArrayList<>();

    assertThatThrownBy(() ->
            managed.instanceNames(uuid -> {
              nameLookups.add(uuid);
              return "name";
            }))
        .isInstanceOf(VirtDriverNotReadyException.class);
    assertThatThrownBy(managed::instanceUuids).isInstanceOf(VirtDriverNotReadyException.class);
    assertThatThrownBy(managed::numInstances).isInstanceOf(VirtDriverNotReadyException.class);
    assertThat(nameLookups).isEmpty();
  }

  @Test
  @DisplayName("INV-02 an unreachable Ironic is not ready either")
  void inv02UnreachableIronicIsNotReady() {
    ironic.addNode(NODE_N);
    ManagedNodes managed = new ManagedNodes(cache());
    ironic.close();

    assertThatThrownBy(managed::availableNodes).isInstanceOf(VirtDriverNotReadyException.class);
  }

  @Test
  @DisplayName("INV-03 list_instance_uuids / get_num_instances from a warm cache, no calls")
  void inv03InstanceUuidsFromCache() {
    String second = "7e1d2c3b-4a59-4687-8796-a5b4c3d2e1f0";
    ironic.addNode(NODE_N).put("instance_uuid", INSTANCE);
    ironic.addNode(NODE_A).put("instance_uuid", second);
    ironic.addNode("11111111-2222-3333-4444-555555555555");
    hosts.mine(INSTANCE, second);
    NodeCache cache = cache();
    cache.refresh();
    ironic.clearRequests();
    hosts.clearCalls();
    ManagedNodes managed = new ManagedNodes(cache);
    List<String> nameLookups = new ArrayList<>();

    assertThat(managed.instanceUuids()).containsExactlyInAnyOrder(INSTANCE, second);
    assertThat(managed.numInstances()).isEqualTo(2);
    assertThat(ironic.requests()).isEmpty();
    assertThat(hosts.calls()).isEmpty();
    assertThat(nameLookups).isEmpty();

    assertThat(managed.instanceNames(uuid -> uuid.equals(INSTANCE) ? "one" : "two"))
        .containsExactlyInAnyOrder("one", "two");
  }

  @Test
  @DisplayName("INV-03 an empty cache is refreshed before listing instances")
  void inv03EmptyCacheIsRefreshed() {
    ironic.addNode(NODE_N).put("instance_uuid", INSTANCE);
    hosts.mine(INSTANCE);

    assertThat(new ManagedNodes(cache()).instanceUuids()).containsExactly(INSTANCE);
    assertThat(ironic.requests(LIST)).hasSize(1);
  }

  @Test
  @DisplayName("INV-04 node_is_available falls back to Ironic; 404 means not available")
  void inv04NodeIsAvailableFallback() {
    ironic.addNode(NODE_N);
    ironic.enqueue("GET", "/v1/nodes", Answer.json(200, EMPTY_LIST), Answer.json(200, EMPTY_LIST));
    ManagedNodes managed = new ManagedNodes(cache());

    assertThat(managed.nodeIsAvailable(NODE_N)).isTrue();
    assertThat(ironic.requests()).hasSize(2);
    assertThat(LIST.test(ironic.requests().get(0))).isTrue();
    assertThat(getNode(NODE_N).test(ironic.requests().get(1))).isTrue();
    assertThat(ironic.requests().get(1).param("fields")).isEqualTo(FIELDS);

    ironic.clearRequests();
    ironic.removeNode(NODE_N);
    assertThat(managed.nodeIsAvailable(NODE_N)).isFalse();
    assertThat(ironic.requests(LIST)).hasSize(1);
    assertThat(ironic.requests(getNode(NODE_N))).hasSize(1);
  }

  @Test
  @DisplayName("INV-04 a cached node is available without asking Ironic")
  void inv04CachedNodeIsAvailable() {
    ironic.addNode(NODE_N);
    NodeCache cache = cache();
    cache.refresh();
    ironic.clearRequests();

    assertThat(new ManagedNodes(cache).nodeIsAvailable(NODE_N)).isTrue();
    assertThat(ironic.requests()).isEmpty();
  }

  @Test
  @DisplayName("INV-06 is_node_deleted asks Ironic: 200 false, 404 true, other errors propagate")
  void inv06IsNodeDeleted() {
    ironic.addNode(NODE_N);
    ManagedNodes managed = new ManagedNodes(cache());

    assertThat(managed.isNodeDeleted(NODE_N)).isFalse();
    assertThat(managed.isNodeDeleted(NODE_A)).isTrue();
    assertThat(ironic.requests()).hasSize(2).noneMatch(LIST);

    ironic.respond("GET", "/v1/nodes/" + NODE_N, Answer.status(403));
    assertThatThrownBy(() -> managed.isNodeDeleted(NODE_N)).isInstanceOf(IronicException.class);
  }

  @Test
  @DisplayName("INV-07 instance_exists: one LOOKUP each; found true, none false")
  void inv07InstanceExists() {
    ironic.addNode(NODE_N).put("instance_uuid", INSTANCE);
    ManagedNodes managed = new ManagedNodes(cache());

    assertThat(managed.instanceExists(INSTANCE)).isTrue();
    assertThat(managed.instanceExists(OTHER_INSTANCE)).isFalse();

    assertThat(ironic.requests()).hasSize(2);
    assertThat(ironic.requests(lookup(INSTANCE))).hasSize(1);
    assertThat(ironic.requests(lookup(OTHER_INSTANCE))).hasSize(1);
    assertThat(ironic.requests(lookup(INSTANCE)).getFirst().param("fields")).isEqualTo(FIELDS);
  }

  @Test
  @DisplayName("INV-08 get_info: a cache miss falls back to one LOOKUP")
  void inv08GetInfoCacheMissFallsBack() {
    ironic.addNode(NODE_N).put("instance_uuid", INSTANCE).put("power_state", "power on");
    ManagedNodes managed = new ManagedNodes(cache());

    assertThat(managed.powerState(INSTANCE, true)).isEqualTo(PowerState.RUNNING);

    assertThat(ironic.requests()).hasSize(2);
    assertThat(LIST.test(ironic.requests().get(0))).isTrue();
    assertThat(lookup(INSTANCE).test(ironic.requests().get(1))).isTrue();
  }

  @Test
  @DisplayName("INV-08 get_info from a warm cache answers without calls")
  void inv08GetInfoFromCache() {
    ironic.addNode(NODE_N).put("instance_uuid", INSTANCE).put("power_state", "power off");
    hosts.mine(INSTANCE);
    NodeCache cache = cache();
    cache.refresh();
    ironic.clearRequests();

    assertThat(new ManagedNodes(cache).powerState(INSTANCE, true)).isEqualTo(PowerState.SHUTDOWN);
    assertThat(ironic.requests()).isEmpty();
  }

  @Test
  @DisplayName("INV-10 get_info(use_cache=False): exactly one LOOKUP, live state wins")
  void inv10GetInfoWithoutCache() {
    ironic.addNode(NODE_N).put("instance_uuid", INSTANCE).put("power_state", "power off");
    hosts.mine(INSTANCE);
    NodeCache cache = cache();
    cache.refresh();
    ironic.clearRequests();
    ironic.node(NODE_N).put("power_state", "power on");

    assertThat(new ManagedNodes(cache).powerState(INSTANCE, false)).isEqualTo(PowerState.RUNNING);
    assertThat(ironic.requests()).hasSize(1).allMatch(lookup(INSTANCE));
  }

  @Test
  @DisplayName("INV-11 get_info for an instance no node carries: NOSTATE, no exception")
  void inv11GetInfoNotFound() {
    ManagedNodes managed = new ManagedNodes(cache());

    assertThat(managed.powerState(INSTANCE, true)).isEqualTo(PowerState.NOSTATE);
    assertThat(managed.powerState(INSTANCE, false)).isEqualTo(PowerState.NOSTATE);
    assertThat(managed.nodeForInstance(INSTANCE, false)).isEmpty();
  }

  @Test
  @DisplayName("INV-11 power mapping table")
  void inv11PowerMapping() {
    assertThat(PowerState.fromIronic("power on")).isEqualTo(PowerState.RUNNING);
    assertThat(PowerState.fromIronic("power off")).isEqualTo(PowerState.SHUTDOWN);
    assertThat(PowerState.fromIronic(null)).isEqualTo(PowerState.NOSTATE);
    assertThat(PowerState.fromIronic("error")).isEqualTo(PowerState.NOSTATE);
    assertThat(PowerState.fromIronic("rebooting")).isEqualTo(PowerState.NOSTATE);
    assertThat(PowerState.RUNNING.code()).isEqualTo(1);
    assertThat(PowerState.SHUTDOWN.code()).isEqualTo(4);
    assertThat(PowerState.NOSTATE.code()).isZero();
  }

  @Test
  @DisplayName("NL-01 get node: one GETN with the full field list; 404 surfaces unchanged")
  void nl01GetNode() {
    ironic.addNode(NODE_N);
    NodeLookup lookup = new NodeLookup(client.nodes());

    assertThat(lookup.node(NODE_N).uuid()).isEqualTo(NODE_N);
    assertThatThrownBy(() -> lookup.node(NODE_A)).isInstanceOf(IronicNotFoundException.class);
    assertThat(ironic.requests()).hasSize(2);
    assertThat(ironic.requests().get(0).param("fields")).isEqualTo(FIELDS);
  }

  @Test
  @DisplayName("NL-02 lookup by instance: none is InstanceNotFound, several a distinct error")
  void nl02LookupByInstance() {
    ironic.addNode(NODE_N).put("instance_uuid", INSTANCE);
    ironic.addNode(NODE_A).put("instance_uuid", INSTANCE);
    ironic.addNode("11111111-2222-3333-4444-555555555555").put("instance_uuid", INSTANCE);
    NodeLookup lookup = new NodeLookup(client.nodes());

    assertThatThrownBy(() -> lookup.byInstance(OTHER_INSTANCE))
        .isInstanceOf(InstanceNotFoundException.class)
        .hasMessageContaining(OTHER_INSTANCE);
    assertThatThrownBy(() -> lookup.byInstance(INSTANCE))
        .isInstanceOf(AmbiguousInstanceNodeException.class)
        .hasMessageContaining("3");
    assertThat(ironic.requests()).hasSize(2);
  }
}
