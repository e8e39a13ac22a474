package dev.ferrum.driver.scenarios;

import static dev.ferrum.driver.testing.FakeIronic.NODE_N;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.driver.DriverException;
import dev.ferrum.driver.testing.Answer;
import dev.ferrum.driver.testing.DriverFixture;
import dev.ferrum.ironic.client.IronicConflictException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scenarios §11: destroy and unprovision. */
class DestroyScenariosTest {

  @AutoClose final DriverFixture fx = new DriverFixture();
  private final List<String> evicted = new CopyOnWriteArrayList<>();

  private void destroy() {
    fx.driver().destroy(fx.instance(), DriverFixture.network());
  }

  /** The fake moves the node to provision {@code null} as soon as {@code deleted} arrives. */
  private void tearDownToNull() {
    fx.ironic.autoComplete(false);
    fx.ironic.enqueue(
        "PUT",
        "/v1/nodes/" + NODE_N + "/states/provision",
        Answer.after(() -> fx.ironic.node(NODE_N).putNull("provision_state")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "active",
        "deploy hold",
        "servicing",
        "service wait",
        "service failed",
        "service hold",
        "wait call-back",
        "deploy failed",
        "error",
        "rescue",
        "rescue failed"
      })
  void DST_02_provisionedAndServicingStatesAreTornDown(String state) {
    fx.deployed(NODE_N, state);
    tearDownToNull();

    destroy();

    assertThat(fx.log()).containsExactly("LOOKUP(I)", "PROV(N,deleted)", "LOOKUP(I)");
  }

  @Test
  void DST_03_unknownFutureStateIsTornDown() {
    fx.deployed(NODE_N, "unknown-future-state");
    tearDownToNull();

    destroy();

    assertThat(fx.log()).containsExactly("LOOKUP(I)", "PROV(N,deleted)", "LOOKUP(I)");
  }

  @Test
  void DST_04_nullProvisionStateIsTornDown() {
    fx.deployed(NODE_N, null);
    tearDownToNull();

    destroy();

    assertThat(fx.log()).containsExactly("LOOKUP(I)", "PROV(N,deleted)", "LOOKUP(I)");
  }

  @Test
  void DST_06_instanceWithoutNodeIsAlreadyDestroyed() {
    destroy();
    assertThat(fx.log()).containsExactly("LOOKUP(I)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cleaning", "clean wait", "clean failed", "available"})
  void DST_07_unprovisionCompletesIntoCleaning(String after) {
    fx.deployed(NODE_N, "active");
    fx.ironic.autoComplete(false);
    fx.ironic.enqueue(
        "PUT",
        "/v1/nodes/" + NODE_N + "/states/provision",
        Answer.after(() -> fx.ironic.node(NODE_N).put("provision_state", after)));
    var driver =
        dev.ferrum.driver.IronicDriver.builder(fx.client, fx.driver().config())
            .onUnprovisioned(evicted::add)
            .build();
    try (driver) {
      driver.destroy(fx.instance(), DriverFixture.network());
    }

    assertThat(fx.log()).containsExactly("LOOKUP(I)", "PROV(N,deleted)", "LOOKUP(I)");
    assertThat(evicted).containsExactly(NODE_N);
  }

  @ParameterizedTest
  @ValueSource(strings = {"active", "deleting", "error"})
  void DST_08_unprovisionGivesUpAfterRPlusTwoPolls(String stuck) {
    fx.configure(c -> c.apiMaxRetries(2));
    fx.deployed(NODE_N, "active");
    fx.ironic.autoComplete(false);
    fx.ironic.enqueue(
        "PUT",
        "/v1/nodes/" + NODE_N + "/states/provision",
        Answer.after(() -> fx.ironic.node(NODE_N).put("provision_state", stuck)));

    assertThatThrownBy(this::destroy)
        .isExactlyInstanceOf(DriverException.class)
        .hasMessage(
            "Error destroying the instance on node "
                + NODE_N
                + ". Provision state still '"
                + stuck
                + "'.");

    assertThat(fx.log())
        .containsExactly(
            "LOOKUP(I)", "PROV(N,deleted)", "LOOKUP(I)", "LOOKUP(I)", "LOOKUP(I)", "LOOKUP(I)");
    assertThat(evicted).isEmpty();
  }

  @Test
  void DST_09_tearDownRejectedPropagates() {
    fx.deployed(NODE_N, "deploying");
    fx.ironic.enqueue(
        "PUT",
        "/v1/nodes/" + NODE_N + "/states/provision",
        Answer.error(400, "The requested action \"deleted\" can not be performed"));

    assertThatThrownBy(this::destroy)
        .isInstanceOf(dev.ferrum.ironic.client.IronicBadRequestException.class);
    assertThat(fx.log()).containsExactly("LOOKUP(I)", "PROV(N,deleted)");
    assertThat(fx.ironic.node(NODE_N).get("instance_uuid").asText()).isEqualTo(fx.instanceUuid);
  }

  @Test
  void DST_10_localCleanupAbortedByANodeLock() {
    fx.deployed(NODE_N, "cleaning");
    fx.ironic.addVolumeTarget(NODE_N, "vol-1", 0);
    fx.ironic.respond(
        "DELETE", "/v1/nodes/" + NODE_N + "/vifs/" + DriverFixture.VIF1, Answer.locked(NODE_N));
    String target = fx.ironic.volumeTargets().get(0).get("uuid").asText();

    assertThatThrownBy(this::destroy).isInstanceOf(IronicConflictException.class);

    assertThat(fx.log())
        .startsWith("LOOKUP(I)", "VT?(N)", "VT-(" + target + ")", "VIF-(N,VIF1)")
        .doesNotContain("RELEASE(N)");
  }

  /**
   * DST-11 says a failed release is only logged (Nova). Ferrum fails the destroy instead (README,
   * "Differences from Nova"): the node still carries the instance, and a destroy reported as done
   * would let the manager forget it.
   */
  @Test
  void DST_11_releaseFailureFailsTheDestroy() {
    fx.deployed(NODE_N, "available");
    fx.ironic.respond("PATCH", "/v1/nodes/" + NODE_N, Answer.error(500, "db down"));

    assertThatThrownBy(this::destroy)
        .isExactlyInstanceOf(DriverException.class)
        .hasMessageContaining("Failed to release node " + NODE_N)
        .hasMessageContaining("db down");

    assertThat(fx.log())
        .startsWith("LOOKUP(I)", "VT?(N)", "VIF-(N,VIF1)", "RELEASE(N)")
        .doesNotContain("PROV(N,deleted)");
  }
}
