package dev.ferrum.driver.scenarios;

import static dev.ferrum.driver.testing.FakeIronic.NODE_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.driver.BlockDeviceInfo;
import dev.ferrum.driver.BuildAbortedException;
import dev.ferrum.driver.InstanceDeployFailureException;
import dev.ferrum.driver.InstanceSpec;
import dev.ferrum.driver.NodeValidationException;
import dev.ferrum.driver.SpawnRequest;
import dev.ferrum.driver.VolumeMapping;
import dev.ferrum.driver.testing.Answer;
import dev.ferrum.driver.testing.DriverFixture;
import dev.ferrum.driver.testing.RecordedCall;
import dev.ferrum.ironic.client.IronicServerException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scenarios §7 (spawn): I.node = A, A reserved for I, validation passes, polls answer active. */
class SpawnScenariosTest {

  @AutoClose final DriverFixture fx = new DriverFixture();

  private static final List<String> CLEANUP_NI = List.of("VT?(A)", "VIF-(A,VIF1)", "RELEASE(A)");

  @BeforeEach
  void reserveA() {
    fx.ironic.node(NODE_A).put("instance_uuid", fx.instanceUuid).put("power_state", "power off");
    fx.ironic.attachVifForTest(NODE_A, DriverFixture.VIF1);
  }

  private SpawnRequest request(InstanceSpec instance) {
    return SpawnRequest.of(instance, DriverFixture.image(), DriverFixture.network());
  }

  @Test
  void SPW_01_spawnDeploysAndWaitsForActive() {
    fx.driver().spawn(request(fx.instance(NODE_A)), fx.hooks);

    assertThat(fx.log())
        .containsExactly("GETN(A)", "PATCH(A)", "VALIDATE(A)", "PROV(A,active)", "LOOKUP(I)");
    RecordedCall prov =
        fx.ironic.requests("PUT", "/v1/nodes/" + NODE_A + "/states/provision").get(0);
    assertThat(prov.body().has("configdrive")).isFalse();
    assertThat(fx.ironic.node(NODE_A).get("provision_state").asText()).isEqualTo("active");
    assertThat(fx.configDrives).isEmpty();
    assertThat(fx.hooks.refreshes.get()).isEqualTo(1);
  }

  @Test
  void SPW_02_configDriveIsBuiltAndSentAsGzipBase64String() {
    fx.realConfigDrive = true;
    InstanceSpec instance = fx.instanceBuilder(NODE_A).configDrive(true).build();

    fx.driver().spawn(request(instance), fx.hooks);

    assertThat(fx.configDrives).hasSize(1);
    assertThat(fx.configDrives.get(0).metadata().adminPass()).isEmpty();
    assertThat(fx.configDrives.get(0).injectedFiles()).isEmpty();
    RecordedCall prov =
        fx.ironic.requests("PUT", "/v1/nodes/" + NODE_A + "/states/provision").get(0);
    assertThat(prov.body().get("target").asText()).isEqualTo("active");
    byte[] gz = java.util.Base64.getDecoder().decode(prov.body().get("configdrive").asText());
    assertThat(gz[0] & 0xff).isEqualTo(0x1f);
    assertThat(gz[1] & 0xff).isEqualTo(0x8b);
  }

  @Test
  void SPW_02_adminPasswordGoesIntoConfigDriveMetadata() {
    InstanceSpec instance = fx.instanceBuilder(NODE_A).configDrive(true).build();
    SpawnRequest req =
        new SpawnRequest(
            instance,
            DriverFixture.image(),
            List.of(),
            Optional.of("pw"),
            DriverFixture.network(),
            BlockDeviceInfo.none());

    fx.driver().spawn(req, fx.hooks);

    assertThat(fx.configDrives.get(0).metadata().adminPass()).contains("pw");
    assertThat(req.toString()).doesNotContain("pw]").contains("adminPassword=***");
  }

  @Test
  void SPW_03_ephemeralDiskSetsDefaultDevice() {
    InstanceSpec instance = fx.instanceBuilder(NODE_A).build().toBuilder().build();
    instance =
        dev.ferrum.driver.InstanceSpec.builder(
                instance.uuid(),
                instance.projectId(),
                instance.userId(),
                new dev.ferrum.driver.Flavor("fake.flavor", 1, 1, 1, 1, 1, Map.of()))
            .node(NODE_A)
            .host("fake-host")
            .build();

    fx.driver().spawn(request(instance), fx.hooks);

    assertThat(fx.hooks.saves).containsExactly("ephemeral=/dev/sda1");
    assertThat(patchValue("ephemeral_gb")).isEqualTo("1");
  }

  @Test
  void SPW_04_validationFailureCleansUpAndReportsReasons() {
    fx.ironic.validation(NODE_A, "power", false, "OVERVOLT");
    fx.ironic.validation(NODE_A, "deploy", false, null);

    assertThatThrownBy(() -> fx.driver().spawn(request(fx.instance(NODE_A)), fx.hooks))
        .isInstanceOf(NodeValidationException.class)
        .hasMessageContaining("deploy: None, power: OVERVOLT, storage: No Error");

    assertThat(fx.log())
        .containsExactly(
            "GETN(A)", "PATCH(A)", "VALIDATE(A)", "VT?(A)", "VIF-(A,VIF1)", "RELEASE(A)");
    assertThat(fx.ironic.node(NODE_A).get("instance_uuid").isNull()).isTrue();
    assertThat(fx.ironic.node(NODE_A).get("instance_info").isEmpty()).isTrue();
  }

