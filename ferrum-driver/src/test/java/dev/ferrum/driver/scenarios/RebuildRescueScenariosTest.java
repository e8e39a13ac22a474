package dev.ferrum.driver.scenarios;

import static dev.ferrum.driver.testing.FakeIronic.NODE_N;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.driver.DriverException;
import dev.ferrum.driver.InstanceDeployFailureException;
import dev.ferrum.driver.InstanceRescueFailureException;
import dev.ferrum.driver.InstanceSpec;
import dev.ferrum.driver.InstanceUnrescueFailureException;
import dev.ferrum.driver.RebuildRequest;
import dev.ferrum.driver.configdrive.ConfigDriveException;
import dev.ferrum.driver.testing.Answer;
import dev.ferrum.driver.testing.DriverFixture;
import dev.ferrum.driver.testing.RecordedCall;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scenarios §12 (rebuild) and §13 (rescue / unrescue). */
class RebuildRescueScenariosTest {

  @AutoClose final DriverFixture fx = new DriverFixture();
  private static final String PROV = "/v1/nodes/" + NODE_N + "/states/provision";

  @BeforeEach
  void deployed() {
    fx.deployed(NODE_N, "active");
    fx.hooks.vmState = "active";
    fx.hooks.taskState = "rebuilding";
  }

  private RebuildRequest rebuild(InstanceSpec instance, boolean preserve, boolean reimage) {
    return new RebuildRequest(
        instance,
        DriverFixture.image(),
        List.of(),
        Optional.empty(),
        DriverFixture.network(),
        preserve,
        reimage);
  }

  @Test
  void RBL_01_rebuildWithAndWithoutPreserveEphemeral() {
    for (boolean preserve : new boolean[] {true, false}) {
      fx.ironic.clearRequests();
      fx.hooks.taskState = "rebuilding";
      fx.hooks.saves.clear();

      fx.driver().rebuild(rebuild(fx.instance(), preserve, false), fx.hooks);

      assertThat(fx.hooks.saves).containsExactly("task=rebuild_spawning expected=rebuilding");
      assertThat(fx.log()).containsExactly("GETN(N)", "PATCH(N)", "PROV(N,rebuild)", "LOOKUP(I)");
      RecordedCall patch = fx.ironic.requests("PATCH", "/v1/nodes/" + NODE_N).get(0);
      assertThat(value(patch, "preserve_ephemeral")).isEqualTo(preserve ? "True" : "False");
      assertThat(value(patch, "image_source")).isEqualTo(DriverFixture.image().id());
      assertThat(fx.ironic.requests("PUT", PROV).get(0).body().has("configdrive")).isFalse();
      assertThat(fx.configDrives).isEmpty();
    }
  }

  @Test
  void RBL_02_rebuildWithConfigDriveSendsIt() {
    fx.driver()
        .rebuild(
            rebuild(fx.instanceBuilder(NODE_N).configDrive(true).build(), false, false), fx.hooks);

    assertThat(fx.configDrives).hasSize(1);
    assertThat(fx.ironic.requests("PUT", PROV).get(0).body().get("configdrive").asText())
        .isEqualTo("CD");
  }

  @Test
  void RBL_03_configDriveFailure() {
    fx.configDriveFailure = new ConfigDriveException("mount failed");

    assertThatThrownBy(() ->
            fx.driver()
                .rebuild(
                    rebuild(fx.instanceBuilder(NODE_N).configDrive(true).build(), false, false),
                    fx.hooks))
        .isInstanceOf(InstanceDeployFailureException.class)
        .hasMessageContaining("Failed to build configdrive");
    assertThat(fx.log())
        .startsWith("GETN(N)", "PATCH(N)")
        .doesNotContain("PROV(N,rebuild)", "RELEASE(N)", "VT?(N)");
  }

