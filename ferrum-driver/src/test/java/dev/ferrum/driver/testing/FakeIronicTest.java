package dev.ferrum.driver.testing;

import static dev.ferrum.driver.testing.FakeIronic.NODE_N;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.IronicConflictException;
import dev.ferrum.ironic.client.IronicNotFoundException;
import dev.ferrum.ironic.client.model.NodeQuery;
import dev.ferrum.ironic.client.model.ProvisionRequest;
import dev.ferrum.ironic.client.model.ProvisionVerb;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The harness itself: state, 409 rule, programming, paging and the request log. */
class FakeIronicTest {

  private final FakeIronic ironic = FakeIronic.start();
  private final IronicClient client = ironic.client();

  @AfterEach
  void close() {
    client.close();
    ironic.close();
  }

  @Test
  void reserveTwiceConflictsAndIsLoggedWithBody() {
    ironic.addNode(NODE_N);
    client.nodes().reserve(NODE_N, "i1");
    assertThatThrownBy(() -> client.nodes().reserve(NODE_N, "i2"))
        .isInstanceOf(IronicConflictException.class);
    assertThat(ironic.node(NODE_N).get("instance_uuid").asText()).isEqualTo("i1");
    assertThat(ironic.requests("PATCH", "/v1/nodes/" + NODE_N)).hasSize(2);
    assertThat(ironic.requests().get(0).body().get(0).get("path").asText())
        .isEqualTo("/instance_uuid");
    assertThat(ironic.discoveries()).isEqualTo(1);
  }

  @Test
  void readScriptAndEnqueuedAnswersApplyInOrder() {
    ironic.addNode(NODE_N);
    ironic.onRead(
        NODE_N,
        n -> n.put("provision_state", "deploying"),
        n -> n.put("provision_state", "active"));
    ironic.enqueue(
        "GET", "/v1/nodes/missing", Answer.error(404, "Node missing could not be found."));
    assertThat(client.nodes().get(NODE_N, List.of("provision_state")).provisionState())
        .isEqualTo("deploying");
    assertThat(client.nodes().get(NODE_N).provisionState()).isEqualTo("active");
    assertThat(client.nodes().get(NODE_N).provisionState()).isEqualTo("active");
    assertThatThrownBy(() -> client.nodes().get("missing"))
        .isInstanceOf(IronicNotFoundException.class);
    assertThat(ironic.requests().get(0).param("fields")).isEqualTo("provision_state");
  }

  @Test
  void listsPageAndFilter() {
    ironic.pageSize(2);
    ironic.addNode(NODE_N);
    ironic.addNode(FakeIronic.NODE_A);
    ironic.addNode("11111111-2222-3333-4444-555555555555").put("instance_uuid", "x");
    assertThat(client.nodes().list(NodeQuery.builder().fields("uuid").build())).hasSize(3);
    assertThat(ironic.requests()).hasSize(2);
    assertThat(client.nodes().list(NodeQuery.builder().instanceUuid("x").build()))
        .extracting(n -> n.uuid())
        .containsExactly("11111111-2222-3333-4444-555555555555");
  }

  @Test
  void provisionCompletesOrWaitsForScript() {
    ironic.addNode(NODE_N);
    client.nodes().setProvisionState(NODE_N, ProvisionRequest.deploy(Optional.empty()));
    assertThat(ironic.node(NODE_N).get("provision_state").asText()).isEqualTo("active");
    ironic.autoComplete(false);
    client.nodes().setProvisionState(NODE_N, ProvisionRequest.of(ProvisionVerb.DELETED));
    assertThat(ironic.node(NODE_N).get("target_provision_state").asText()).isEqualTo("available");
  }

  @Test
  void vifsUseFreePorts() {
    ironic.addNode(NODE_N);
    ironic.addPort(NODE_N, "00:00:00:00:00:01");
    client.nodes().attachVif(NODE_N, "v1");
    assertThatThrownBy(() -> client.nodes().attachVif(NODE_N, "v2"))
        .hasMessageContaining("not enough free");
    client.nodes().detachVif(NODE_N, "v1");
    assertThat(ironic.vifs(NODE_N)).isEmpty();
  }
}
