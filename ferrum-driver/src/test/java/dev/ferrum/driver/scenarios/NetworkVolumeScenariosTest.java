package dev.ferrum.driver.scenarios;

import static dev.ferrum.driver.testing.FakeIronic.NODE_N;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.driver.BlockDeviceInfo;
import dev.ferrum.driver.InstanceDeployFailureException;
import dev.ferrum.driver.NetworkInfo;
import dev.ferrum.driver.VirtualInterfacePlugException;
import dev.ferrum.driver.VolumeConnector;
import dev.ferrum.driver.VolumeMapping;
import dev.ferrum.driver.cache.NodeLookup;
import dev.ferrum.driver.internal.DeployCleanup;
import dev.ferrum.driver.internal.VolumeSupport;
import dev.ferrum.driver.testing.Answer;
import dev.ferrum.driver.testing.DriverFixture;
import dev.ferrum.driver.testing.RecordedCall;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Scenarios §15 (VIFs), §16 (failed-spawn clean-up) and §10 (volume targets and connector). */
class NetworkVolumeScenariosTest {

  @AutoClose final DriverFixture fx = new DriverFixture();
  private static final String VIFS = "/v1/nodes/" + NODE_N + "/vifs";
  private static final NetworkInfo TWO =
      NetworkInfo.of(
          DriverFixture.vif("aaaaaaaa-vv11-cccc-dddd-eeeeeeeeeeee", "52:54:00:00:00:11", "1.2.3.4"),
          DriverFixture.vif(
              "aaaaaaaa-vv22-cccc-dddd-eeeeeeeeeeee", "52:54:00:00:00:22", "1.2.3.5"));

  @Test
  void VIF_01_attachOneWithoutConflictRetries() {
    fx.driver().attachInterface(fx.instance(), DriverFixture.vif1());
    assertThat(fx.log()).containsExactly("GETN(N)", "VIF+(N,VIF1)");
    assertThat(fx.ironic.vifs(NODE_N)).containsExactly("VIF1");
  }

  @Test
  void VIF_03_attachSeveral() {
    fx.driver().prepareNetworksBeforeBlockDeviceMapping(fx.instance(), TWO);
    assertThat(fx.log())
        .containsExactly(
            "GETN(N)",
            "VIF+(N,aaaaaaaa-vv11-cccc-dddd-eeeeeeeeeeee)",
            "VIF+(N,aaaaaaaa-vv22-cccc-dddd-eeeeeeeeeeee)");
  }

  @Test
  void VIF_04_attachRejected() {
    fx.ironic.enqueue("POST", VIFS, Answer.then(() -> {}), Answer.error(400, "no free port"));
    assertThatThrownBy(
            () -> fx.driver().prepareNetworksBeforeBlockDeviceMapping(fx.instance(), TWO))
        .isInstanceOf(VirtualInterfacePlugException.class)
        .hasMessageContaining("aaaaaaaa-vv22");
  }

  @Test
  void VIF_05_conflictOnAnAttachedVifMeansAlreadyAttached() {
    fx.ironic.attachVifForTest(NODE_N, "aaaaaaaa-vv11-cccc-dddd-eeeeeeeeeeee");
    fx.ironic.enqueue("POST", VIFS, Answer.error(409, "VIF already attached"));

    fx.driver().prepareNetworksBeforeBlockDeviceMapping(fx.instance(), TWO);

    assertThat(fx.ironic.requests("POST", VIFS)).hasSize(2);
    assertThat(fx.ironic.vifs(NODE_N)).hasSize(2);
  }

  @Test
  void VIF_06_conflictForALockedNodeIsNotSwallowed() {
    fx.ironic.enqueue("POST", VIFS, Answer.locked(NODE_N));

    assertThatThrownBy(() -> fx.driver().attachInterface(fx.instance(), DriverFixture.vif1()))
        .isInstanceOf(VirtualInterfacePlugException.class);
    assertThat(fx.ironic.requests("POST", VIFS)).hasSize(1);
  }