  @Test
  void SPW_06_provisionRequestFailureCleansUpOnceAndRethrows() {
    fx.ironic.enqueue("PUT", "/v1/nodes/" + NODE_A + "/states/provision", Answer.error(500, "foo"));

    assertThatThrownBy(() -> fx.driver().spawn(request(fx.instance(NODE_A)), fx.hooks))
        .isInstanceOf(IronicServerException.class)
        .hasMessageContaining("foo");

    assertThat(fx.log())
        .containsExactly(
            "GETN(A)",
            "PATCH(A)",
            "VALIDATE(A)",
            "PROV(A,active)",
            "VT?(A)",
            "VIF-(A,VIF1)",
            "RELEASE(A)");
  }

  @Test
  void SPW_07_invalidImageAbortsInsteadOfRescheduling() {
    fx.ironic.enqueue(
        "PUT",
        "/v1/nodes/" + NODE_A + "/states/provision",
        Answer.error(
            400, "ironic.common.exception.InvalidImage: The requested image is not valid"));

    assertThatThrownBy(() -> fx.driver().spawn(request(fx.instance(NODE_A)), fx.hooks))
        .isInstanceOf(BuildAbortedException.class);
    assertThat(fx.log()).endsWith(CLEANUP_NI.toArray(String[]::new));
    assertThat(fx.log().stream().filter(c -> c.startsWith("RELEASE"))).hasSize(1);
  }

  @Test
  void SPW_08_failureDuringDeployWaitDoesNotSelfDestroy() {
    fx.ironic.autoComplete(false);
    fx.ironic.onRead(
        NODE_A,
        getn -> {},
        poll -> poll.put("provision_state", "deploy failed").put("last_error", "boom"));

    assertThatThrownBy(() -> fx.driver().spawn(request(fx.instance(NODE_A)), fx.hooks))
        .isInstanceOf(InstanceDeployFailureException.class)
        .hasMessageContaining("boom");

    assertThat(fx.log())
        .containsExactly("GETN(A)", "PATCH(A)", "VALIDATE(A)", "PROV(A,active)", "LOOKUP(I)");
    assertThat(fx.ironic.node(NODE_A).get("instance_uuid").asText()).isEqualTo(fx.instanceUuid);
  }

  @Test
  void cancelWaitsAbortsADeployInProgress() throws Exception {
    fx.ironic.autoComplete(false);
    var driver = fx.driver();
    var failure = new java.util.concurrent.CompletableFuture<Throwable>();
    Thread t =
        Thread.ofVirtual()
            .start(() -> {
              try {
                driver.spawn(request(fx.instance(NODE_A)), fx.hooks);
                failure.complete(null);
              } catch (RuntimeException e) {
                failure.complete(e);
              }
            });
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
    while (driver.cancelWaits(fx.instanceUuid, "instance deleted") == 0
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    t.join(java.time.Duration.ofSeconds(10));

    assertThat(failure.get(1, java.util.concurrent.TimeUnit.SECONDS))
        .isInstanceOf(InstanceDeployFailureException.class)
        .hasMessageContaining("provisioning was aborted");
    assertThat(fx.log()).doesNotContain("PROV(A,deleted)", "RELEASE(A)");
  }

  @Test
  void SPW_10_deployPatchRejectedFailsWithoutCleanup() {
    fx.ironic.enqueue("PATCH", "/v1/nodes/" + NODE_A, Answer.error(400, "bad patch"));

    assertThatThrownBy(() -> fx.driver().spawn(request(fx.instance(NODE_A)), fx.hooks))
        .isInstanceOf(InstanceDeployFailureException.class)
        .hasMessageContaining("Failed to add deploy parameters");

    assertThat(fx.log()).containsExactly("GETN(A)", "PATCH(A)");
  }

  @Test
  void SPW_11_volumeTargetCreationFailureCleansUp() {
    fx.ironic.enqueue("POST", "/v1/volume/targets", Answer.error(409, "conflict"));
    SpawnRequest req =
        new SpawnRequest(
            fx.instance(NODE_A),
            DriverFixture.image(),
            List.of(),
            Optional.empty(),
            DriverFixture.network(),
            new BlockDeviceInfo(
                List.of(new VolumeMapping("vol-1", 0, "iscsi", Map.of("target_iqn", "iqn.x")))));

    assertThatThrownBy(() -> fx.driver().spawn(req, fx.hooks))
        .isInstanceOf(InstanceDeployFailureException.class);

    assertThat(fx.log())
        .containsExactly("GETN(A)", "PATCH(A)", "VT+", "VT?(A)", "VIF-(A,VIF1)", "RELEASE(A)");
  }

  private String patchValue(String key) {
    RecordedCall patch = fx.ironic.requests("PATCH", "/v1/nodes/" + NODE_A).get(0);
    for (var op : patch.body()) {
      if (op.get("path").asText().equals("/instance_info/" + key)) {
        return op.get("value").asText();
      }
    }
    return null;
  }
}
