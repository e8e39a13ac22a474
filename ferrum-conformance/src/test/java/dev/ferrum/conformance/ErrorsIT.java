package dev.ferrum.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.IronicBadRequestException;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.IronicConflictException;
import dev.ferrum.ironic.client.IronicNodeLockedException;
import dev.ferrum.ironic.client.IronicNotFoundException;
import dev.ferrum.ironic.client.RetryPolicy;
import dev.ferrum.ironic.client.model.JsonPatch;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.PowerState;
import dev.ferrum.ironic.client.model.PowerTarget;
import dev.ferrum.ironic.client.model.ProvisionRequest;
import dev.ferrum.ironic.client.model.ProvisionVerb;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The status, typed exception and faultstring of each Ironic error the driver relies on. The
 * NodeLocked test uses the target's slow sibling (power actions sleep {@value
 * TargetSession#SLOW_POWER_SECONDS} s: {@code [fake] power_delay} on a real Ironic, a power timing
 * on the simulator), because real Ironic retries a locked node for about 2 s before answering 409.
 */
@ExtendWith(IronicTargetExtension.class)
class ErrorsIT {

  @Test
  void unknownNodeIs404(IronicTarget target) {
    String uuid = UUID.randomUUID().toString();

    assertThatThrownBy(() -> target.client().nodes().get(uuid))
        .isInstanceOfSatisfying(
            IronicNotFoundException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.faultstring()).contains("Node " + uuid + " could not be found.");
            });
    assertThatThrownBy(() -> target.client().nodes().get("conf-no-such-name"))
        .isInstanceOf(IronicNotFoundException.class);

    // the envelope: error_message holds a JSON document as a string
    RawHttp.Response raw = target.raw().get("/v1/nodes/" + uuid, "1.46");
    assertThat(raw.status()).isEqualTo(404);
    assertThat(raw.body().path("error_message").isTextual()).isTrue();
    assertThat(raw.body().path("error_message").asText())
        .startsWith("{\"faultcode\": \"Client\", \"faultstring\": ")
        .endsWith(", \"debuginfo\": null}");
    assertThat(raw.header("Openstack-Request-Id"))
        .hasValueSatisfying(id -> assertThat(id).startsWith("req-"));
  }

  @Test
  void unknownDriverAndUnknownFieldAre400(IronicTarget target, TestNodes nodes) {
    RawHttp.Response ipmi =
        createRaw(target, Map.of("driver", "ipmi", "name", nodes.uniqueName("ipmi")));
    assertThat(ipmi.status()).isEqualTo(400);
    assertThat(ipmi.fault())
        .contains("No valid host was found")
        .contains("No conductor service registered which supports driver ipmi");

    RawHttp.Response bogus =
        createRaw(
            target,
            Map.of("driver", "fake-hardware", "name", nodes.uniqueName("bogus"), "bogus_field", 1));
    assertThat(bogus.status()).isEqualTo(400);
    assertThat(bogus.fault())
        .contains("Additional properties are not allowed ('bogus_field' was unexpected)");
  }

  /** POSTs a node; one wrongly created is deleted at once so nothing leaks. */
  private static RawHttp.Response createRaw(IronicTarget target, Map<String, Object> body) {
    RawHttp.Response r = target.raw().send("POST", "/v1/nodes", "1.46", body);
    if (r.status() == 201) {
      target.client().nodes().delete(r.body().path("uuid").asText());
    }
    return r;
  }

  @Test
  void deletingAnAssociatedNodeIs409(TestNodes nodes) {
    Node active = nodes.active();

    assertThatThrownBy(() -> nodes.client().nodes().delete(active.uuid()))
        .isInstanceOfSatisfying(
            IronicConflictException.class,
            e -> {
              assertThat(e.status()).isEqualTo(409);
              assertThat(e).isNotInstanceOf(IronicNodeLockedException.class);
              assertThat(e.faultstring())
                  .hasValueSatisfying(f ->
                      assertThat(f)
                          .contains("Node " + active.uuid())
                          .contains("is associated with instance " + active.instanceUuid()));
            });
  }

  @Test
  void duplicateNameIs409(TestNodes nodes) {
    Node n = nodes.enroll();

    assertThatThrownBy(() -> nodes.enroll(b -> b.name(n.name())))
        .isInstanceOfSatisfying(
            IronicConflictException.class,
            e ->
                assertThat(e.faultstring())
                    .contains("A node with name " + n.name() + " already exists."));
  }

  @Test
  void invalidTransitionIs400(TestNodes nodes) {
    Node n = nodes.enroll();

    assertThatThrownBy(() ->
            nodes
                .client()
                .nodes()
                .setProvisionState(n.uuid(), ProvisionRequest.of(ProvisionVerb.PROVIDE)))
        .isInstanceOfSatisfying(
            IronicBadRequestException.class,
            e ->
                assertThat(e.faultstring())
                    .contains(
                        "The requested action \"provide\" can not be performed on node \""
                            + n.uuid()
                            + "\" while it is in state \"enroll\"."));
  }

  @Test
  void lockedNodeIs409NodeLocked(IronicTarget target) {
    IronicTarget slow = target.slow();
    try (TestNodes nodes = new TestNodes(slow, "lockedNodeIs409NodeLocked");
        IronicClient impatient = slow.newClient(b -> b.retryPolicy(RetryPolicy.none()))) {
      Node n = nodes.enroll();
      long t0 = System.nanoTime();
      impatient.nodes().setPowerState(n.uuid(), PowerTarget.POWER_ON);
      long sent = System.nanoTime();

      assertThatThrownBy(() ->
              impatient
                  .nodes()
                  .update(
                      n.uuid(), JsonPatch.builder().add("/extra/conformance", "locked").build()))
          .isInstanceOfSatisfying(
              IronicNodeLockedException.class,
              e -> {
                assertThat(e.status()).isEqualTo(409);
                assertThat(e.faultstring())
                    .hasValueSatisfying(f ->
                        assertThat(f)
                            .contains("Node " + n.uuid() + " is locked by host")
                            .contains("please retry after the current operation is completed"));
              });
      long answered = System.nanoTime();
      assertThat(answered - t0)
          .as("the 409 came while the power action still held the lock")
          .isLessThan(TargetSession.SLOW_POWER_SECONDS * 1_000_000_000L);
      assertThat(answered - sent)
          .as("Ironic retries a locked node itself (about 2 s) before answering 409")
          .isGreaterThan(1_000_000_000L);

      Node after = Awaits.powerState(slow.client(), n.uuid(), PowerState.POWER_ON);
      assertThat(after.extra()).doesNotContainKey("conformance");
    }
  }
}