  @Test
  void RBL_04_rebuildRequestRejected() {
    fx.ironic.enqueue("PUT", PROV, Answer.error(500, "boom"));

    assertThatThrownBy(() -> fx.driver().rebuild(rebuild(fx.instance(), false, false), fx.hooks))
        .isInstanceOf(InstanceDeployFailureException.class)
        .hasMessageContaining("Failed to request Ironic to rebuild instance");
    assertThat(fx.log()).containsExactly("GETN(N)", "PATCH(N)", "PROV(N,rebuild)");
  }

  @Test
  void RBL_05_reimageBootVolumeUnsupported() {
    assertThatThrownBy(() -> fx.driver().rebuild(rebuild(fx.instance(), false, true), fx.hooks))
        .isInstanceOf(DriverException.class)
        .hasMessageContaining("volume backed");
    assertThat(fx.hooks.saves).isEmpty();
    assertThat(fx.log()).isEmpty();
  }

  @Test
  void RSC_01_rescueSendsThePasswordAndWaits() {
    fx.driver().rescue(fx.instance(), "s3cret");

    assertThat(fx.log()).containsExactly("PROV(N,rescue)", "LOOKUP(I)");
    assertThat(fx.ironic.requests("PUT", PROV).get(0).body().get("rescue_password").asText())
        .isEqualTo("s3cret");
  }

  @Test
  void RSC_02_rescueRequestRejected() {
    fx.ironic.enqueue("PUT", PROV, Answer.error(400, "wrong state"));

    assertThatThrownBy(() -> fx.driver().rescue(fx.instance(), "s3cret"))
        .isInstanceOf(InstanceRescueFailureException.class)
        .hasMessageNotContaining("s3cret");
    assertThat(fx.log()).containsExactly("PROV(N,rescue)");
  }

  @Test
  void RSC_03_rescueWaitFailures() {
    fx.ironic.enqueue(
        "PUT", PROV, Answer.after(() -> fx.ironic.node(NODE_N).putNull("instance_uuid")));
    fx.ironic.autoComplete(false);
    assertThatThrownBy(() -> fx.driver().rescue(fx.instance(), "pw"))
        .isInstanceOf(InstanceRescueFailureException.class);

    fx.deployed(NODE_N, "active");
    fx.ironic.enqueue(
        "PUT",
        PROV,
        Answer.after(() ->
            fx.ironic.onRead(
                NODE_N,
                n ->
                    n.put("provision_state", "rescue failed").put("last_error", "rescue failed"))));
    assertThatThrownBy(() -> fx.driver().rescue(fx.instance(), "pw"))
        .isInstanceOf(InstanceRescueFailureException.class)
        .hasMessageContaining("rescue failed");
  }

  @Test
  void RSC_04_unrescue() {
    fx.ironic.node(NODE_N).put("provision_state", "rescue");

    fx.driver().unrescue(fx.instance());

    assertThat(fx.log()).containsExactly("PROV(N,unrescue)", "LOOKUP(I)");
    RecordedCall prov = fx.ironic.requests("PUT", PROV).get(0);
    assertThat(prov.body().has("rescue_password")).isFalse();
  }

  @Test
  void RSC_06_unrescueWaitFailures() {
    fx.ironic.node(NODE_N).put("provision_state", "rescue");
    fx.ironic.autoComplete(false);
    fx.ironic.enqueue(
        "PUT", PROV, Answer.after(() -> fx.ironic.node(NODE_N).putNull("instance_uuid")));
    assertThatThrownBy(() -> fx.driver().unrescue(fx.instance()))
        .isInstanceOf(InstanceUnrescueFailureException.class);

    fx.deployed(NODE_N, "rescue");
    fx.ironic.enqueue(
        "PUT",
        PROV,
        Answer.after(
            () -> fx.ironic.onRead(NODE_N, n -> n.put("provision_state", "unrescue failed"))));
    assertThatThrownBy(() -> fx.driver().unrescue(fx.instance()))
        .isInstanceOf(InstanceUnrescueFailureException.class);
  }

  private static String value(RecordedCall patch, String key) {
    for (var op : patch.body()) {
      if (op.get("path").asText().equals("/instance_info/" + key)) {
        return op.get("value").asText();
      }
    }
    return null;
  }
}