  @Test
  void VIF_07_unplugIgnoresNotAttached() {
    fx.ironic.attachVifForTest(NODE_N, "aaaaaaaa-vv11-cccc-dddd-eeeeeeeeeeee");

    fx.driver().unplugVifs(fx.instance(), TWO);

    assertThat(fx.log())
        .containsExactly(
            "GETN(N)",
            "VIF-(N,aaaaaaaa-vv11-cccc-dddd-eeeeeeeeeeee)",
            "VIF-(N,aaaaaaaa-vv22-cccc-dddd-eeeeeeeeeeee)");
    fx.ironic.clearRequests();
    fx.driver().unplugVifs(fx.instance(), NetworkInfo.empty());
    assertThat(fx.log()).containsExactly("GETN(N)");
  }

  @Test
  void VIF_08_attachAndDetachInterface() {
    fx.driver().attachInterface(fx.instance(), DriverFixture.vif1());
    fx.driver().detachInterface(fx.instance(), DriverFixture.vif1());
    assertThat(fx.log()).containsExactly("GETN(N)", "VIF+(N,VIF1)", "GETN(N)", "VIF-(N,VIF1)");
  }

  @Test
  void VIF_09_prepareNetworksPropagatesErrors() {
    fx.ironic.enqueue("POST", VIFS, Answer.error(500, "boom"));
    assertThatThrownBy(
            () -> fx.driver().prepareNetworksBeforeBlockDeviceMapping(fx.instance(), TWO))
        .isInstanceOf(dev.ferrum.ironic.client.IronicServerException.class);
    fx.driver().cleanNetworksPreparation(fx.instance(), TWO);
  }

  @Test
  void VIF_11_bindingHostId() {
    assertThat(fx.driver().networkBindingHostId(fx.instance())).isEmpty();
    assertThat(fx.driver().managesNetworkBindingHostId()).isTrue();
    fx.driver().plugVifs(fx.instance(), DriverFixture.network());
    assertThat(fx.log()).isEmpty();
  }

  @Test
  void FSC_01_associatedNodeIsCleaned() {
    fx.deployed(NODE_N, "available");
    fx.ironic.attachVifForTest(NODE_N, "VIF1");
    String t = fx.ironic.addVolumeTarget(NODE_N, "vol", 0).get("uuid").asText();

    fx.driver().failedSpawnCleanup(fx.instance());

    assertThat(fx.log()).containsExactly("LOOKUP(I)", "VT?(N)", "VT-(" + t + ")", "RELEASE(N)");
    assertThat(fx.ironic.node(NODE_N).get("instance_uuid").isNull()).isTrue();
  }

  @Test
  void FSC_02_neverTouchANodeNotAssociatedWithThisInstance() {
    fx.ironic.node(NODE_N).put("instance_uuid", "someone-else");

    fx.driver().failedSpawnCleanup(fx.instance());

    assertThat(fx.log()).containsExactly("LOOKUP(I)");
    assertThat(fx.ironic.node(NODE_N).get("instance_uuid").asText()).isEqualTo("someone-else");
  }

  @Test
  void VOL_01_createTargetPayload() {
    VolumeSupport volumes = new VolumeSupport(fx.client, new NodeLookup(fx.client.nodes()));
    volumes.createTargets(
        fx.instance(),
        new BlockDeviceInfo(
            List.of(
                new VolumeMapping(
                    "fake-volume-id-1", 0, "fake_type", Map.of("target_lun", "fake_data")))));

    RecordedCall post = fx.ironic.requests("POST", "/v1/volume/targets").get(0);
    assertThat(post.body().get("node_uuid").asText()).isEqualTo(NODE_N);
    assertThat(post.body().get("volume_type").asText()).isEqualTo("fake_type");
    assertThat(post.body().get("properties").get("target_lun").asText()).isEqualTo("fake_data");
    assertThat(post.body().get("boot_index").asInt()).isZero();
    assertThat(post.body().get("volume_id").asText()).isEqualTo("fake-volume-id-1");

    fx.ironic.clearRequests();
    volumes.createTargets(fx.instance(), BlockDeviceInfo.none());
    assertThat(fx.log()).isEmpty();
  }

  @Test
  void VOL_02_creationRejected() {
    VolumeSupport volumes = new VolumeSupport(fx.client, new NodeLookup(fx.client.nodes()));
    var bdi = new BlockDeviceInfo(List.of(new VolumeMapping("v", 0, "iscsi", Map.of())));
    for (int status : new int[] {400, 409}) {
      fx.ironic.enqueue("POST", "/v1/volume/targets", Answer.error(status, "rejected"));
      assertThatThrownBy(() -> volumes.createTargets(fx.instance(), bdi))
          .isInstanceOf(InstanceDeployFailureException.class);
    }
  }

