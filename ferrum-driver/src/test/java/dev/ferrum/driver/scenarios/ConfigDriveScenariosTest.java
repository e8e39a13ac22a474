package dev.ferrum.driver.scenarios;

import static dev.ferrum.driver.testing.FakeIronic.NODE_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferrum.driver.BlockDeviceInfo;
import dev.ferrum.driver.InstanceSpec;
import dev.ferrum.driver.NetworkInfo;
import dev.ferrum.driver.SpawnRequest;
import dev.ferrum.driver.configdrive.ConfigDriveException;
import dev.ferrum.driver.configdrive.InjectedFile;
import dev.ferrum.driver.configdrive.NetworkData;
import dev.ferrum.driver.configdrive.NetworkLink;
import dev.ferrum.driver.testing.DriverFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scenarios §17 (driver-level parts): config-drive inputs, failures and network metadata. */
class ConfigDriveScenariosTest {

  @AutoClose final DriverFixture fx = new DriverFixture();

  @BeforeEach
  void reserveA() {
    fx.ironic.node(NODE_A).put("instance_uuid", fx.instanceUuid);
  }

  private InstanceSpec withDrive() {
    return fx.instanceBuilder(NODE_A).configDrive(true).build();
  }

  private void spawn(InstanceSpec instance, NetworkInfo network, List<InjectedFile> files) {
    fx.driver()
        .spawn(
            new SpawnRequest(
                instance,
                DriverFixture.image(),
                files,
                Optional.empty(),
                network,
                BlockDeviceInfo.none()),
            fx.hooks);
  }

  private List<NetworkLink> links() {
    return fx.configDrives.get(0).networkData().links();
  }

  @Test
  void CFD_01_builderInputs() {
    spawn(withDrive(), DriverFixture.network(), List.of());

    assertThat(fx.configDrives).hasSize(1);
    var content = fx.configDrives.get(0);
    assertThat(content.metadata().uuid()).isEqualTo(fx.instanceUuid);
    assertThat(content.metadata().adminPass()).isEmpty();
    assertThat(content.injectedFiles()).isEmpty();
    assertThat(links()).hasSize(1);
    assertThat(fx.log()).contains("PORTS?(A)", "PGS?(A)");
  }

  @Test
  void CFD_02_builderFailurePropagates() {
    fx.configDriveFailure = new ConfigDriveException("ConfigDriveMountFailed");

    assertThatThrownBy(() -> spawn(withDrive(), DriverFixture.network(), List.of()))
        .isSameAs(fx.configDriveFailure);
    assertThat(fx.log()).doesNotContain("PROV(A,active)").contains("RELEASE(A)");
  }

  @Test
  void CFD_03_portGroupBondingMetadata() {
    var pg = fx.ironic.addPortGroup(NODE_A, "00:00:00:00:00:00");
    pg.put("mode", "active-backup");
    pg.withObjectProperty("properties").put("bond_miimon", 100).put("xmit_hash_policy", "layer3+4");
    pg.withObjectProperty("internal_info").put("tenant_vif_port_id", DriverFixture.VIF1);
    String pgId = pg.get("uuid").asText();
    var p1 = fx.ironic.addPort(NODE_A, "00:00:00:00:00:01").put("portgroup_uuid", pgId);
    var p2 = fx.ironic.addPort(NODE_A, "00:00:00:00:00:02").put("portgroup_uuid", pgId);

    spawn(withDrive(), DriverFixture.network(), List.of());

    List<NetworkLink> links = links();
    assertThat(links).hasSize(3);
    NetworkLink bond = links.get(0);
    assertThat(bond.type()).isEqualTo("bond");
    assertThat(bond.bondMode()).isEqualTo("active-backup");
    assertThat(bond.ethernetMacAddress()).isEqualTo("00:00:00:00:00:00");
    assertThat(bond.bondProperties())
        .containsEntry("bond_xmit_hash_policy", "layer3+4")
        .containsEntry("bond_miimon", 100);
    assertThat(bond.bondLinks()).containsExactly(p1.get("uuid").asText(), p2.get("uuid").asText());
    assertThat(links.get(1).id()).isEqualTo(p1.get("uuid").asText());
    assertThat(links.get(1).type()).isEqualTo("phy");
    assertThat(links.get(2).ethernetMacAddress()).isEqualTo("00:00:00:00:00:02");
    assertThat(links.stream().map(NetworkLink::id).distinct()).hasSize(3);
  }

  @Test
  void CFD_05_portsOnly() {
    fx.ironic
        .addPort(NODE_A, "aa:bb:cc:dd:ee:ff")
        .withObjectProperty("internal_info")
        .put("tenant_vif_port_id", DriverFixture.VIF1);

    spawn(withDrive(), DriverFixture.network(), List.of());

    assertThat(links().get(0).type()).isEqualTo("phy");
    assertThat(links().get(0).ethernetMacAddress()).isEqualTo("aa:bb:cc:dd:ee:ff");
  }

  @Test
  void CFD_06_emptyNetworkInfoGivesEmptyDocumentAndNoPortCalls() {
    fx.realConfigDrive = true;
    byte[] motd = "hello\n".getBytes(StandardCharsets.UTF_8);

    spawn(withDrive(), NetworkInfo.empty(), List.of(new InjectedFile("/etc/motd", motd)));

    assertThat(fx.configDrives.get(0).networkData()).isEqualTo(NetworkData.EMPTY);
    assertThat(fx.configDrives.get(0).injectedFiles()).hasSize(1);
    assertThat(fx.log()).doesNotContain("PORTS?(A)", "PGS?(A)").contains("PROV(A,active)");
  }

  @Test
  void CFD_07_jsonFormWhenConfiguredAndSupported() {
    fx.configure(c -> c.configDriveJson(true));

    spawn(withDrive(), DriverFixture.network(), List.of());

    JsonNode cd =
        fx.ironic
            .requests("PUT", "/v1/nodes/" + NODE_A + "/states/provision")
            .get(0)
            .body()
            .get("configdrive");
    assertThat(cd.isObject()).isTrue();
    assertThat(cd.has("meta_data")).isTrue();
  }

  @Test
  void CFD_07_stringFormWhenTheApiIsTooOld() {
    fx.configure(c -> c.configDriveJson(true));
    fx.ironic.maxMicroversion(55);

    spawn(withDrive(), DriverFixture.network(), List.of());

    JsonNode cd =
        fx.ironic
            .requests("PUT", "/v1/nodes/" + NODE_A + "/states/provision")
            .get(0)
            .body()
            .get("configdrive");
    assertThat(cd.isTextual()).isTrue();
  }

  @Test
  void CFD_08_imageMandatoryOrForcedConfigDrive() {
    fx.configure(c -> c.forceConfigDrive(true));
    spawn(fx.instance(NODE_A), DriverFixture.network(), List.of());
    assertThat(fx.configDrives).hasSize(1);
  }
}
