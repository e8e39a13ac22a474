package dev.ferrum.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.IronicBadRequestException;
import dev.ferrum.ironic.client.IronicConflictException;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.Port;
import dev.ferrum.ironic.client.model.PortCreate;
import dev.ferrum.ironic.client.model.PortGroup;
import dev.ferrum.ironic.client.model.PortGroupCreate;
import dev.ferrum.ironic.client.model.PortQuery;
import dev.ferrum.ironic.client.model.PowerState;
import dev.ferrum.ironic.client.model.PowerTarget;
import dev.ferrum.ironic.client.model.Vif;
import dev.ferrum.ironic.client.model.VolumeConnector;
import dev.ferrum.ironic.client.model.VolumeConnectorCreate;
import dev.ferrum.ironic.client.model.VolumeTarget;
import dev.ferrum.ironic.client.model.VolumeTargetCreate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Ports, port groups, VIFs, volume connectors and volume targets. */
@ExtendWith(IronicTargetExtension.class)
class HardwareIT {

  private static String randomMac() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return String.format(
        "52:54:%02x:%02x:%02x:%02x",
        r.nextInt(256), r.nextInt(256), r.nextInt(256), r.nextInt(256));
  }

  @Test
  void portsCreateListAndDuplicateMacIs409(TestNodes nodes) {
    Node n = nodes.enroll();
    Node other = nodes.enroll();
    String mac = randomMac();
    var ports = nodes.client().ports();

    Port p = ports.create(PortCreate.of(n.uuid(), mac));
    assertThat(p.address()).isEqualTo(mac);
    assertThat(p.nodeUuid()).isEqualTo(n.uuid());
    ports.create(PortCreate.of(n.uuid(), randomMac()));
    ports.create(PortCreate.of(other.uuid(), randomMac()));

    assertThatThrownBy(() -> ports.create(PortCreate.of(other.uuid(), mac)))
        .isInstanceOfSatisfying(
            IronicConflictException.class,
            e ->
                assertThat(e.faultstring())
                    .hasValueSatisfying(f ->
                        assertThat(f)
                            .contains("A port with MAC address " + mac)
                            .contains("already exists")));

    assertThatThrownBy(() -> ports.create(PortCreate.of(n.name(), randomMac())))
        .isInstanceOfSatisfying(
            IronicBadRequestException.class,
            e ->
                assertThat(e.faultstring())
                    .hasValueSatisfying(
                        f -> assertThat(f).contains("Expected UUID for node_uuid")));

    assertThat(ports.list(PortQuery.byNode(n.uuid())))
        .hasSize(2)
        .allSatisfy(q -> assertThat(q.nodeUuid()).isEqualTo(n.uuid()));
    assertThat(ports.list(PortQuery.byAddress(mac)))
        .extracting(Port::uuid)
        .containsExactly(p.uuid());
    assertThat(ports.get(p.uuid()).address()).isEqualTo(mac);

    ports.delete(p.uuid());
    assertThat(ports.list(PortQuery.byNode(n.uuid()))).hasSize(1);
    assertThat(ports.list(PortQuery.byAddress(mac))).isEmpty();
  }

  @Test
  void portGroupsCreateListDelete(TestNodes nodes) {
    Node n = nodes.enroll();
    String mac = randomMac();
    var groups = nodes.client().portGroups();

    PortGroup g =
        groups.create(
            new PortGroupCreate(
                n.uuid(), nodes.uniqueName("pg"), mac, "active-backup", Map.of(), true, Map.of()));
    assertThat(g.nodeUuid()).isEqualTo(n.uuid());
    assertThat(g.address()).isEqualTo(mac);
    assertThat(g.mode()).isEqualTo("active-backup");

    Port member =
        nodes
            .client()
            .ports()
            .create(new PortCreate(n.uuid(), randomMac(), true, null, null, g.uuid(), null));
    assertThat(member.portgroupUuid()).isEqualTo(g.uuid());

    assertThat(groups.list(PortQuery.byNode(n.uuid())))
        .extracting(PortGroup::uuid)
        .containsExactly(g.uuid());
    assertThat(groups.get(g.uuid()).name()).isEqualTo(g.name());

    nodes.client().ports().delete(member.uuid());
    groups.delete(g.uuid());
    assertThat(groups.list(PortQuery.byNode(n.uuid()))).isEmpty();
  }

  @Test
  void vifsAttachListDetach(IronicTarget target, TestNodes nodes) {
    Node n = nodes.available();
    nodes.client().ports().create(PortCreate.of(n.uuid(), randomMac()));
    String vif = UUID.randomUUID().toString();

    nodes.client().nodes().attachVif(n.uuid(), vif);

    target.assume(Capability.VIF_STORAGE);
    assertThat(nodes.client().nodes().listVifs(n.uuid())).containsExactly(new Vif(vif));
    nodes.client().nodes().detachVif(n.uuid(), vif);
    assertThat(nodes.client().nodes().listVifs(n.uuid())).isEmpty();
  }

  @Test
  void volumeConnectorsAndTargetsCreateListDelete(TestNodes nodes) {
    Node n = nodes.available();
    Node other = nodes.enroll();
    String iqn = "iqn.2026-11.dev.ferrum:" + UUID.randomUUID();

    VolumeConnector c =
        nodes
            .client()
            .volumeConnectors()
            .create(new VolumeConnectorCreate(n.uuid(), "iqn", iqn, null));
    assertThat(c.connectorId()).isEqualTo(iqn);
    assertThat(c.type()).isEqualTo("iqn");
    nodes
        .client()
        .volumeConnectors()
        .create(new VolumeConnectorCreate(other.uuid(), "iqn", iqn + "-other", null));

    VolumeTarget t =
        nodes
            .client()
            .volumeTargets()
            .create(
                new VolumeTargetCreate(
                    n.uuid(),
                    "iscsi",
                    UUID.randomUUID().toString(),
                    0,
                    Map.of("target_lun", 0),
                    null));
    assertThat(t.bootIndex()).isZero();
    assertThat(t.volumeType()).isEqualTo("iscsi");

    assertThat(nodes.client().volumeConnectors().listByNode(n.uuid()))
        .extracting(VolumeConnector::uuid)
        .containsExactly(c.uuid());
    assertThat(nodes.client().volumeTargets().listByNode(n.uuid()))
        .extracting(VolumeTarget::uuid)
        .containsExactly(t.uuid());

    // Ironic deletes volume targets and connectors only while the node is powered off
    nodes.client().nodes().setPowerState(n.uuid(), PowerTarget.POWER_OFF);
    Awaits.powerState(nodes.client(), n.uuid(), PowerState.POWER_OFF);

    nodes.client().volumeTargets().delete(t.uuid());
    nodes.client().volumeConnectors().delete(c.uuid());
    assertThat(nodes.client().volumeConnectors().listByNode(n.uuid())).isEmpty();
    assertThat(nodes.client().volumeTargets().listByNode(n.uuid())).isEmpty();
    assertThat(nodes.client().volumeConnectors().listByNode(other.uuid())).hasSize(1);
  }

  @Test
  void volumeDeletionIsRefusedUnlessPoweredOff(IronicTarget target, TestNodes nodes) {
    Node n = nodes.available();
    assertThat(n.powerState()).isNull();
    VolumeConnector c =
        nodes
            .client()
            .volumeConnectors()
            .create(
                new VolumeConnectorCreate(
                    n.uuid(), "iqn", "iqn.2026-11.dev.ferrum:" + UUID.randomUUID(), null));
    VolumeTarget t =
        nodes
            .client()
            .volumeTargets()
            .create(
                new VolumeTargetCreate(
                    n.uuid(), "iscsi", UUID.randomUUID().toString(), 0, null, null));

    assertThatThrownBy(() -> nodes.client().volumeTargets().delete(t.uuid()))
        .isInstanceOfSatisfying(
            IronicBadRequestException.class,
            e ->
                assertThat(e.faultstring())
                    .hasValueSatisfying(f ->
                        assertThat(f)
                            .contains(
                                "The requested action \"volume target deletion\" can not"
                                    + " be performed on node \""
                                    + n.uuid()
                                    + "\" while it is in state \"None\"")));
    assertThatThrownBy(() -> nodes.client().volumeConnectors().delete(c.uuid()))
        .isInstanceOf(IronicBadRequestException.class)
        .hasMessageContaining("volume connector deletion");
  }
}
