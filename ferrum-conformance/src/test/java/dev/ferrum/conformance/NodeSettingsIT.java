package dev.ferrum.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.IronicBadRequestException;
import dev.ferrum.ironic.client.IronicNotFoundException;
import dev.ferrum.ironic.client.model.ConsoleState;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.ProvisionRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Console, traits and maintenance. */
@ExtendWith(IronicTargetExtension.class)
class NodeSettingsIT {

  private static ConsoleState awaitConsole(TestNodes nodes, String uuid, boolean enabled) {
    return Awaitility.await("console " + enabled)
        .atMost(Awaits.DEADLINE)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> nodes.client().nodes().getConsole(uuid), c -> c.consoleEnabled() == enabled);
  }

  @Test
  void consoleEnableAndDisable(TestNodes nodes) {
    Node n = nodes.available();
    var api = nodes.client().nodes();
    ConsoleState initial = api.getConsole(n.uuid());
    assertThat(initial.consoleEnabled()).isFalse();
    assertThat(initial.consoleInfo()).isNullOrEmpty();

    api.setConsoleEnabled(n.uuid(), true);
    ConsoleState on = awaitConsole(nodes, n.uuid(), true);
    assertThat(on.consoleInfo()).isNotNull();
    Awaits.unlocked(nodes.client(), n.uuid());
    assertThat(api.get(n.uuid()).consoleEnabled()).isTrue();

    api.setConsoleEnabled(n.uuid(), false);
    ConsoleState off = awaitConsole(nodes, n.uuid(), false);
    assertThat(off.consoleInfo()).isNullOrEmpty();
    Awaits.unlocked(nodes.client(), n.uuid());
  }

  @Test
  void consoleInfoHasTypeAndUrl(IronicTarget target, TestNodes nodes) {
    target.assume(Capability.CONSOLE_URL);
    Node n = nodes.available();
    nodes.client().nodes().setConsoleEnabled(n.uuid(), true);

    ConsoleState on = awaitConsole(nodes, n.uuid(), true);

    assertThat(on.type()).isPresent();
    assertThat(on.url()).isPresent();
    Awaits.unlocked(nodes.client(), n.uuid());
  }

  @Test
  void traitsSetAddRemoveListSorted(TestNodes nodes) {
    Node n = nodes.enroll();
    var api = nodes.client().nodes();

    api.setTraits(n.uuid(), List.of("CUSTOM_RAID1", "HW_CPU_X86_VMX", "CUSTOM_GPU"));
    assertThat(api.getTraits(n.uuid()))
        .containsExactly("CUSTOM_GPU", "CUSTOM_RAID1", "HW_CPU_X86_VMX");

    api.addTrait(n.uuid(), "CUSTOM_FAST_DISK");
    api.removeTrait(n.uuid(), "CUSTOM_RAID1");

    assertThat(api.getTraits(n.uuid()))
        .containsExactly("CUSTOM_FAST_DISK", "CUSTOM_GPU", "HW_CPU_X86_VMX");
    assertThat(api.get(n.uuid()).traits())
        .containsExactlyInAnyOrder("CUSTOM_FAST_DISK", "CUSTOM_GPU", "HW_CPU_X86_VMX");
  }

  @Test
  void invalidTraitIs400AndMissingTraitDeleteIs404(TestNodes nodes) {
    Node n = nodes.enroll();
    var api = nodes.client().nodes();

    assertThatThrownBy(() -> api.addTrait(n.uuid(), "bad-trait"))
        .isInstanceOf(IronicBadRequestException.class)
        .extracting(e -> ((IronicBadRequestException) e).faultstring().orElse(""))
        .asString()
        .contains("bad-trait");
    assertThatThrownBy(() -> api.removeTrait(n.uuid(), "CUSTOM_NOT_THERE"))
        .isInstanceOf(IronicNotFoundException.class)
        .extracting(e -> ((IronicNotFoundException) e).faultstring().orElse(""))
        .asString()
        .contains("CUSTOM_NOT_THERE");
    assertThat(api.getTraits(n.uuid())).isEmpty();
  }

  @Test
  void maintenanceWithReasonRefusesDeploy(TestNodes nodes) {
    Node n = nodes.available();
    nodes.prepareDeploy(n.uuid());
    var api = nodes.client().nodes();

    api.setMaintenance(n.uuid(), Optional.of("conformance testing"));
    Node inMaintenance = api.get(n.uuid());
    assertThat(inMaintenance.maintenance()).isTrue();
    assertThat(inMaintenance.maintenanceReason()).isEqualTo("conformance testing");

    assertThatThrownBy(
            () -> api.setProvisionState(n.uuid(), ProvisionRequest.deploy(Optional.empty())))
        .isInstanceOfSatisfying(
            IronicBadRequestException.class,
            e ->
                assertThat(e.faultstring())
                    .hasValueSatisfying(f -> assertThat(f).contains("maintenance mode")));

    api.clearMaintenance(n.uuid());
    Node cleared = api.get(n.uuid());
    assertThat(cleared.maintenance()).isFalse();
    assertThat(cleared.maintenanceReason()).isNull();
    assertThat(cleared.provisionState()).isEqualTo("available");
  }
}
