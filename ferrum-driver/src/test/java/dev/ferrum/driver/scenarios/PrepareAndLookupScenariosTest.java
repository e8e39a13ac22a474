package dev.ferrum.driver.scenarios;

import static dev.ferrum.driver.testing.FakeIronic.NODE_A;
import static dev.ferrum.driver.testing.FakeIronic.NODE_N;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.driver.ComputeResourcesUnavailableException;
import dev.ferrum.driver.DriverException;
import dev.ferrum.driver.InstanceNotFoundException;
import dev.ferrum.driver.InstanceSpec;
import dev.ferrum.driver.PowerState;
import dev.ferrum.driver.cache.AmbiguousInstanceNodeException;
import dev.ferrum.driver.cache.NodeLookup;
import dev.ferrum.driver.testing.Answer;
import dev.ferrum.driver.testing.DriverFixture;
import dev.ferrum.ironic.client.IronicNotFoundException;
import java.util.function.Consumer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Scenarios §1 (node lookup), §4 (driver-level info parts) and §6 (prepare_for_spawn). */
class PrepareAndLookupScenariosTest {

  @AutoClose final DriverFixture fx = new DriverFixture();

  @Test
  void NL_01_getNodeByUuidUsesFullFieldList() {
    NodeLookup lookup = new NodeLookup(fx.client.nodes());
    assertThat(lookup.node(NODE_N).uuid()).isEqualTo(NODE_N);
    assertThat(fx.log()).containsExactly("GETN(N)");

    fx.ironic.removeNode(NODE_N);
    fx.ironic.clearRequests();
    assertThatThrownBy(() -> lookup.node(NODE_N)).isInstanceOf(IronicNotFoundException.class);
    assertThat(fx.log()).containsExactly("GETN(N)");
  }

  @Test
  void NL_02_lookupByInstanceZeroOrSeveralMatches() {
    NodeLookup lookup = new NodeLookup(fx.client.nodes());
    assertThatThrownBy(() -> lookup.byInstance(fx.instanceUuid))
        .isInstanceOf(InstanceNotFoundException.class);
    assertThat(fx.log()).containsExactly("LOOKUP(I)");

    fx.ironic.node(NODE_N).put("instance_uuid", fx.instanceUuid);
    fx.ironic.node(NODE_A).put("instance_uuid", fx.instanceUuid);
    fx.ironic.addNode("11111111-2222-3333-4444-555555555555").put("instance_uuid", fx.instanceUuid);
    fx.ironic.clearRequests();
    assertThatThrownBy(() -> lookup.byInstance(fx.instanceUuid))
        .isInstanceOf(AmbiguousInstanceNodeException.class)
        .hasMessageContaining("3 Ironic nodes are associated with instance " + fx.instanceUuid);
    assertThat(fx.log()).containsExactly("LOOKUP(I)");
  }

  @Test
  void INV_07_instanceExistsAndGetInfoMapping() {
    InstanceSpec i = fx.instance();
    assertThat(fx.driver().instanceExists(i)).isFalse();
    assertThat(fx.driver().getInfo(i, false).state()).isEqualTo(PowerState.NOSTATE);
    fx.deployed(NODE_N, "active");
    assertThat(fx.driver().instanceExists(i)).isTrue();
    assertThat(fx.driver().getInfo(i, false).state()).isEqualTo(PowerState.RUNNING);
    fx.ironic.node(NODE_N).put("power_state", "power off");
    assertThat(fx.driver().getInfo(i, false).state()).isEqualTo(PowerState.SHUTDOWN);
    fx.ironic.node(NODE_N).put("power_state", "error");
    assertThat(fx.driver().getInfo(i, false).state()).isEqualTo(PowerState.NOSTATE);
    assertThat(fx.log()).containsOnly("LOOKUP(I)").hasSize(6);
  }

  @Test
  void PFS_01_reserveAFreeNode() {
    fx.ironic.node(NODE_N).put("power_state", "power off");

    fx.driver().prepareForSpawn(fx.instance());

    assertThat(fx.log()).containsExactly("GETN(N)", "RESERVE(N)");
    assertThat(fx.ironic.node(NODE_N).get("instance_uuid").asText()).isEqualTo(fx.instanceUuid);
  }

  @Test
  void PFS_03_reservationConflictIsNotRetried() {
    fx.ironic.node(NODE_N).put("power_state", "power off");
    fx.ironic.enqueue("PATCH", "/v1/nodes/" + NODE_N, Answer.locked(NODE_N));

    assertThatThrownBy(() -> fx.driver().prepareForSpawn(fx.instance()))
        .isInstanceOf(ComputeResourcesUnavailableException.class)
        .hasMessageContaining("Failed to reserve node");

    assertThat(fx.log()).containsExactly("GETN(N)", "RESERVE(N)");
    assertThat(fx.ironic.node(NODE_N).get("instance_uuid").isNull()).isTrue();
    assertThat(fx.ironic.sleeps()).isEmpty();
  }

  @Test
  void PFS_04_nodeNoLongerAvailableReschedules() {
    fx.ironic.node(NODE_N).put("power_state", "power off").put("provision_state", "clean wait");

    assertThatThrownBy(() -> fx.driver().prepareForSpawn(fx.instance()))
        .isInstanceOf(ComputeResourcesUnavailableException.class);
    assertThat(fx.log()).containsExactly("GETN(N)");
  }

  @Test
  void PFS_05_nodeAlreadyUsedOrInMaintenanceOrPowerUnknown() {
    check(n -> n.put("power_state", "power off").put("instance_uuid", "someone-else"));
    check(n -> n.put("power_state", "power off").put("maintenance", true));
    check(n -> n.putNull("power_state"));
  }

  private void check(Consumer<ObjectNode> setup) {
    fx.ironic.addNode(NODE_N);
    setup.accept(fx.ironic.node(NODE_N));
    fx.ironic.clearRequests();
    assertThatThrownBy(() -> fx.driver().prepareForSpawn(fx.instance()))
        .isInstanceOf(ComputeResourcesUnavailableException.class);
    assertThat(fx.log()).containsExactly("GETN(N)");
  }

  @Test
  void PFS_06_instanceWithoutNodeIsAGenericError() {
    InstanceSpec noNode = fx.instanceBuilder(null).build();
    assertThatThrownBy(() -> fx.driver().prepareForSpawn(noNode))
        .isExactlyInstanceOf(DriverException.class);
    assertThat(fx.log()).isEmpty();
  }
}