  @Test
  void VOL_03_cleanupDeletesEveryTarget() {
    DeployCleanup cleanup = new DeployCleanup(fx.client);
    String t = fx.ironic.addVolumeTarget(NODE_N, "fake_uuid", 0).get("uuid").asText();
    cleanup.cleanupVolumeTargets(NODE_N);
    assertThat(fx.log()).containsExactly("VT?(N)", "VT-(" + t + ")");
    fx.ironic.clearRequests();
    cleanup.cleanupVolumeTargets(NODE_N);
    assertThat(fx.log()).containsExactly("VT?(N)");
  }

  @Test
  void VOL_05_connectorWithExplicitIp() {
    fx.ironic.node(NODE_N).putObject("properties").put("cpu_arch", "x86_64");
    fx.ironic.addVolumeConnector(NODE_N, "iqn", "iqn.test");
    fx.ironic.addVolumeConnector(NODE_N, "ip", "1.2.3.4");
    fx.ironic.addVolumeConnector(NODE_N, "wwnn", "200010601");
    fx.ironic.addVolumeConnector(NODE_N, "wwpn", "200010605");
    fx.ironic.addVolumeConnector(NODE_N, "wwpn", "200010606");

    VolumeConnector c = fx.driver().getVolumeConnector(fx.instance(), DriverFixture.network());

    assertThat(fx.log()).containsExactly("GETN(N)", "VC?(N)");
    assertThat(c.toMap())
        .containsEntry("initiator", "iqn.test")
        .containsEntry("ip", "1.2.3.4")
        .containsEntry("host", "1.2.3.4")
        .containsEntry("multipath", false)
        .containsEntry("wwnns", List.of("200010601"))
        .containsEntry("wwpns", List.of("200010605", "200010606"))
        .containsEntry("os_type", "baremetal")
        .containsEntry("platform", "x86_64");
  }

  @Test
  void VOL_06_ipFromAMacConnector() {
    String vif = "aaaaaaaa-vv11-cccc-dddd-eeeeeeeeeeee";
    String mac = "11:22:33:44:55:66";
    fx.ironic.addVolumeConnector(NODE_N, "iqn", "iqn.test");
    fx.ironic.addVolumeConnector(NODE_N, "mac", mac);
    fx.ironic
        .addPort(NODE_N, mac)
        .withObjectProperty("internal_info")
        .put("tenant_vif_port_id", vif);
    NetworkInfo ni = NetworkInfo.of(DriverFixture.vif(vif, mac, "1.2.3.4"));

    VolumeConnector a = fx.driver().getVolumeConnector(fx.instance(), ni);
    assertThat(fx.log())
        .containsExactly("GETN(N)", "VC?(N)", "PGS?(N," + mac + ")", "PORTS?(N," + mac + ")");
    assertThat(a.ip()).contains("1.2.3.4");
    assertThat(a.host()).isEqualTo("1.2.3.4");

    fx.ironic.addPortGroup(NODE_N, mac).withObjectProperty("extra").put("vif_port_id", vif);
    fx.ironic.clearRequests();
    VolumeConnector b = fx.driver().getVolumeConnector(fx.instance(), ni);
    assertThat(fx.log()).containsExactly("GETN(N)", "VC?(N)", "PGS?(N," + mac + ")");
    assertThat(b.ip()).contains("1.2.3.4");
  }

  @Test
  void VOL_07_ipWithoutMacConnectorsOrNoIpAtAll() {
    fx.ironic.addVolumeConnector(NODE_N, "iqn", "iqn.test");
    VolumeConnector a = fx.driver().getVolumeConnector(fx.instance(), DriverFixture.network());
    assertThat(a.ip()).contains("1.2.3.4");
    assertThat(fx.log()).containsExactly("GETN(N)", "VC?(N)");

    VolumeConnector b = fx.driver().getVolumeConnector(fx.instance(), NetworkInfo.empty());
    assertThat(b.ip()).isEqualTo(Optional.empty());
    assertThat(b.toMap()).doesNotContainKey("ip").containsEntry("host", "fake-instance");
  }
}
