package dev.ferrum.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.PowerState;
import dev.ferrum.ironic.client.model.PowerTarget;
import dev.ferrum.ironic.client.model.ProvisionRequest;
import dev.ferrum.ironic.client.model.ProvisionState;
import dev.ferrum.ironic.client.model.ProvisionVerb;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Power actions (hard and soft) and NMI. */
@ExtendWith(IronicTargetExtension.class)
class PowerIT {

  @Test
  void powerOnOffAndReboot(TestNodes nodes) {
    Node n = nodes.available();
    var api = nodes.client().nodes();

    api.setPowerState(n.uuid(), PowerTarget.POWER_ON);
    Awaits.powerState(nodes.client(), n.uuid(), PowerState.POWER_ON);

    api.setPowerState(n.uuid(), PowerTarget.POWER_OFF);
    Awaits.powerState(nodes.client(), n.uuid(), PowerState.POWER_OFF);

    api.setPowerState(n.uuid(), PowerTarget.REBOOT);
    Node rebooted = Awaits.powerState(nodes.client(), n.uuid(), PowerState.POWER_ON);
    assertThat(rebooted.lastError()).isNull();
  }

  @Test
  void softPowerOffAndSoftRebootWithTimeout(TestNodes nodes) {
    Node n = nodes.available();
    var api = nodes.client().nodes();
    api.setPowerState(n.uuid(), PowerTarget.POWER_ON);
    Awaits.powerState(nodes.client(), n.uuid(), PowerState.POWER_ON);

    api.setPowerState(n.uuid(), PowerTarget.SOFT_POWER_OFF, Optional.of(Duration.ofSeconds(5)));
    Awaits.powerState(nodes.client(), n.uuid(), PowerState.POWER_OFF);

    api.setPowerState(n.uuid(), PowerTarget.POWER_ON);
    Awaits.powerState(nodes.client(), n.uuid(), PowerState.POWER_ON);

    api.setPowerState(n.uuid(), PowerTarget.SOFT_REBOOT);
    Node after = Awaits.powerState(nodes.client(), n.uuid(), PowerState.POWER_ON);
    assertThat(after.lastError()).isNull();
  }

  @Test
  void fakeDeployLeavesPowerStateUntouched(TestNodes nodes) {
    Node active = nodes.active();
    assertThat(active.powerState()).isNull();
    var api = nodes.client().nodes();
    api.setPowerState(active.uuid(), PowerTarget.POWER_ON);
    Awaits.powerState(nodes.client(), active.uuid(), PowerState.POWER_ON);

    api.setProvisionState(active.uuid(), ProvisionRequest.of(ProvisionVerb.DELETED));
    Node available = Awaits.provisionState(nodes.client(), active.uuid(), ProvisionState.AVAILABLE);

    assertThat(available.powerState()).isEqualTo(PowerState.POWER_ON);
  }

  @Test
  void powerOffIsAcceptedInMaintenance(TestNodes nodes) {
    Node n = nodes.available();
    nodes.client().nodes().setPowerState(n.uuid(), PowerTarget.POWER_ON);
    Awaits.powerState(nodes.client(), n.uuid(), PowerState.POWER_ON);
    nodes.client().nodes().setMaintenance(n.uuid(), Optional.of("power test"));

    nodes.client().nodes().setPowerState(n.uuid(), PowerTarget.POWER_OFF);

    Node off = Awaits.powerState(nodes.client(), n.uuid(), PowerState.POWER_OFF);
    assertThat(off.maintenance()).isTrue();
  }

  @Test
  void undeployIsAcceptedInMaintenance(TestNodes nodes) {
    Node active = nodes.active();
    nodes.client().nodes().setMaintenance(active.uuid(), Optional.of("undeploy test"));

    nodes
        .client()
        .nodes()
        .setProvisionState(active.uuid(), ProvisionRequest.of(ProvisionVerb.DELETED));

    Node available = Awaits.provisionState(nodes.client(), active.uuid(), ProvisionState.AVAILABLE);
    assertThat(available.maintenance()).isTrue();
    assertThat(available.instanceUuid()).isNull();
  }

  @Test
  void injectNmi(IronicTarget target, TestNodes nodes) {
    target.assume(Capability.INJECT_NMI);
    Node n = nodes.available();
    nodes.client().nodes().setPowerState(n.uuid(), PowerTarget.POWER_ON);
    Awaits.powerState(nodes.client(), n.uuid(), PowerState.POWER_ON);

    nodes.client().nodes().injectNmi(n.uuid());

    assertThat(nodes.client().nodes().get(n.uuid()).powerState()).isEqualTo(PowerState.POWER_ON);
  }
}
