package dev.ferrum.driver.scenarios;

import static dev.ferrum.driver.testing.FakeIronic.NODE_N;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.driver.InstanceDeployFailureException;
import dev.ferrum.driver.InstanceNotFoundException;
import dev.ferrum.driver.internal.DriverWaits;
import dev.ferrum.driver.testing.DriverFixture;
import dev.ferrum.driver.watch.NodeWatcher;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scenarios §8: the wait for ACTIVE, one poll = one refresh then one LOOKUP. */
class WaitForActiveScenariosTest {

  @AutoClose final DriverFixture fx = new DriverFixture();
  @AutoClose NodeWatcher watcher;

  @BeforeEach
  void setUp() {
    fx.deployed(NODE_N, "deploying");
    watcher =
        new NodeWatcher(
            fx.client,
            Duration.ZERO,
            8,
            Optional.empty(),
            Optional.empty(),
            d -> {},
            System::nanoTime);
  }

  private void await() {
    watcher.await(DriverWaits.active(fx.instanceUuid, fx.hooks, Duration.ofSeconds(20)));
  }

  @Test
  void WFA_01_stillDeployingThenActive() {
    fx.ironic.onRead(NODE_N, n -> {}, n -> n.put("provision_state", "active"));

    await();

    assertThat(fx.log()).containsExactly("LOOKUP(I)", "LOOKUP(I)");
    assertThat(fx.hooks.refreshes.get()).isEqualTo(2);
  }

  @Test
  void WFA_03_deployFailedCarriesLastError() {
    fx.ironic.node(NODE_N).put("provision_state", "deploy failed").put("last_error", "no disk");

    assertThatThrownBy(this::await)
        .isInstanceOf(InstanceDeployFailureException.class)
        .hasMessageContaining("no disk");
  }

  @Test
  void WFA_04_userDeletedTheInstanceWhileDeploying() {
    fx.hooks.taskState = "deleting";

    assertThatThrownBy(this::await)
        .isInstanceOf(InstanceDeployFailureException.class)
        .hasMessageContaining("provisioning was aborted");
    assertThat(fx.hooks.refreshes.get()).isEqualTo(1);
    assertThat(fx.log()).isEmpty();
  }

  @Test
  void WFA_05_instanceErroredOrDeletedMeanwhile() {
    fx.hooks.vmState = "deleted";
    assertThatThrownBy(this::await).hasMessageContaining("provisioning was aborted");
    fx.hooks.vmState = "error";
    fx.hooks.taskState = "spawning";
    assertThatThrownBy(this::await).hasMessageContaining("provisioning was aborted");
    assertThat(fx.log()).isEmpty();
  }

  @Test
  void WFA_05_rebuildSpawningIsExemptFromTheErrorAbort() {
    fx.hooks.vmState = "error";
    fx.hooks.taskState = "rebuild_spawning";
    fx.ironic.node(NODE_N).put("provision_state", "active");

    await();

    assertThat(fx.log()).containsExactly("LOOKUP(I)");
  }

  @Test
  void WFA_06_tornDownMeanwhileIsInstanceNotFound() {
    fx.ironic.node(NODE_N).put("target_provision_state", "deleted");
    assertThatThrownBy(this::await).isInstanceOf(InstanceNotFoundException.class);
    fx.ironic.node(NODE_N).putNull("target_provision_state").put("provision_state", "available");
    assertThatThrownBy(this::await).isInstanceOf(InstanceNotFoundException.class);
    fx.ironic.node(NODE_N).putNull("instance_uuid");
    assertThatThrownBy(this::await).isInstanceOf(InstanceNotFoundException.class);
  }
}
