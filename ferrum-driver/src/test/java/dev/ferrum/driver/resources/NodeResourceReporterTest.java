package dev.ferrum.driver.resources;

import static dev.ferrum.driver.testing.FakeIronic.NODE_A;
import static dev.ferrum.driver.testing.FakeIronic.NODE_N;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.driver.cache.FakeHosts;
import dev.ferrum.driver.cache.NodeCache;
import dev.ferrum.driver.ring.RingSettings;
import dev.ferrum.driver.testing.FakeIronic;
import dev.ferrum.driver.testing.RecordedCall;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.IronicNotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Resource reporting through the node cache, against FakeIronic (RES-05, RES-07, RES-09). */
class NodeResourceReporterTest {

  private static final String OTHER_INSTANCE = "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

  private FakeIronic ironic;
  private IronicClient client;
  private NodeCache cache;

  @BeforeEach
  void start() {
    ironic = FakeIronic.start();
    client = ironic.client();
    cache =
        new NodeCache(
            client, RingSettings.forHost("host1"), new FakeHosts(ironic), Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    client.close();
    ironic.close();
  }

  @Test
  @DisplayName("RES-05 get_available_resource for a node not cached: LIST, then one GETN")
  void res05NodeNotCached() {
    ironic
        .addNode(NODE_N)
        .put("instance_uuid", OTHER_INSTANCE)
        .put("resource_class", "gold")
        .putObject("properties")
        .put("cpu_arch", "x86_64");
    ironic.addNode(NODE_A);
    NodeResourceReporter reporter = new NodeResourceReporter(cache, false);

    AvailableResource r = reporter.availableResource(NODE_N);

    assertThat(r.nodeUuid()).isEqualTo(NODE_N);
    assertThat(r.resourceClass()).contains("gold");
    assertThat(r.stats()).containsEntry("cpu_arch", "x86_64");
    List<RecordedCall> calls = ironic.requests();
    assertThat(calls).hasSize(2);
    assertThat(calls.get(0).is("GET", "/v1/nodes")).isTrue();
    assertThat(calls.get(1).is("GET", "/v1/nodes/" + NODE_N)).isTrue();
    assertThat(cache.snapshot().node(NODE_N)).isPresent();

    ironic.clearRequests();
    reporter.availableResource(NODE_N);
    assertThat(ironic.requests()).isEmpty();
  }

  @Test
  @DisplayName("RES-07 missing resource class through the cache: NoResourceClass")
  void res07MissingResourceClass() {
    ironic.addNode(NODE_N).put("power_state", "power off");

    assertThatThrownBy(() -> new NodeResourceReporter(cache, false).providerInventory(NODE_N))
        .isInstanceOf(NoResourceClassException.class);
  }

  @Test
  @DisplayName("RES-09 reservation through the cache, with and without the workaround")
  void res09ReservedThroughTheCache() {
    ironic
        .addNode(NODE_N)
        .put("resource_class", "iron-nfv")
        .put("power_state", "power off")
        .put("instance_uuid", OTHER_INSTANCE)
        .putArray("traits")
        .add("CUSTOM_X");

    ProviderInventory reserved = new NodeResourceReporter(cache, false).providerInventory(NODE_N);
    ProviderInventory skipped = new NodeResourceReporter(cache, true).providerInventory(NODE_N);

    assertThat(reserved.inventory())
        .isEqualTo(Map.of("CUSTOM_IRON_NFV", new InventoryItem(1, 1, 1, 1, 1, 1.0)));
    assertThat(skipped.inventory())
        .isEqualTo(Map.of("CUSTOM_IRON_NFV", new InventoryItem(1, 0, 1, 1, 1, 1.0)));
    assertThat(reserved.traits()).containsExactly("CUSTOM_X");
    assertThat(ironic.requests()).hasSize(1);
  }

  @Test
  void unknownNodePropagatesNotFound() {
    assertThatThrownBy(() -> new NodeResourceReporter(cache, false).providerInventory(NODE_N))
        .isInstanceOf(IronicNotFoundException.class);
  }
}
