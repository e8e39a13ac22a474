package dev.ferrum.driver.scenarios;

import static dev.ferrum.driver.testing.FakeIronic.NODE_A;
import static dev.ferrum.driver.testing.FakeIronic.NODE_N;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.driver.ConsoleUnavailableException;
import dev.ferrum.driver.DriverException;
import dev.ferrum.driver.PowerState;
import dev.ferrum.driver.console.ConsoleEndpoint;
import dev.ferrum.driver.testing.Answer;
import dev.ferrum.driver.testing.DriverFixture;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * IronicDriver wired with the node cache, resource reporting and consoles: the default single-host
 * ownership, cache use by getInfo, eviction after a tear-down, and console waits served by the
 * shared watcher.
 */
class DriverWiringTest {

  @AutoClose final DriverFixture fx = new DriverFixture();

  @Test
  void soleHostOwnsFreeNodesAndNodesCarryingInstances() {
    fx.deployed(NODE_A, "active");
    fx.ironic.addNode("11111111-2222-3333-4444-555555555555").put("instance_uuid", "other");

    fx.driver().initHost();
    assertThat(fx.driver().availableNodes())
        .containsExactlyInAnyOrder(NODE_N, NODE_A, "11111111-2222-3333-4444-555555555555");
    assertThat(fx.driver().listInstanceUuids()).containsExactlyInAnyOrder(fx.instanceUuid, "other");
    assertThat(fx.driver().numInstances()).isEqualTo(2);
  }

  @Test
  void INV_08_getInfoUsesTheCacheAndUseCacheFalseAsksIronic() {
    fx.deployed(NODE_N, "active");
    fx.driver().availableNodes();
    fx.ironic.clearRequests();

    assertThat(fx.driver().getInfo(fx.instance(), true).state()).isEqualTo(PowerState.RUNNING);
    assertThat(fx.log()).isEmpty();

    assertThat(fx.driver().getInfo(fx.instance(), false).state()).isEqualTo(PowerState.RUNNING);
    assertThat(fx.log()).containsExactly("LOOKUP(I)");
  }

  @Test
  void DST_07_finishedTearDownEvictsTheNodeFromTheCache() {
    fx.deployed(NODE_N, "active");
    assertThat(fx.driver().listInstanceUuids()).containsExactly(fx.instanceUuid);

    fx.driver().destroy(fx.instance(), DriverFixture.network());

    fx.ironic.clearRequests();
    assertThat(fx.driver().listInstanceUuids()).doesNotContain(fx.instanceUuid);
  }

  @Test
  void providerInventoryComesFromTheCachedNode() {
    fx.ironic.node(NODE_N).put("resource_class", "baremetal.gold").put("power_state", "power off");
    fx.ironic.node(NODE_N).putArray("traits").add("CUSTOM_X");

    var inventory = fx.driver().providerInventory(NODE_N);

    assertThat(inventory.inventory()).containsKey("CUSTOM_BAREMETAL_GOLD");
    assertThat(inventory.traits()).containsExactly("CUSTOM_X");
    assertThat(fx.driver().availableResource(NODE_N)).isNotNull();
  }

  @Test
  void serialConsoleIsResetThroughTheSharedWatcher() {
    fx.deployed(NODE_N, "active");
    fx.ironic.node(NODE_N).put("console_enabled", true);

    ConsoleEndpoint.Serial serial = fx.driver().serialConsole(fx.instance());

    assertThat(serial).isEqualTo(new ConsoleEndpoint.Serial("127.0.0.1", 10000));
    assertThat(fx.log())
        .containsSubsequence("CONS=(N,false)", "CONS?(N)", "CONS=(N,true)", "CONS?(N)");
  }

  @Test
  void disabledSerialConsoleIsNeverEnabled() {
    fx.deployed(NODE_N, "active");
    assertThatThrownBy(() -> fx.driver().serialConsole(fx.instance()))
        .isInstanceOf(ConsoleUnavailableException.class);
    assertThat(fx.log()).noneMatch(c -> c.startsWith("CONS="));
  }

  @Test
  void consoleWaitTimeoutIsConsoleNotAvailable() {
    fx.deployed(NODE_N, "active");
    fx.ironic.respond("PUT", "/v1/nodes/" + NODE_N + "/states/console", Answer.status(202));
    fx.configure(c -> c.apiRetryInterval(java.time.Duration.ofMillis(100)));

    assertThatThrownBy(() -> fx.driver().vncConsole(fx.instance()))
        .isInstanceOf(ConsoleUnavailableException.class)
        .isInstanceOf(DriverException.class);
  }

  @Test
  void capabilitiesMatchNova() {
    assertThat(fx.driver().capabilities())
        .hasSize(25)
        .containsEntry("supports_attach_interface", true)
        .containsEntry("supports_image_type_raw", true)
        .containsEntry("supports_evacuate", false)
        .doesNotContainKey("supports_device_tagging");
    assertThat(fx.driver().hypervisorType()).isEqualTo("ironic");
    assertThat(fx.driver().rebalancesNodes()).isTrue();
  }
}
