package dev.ferrum.ironic.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.model.Vif;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodesVifTraitsTest extends MockIronic {

  static final String VIFS = "/v1/nodes/" + NODE_UUID + "/vifs";
  static final String TRAITS = "/v1/nodes/" + NODE_UUID + "/traits";
  static final String PORT_ID = "9d4f1b7c-0000-4000-8000-000000000001";

  @Test
  void listsAttachesAndDetachesVifs() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, "{\"vifs\": [{\"id\": \"" + PORT_ID + "\"}]}"));
    server.enqueue(empty(204));
    server.enqueue(empty(204));
    try (IronicClient client = client()) {
      assertThat(client.nodes().listVifs(NODE_UUID)).containsExactly(new Vif(PORT_ID));
      client.nodes().attachVif(NODE_UUID, PORT_ID);
      client.nodes().detachVif(NODE_UUID, PORT_ID);
    }
    takeDiscovery();
    takeApi("GET", VIFS, "1.82");
    assertThat(body(takeApi("POST", VIFS, "1.82"))).isEqualTo(tree("{\"id\":\"" + PORT_ID + "\"}"));
    takeApi("DELETE", VIFS + "/" + PORT_ID, "1.82");
  }

  @Test
  void attachNeverRetriesAConflictButDetachRetriesALock() throws Exception {
    enqueueRoot(82);
    server.enqueue(locked());
    server.enqueue(locked());
    server.enqueue(empty(204));
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().attachVif(NODE_UUID, PORT_ID))
          .isInstanceOf(IronicNodeLockedException.class);
      client.nodes().detachVif(NODE_UUID, PORT_ID);
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void detachOfAnUnknownVifIsABadRequest() throws Exception {
    enqueueRoot(82);
    server.enqueue(errorA(400, "Unable to detach VIF " + PORT_ID + ", not attached"));
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().detachVif(NODE_UUID, PORT_ID))
          .isInstanceOf(IronicBadRequestException.class);
    }
  }

  @Test
  void vifsNeed128() throws Exception {
    enqueueRoot(27);
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().listVifs(NODE_UUID))
          .isInstanceOf(IronicVersionNotSupportedException.class);
      assertThatThrownBy(() -> client.nodes().attachVif(NODE_UUID, PORT_ID))
          .isInstanceOf(IronicVersionNotSupportedException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void traitsGetSetAddRemove() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, "{\"traits\": [\"CUSTOM_GPU\", \"HW_CPU_X86_VMX\"]}"));
    server.enqueue(empty(204));
    server.enqueue(empty(204));
    server.enqueue(empty(204));
    try (IronicClient client = client()) {
      assertThat(client.nodes().getTraits(NODE_UUID))
          .containsExactly("CUSTOM_GPU", "HW_CPU_X86_VMX");
      client.nodes().setTraits(NODE_UUID, List.of("CUSTOM_A", "CUSTOM_B"));
      client.nodes().addTrait(NODE_UUID, "CUSTOM_RAID1");
      client.nodes().removeTrait(NODE_UUID, "CUSTOM_RAID1");
    }
    takeDiscovery();
    takeApi("GET", TRAITS, "1.82");
    assertThat(body(takeApi("PUT", TRAITS, "1.82")))
        .isEqualTo(tree("{\"traits\":[\"CUSTOM_A\",\"CUSTOM_B\"]}"));
    assertThat(takeApi("PUT", TRAITS + "/CUSTOM_RAID1", "1.82").getBodySize()).isZero();
    takeApi("DELETE", TRAITS + "/CUSTOM_RAID1", "1.82");
  }

  @Test
  void traitErrorsAreDecoded() throws Exception {
    enqueueRoot(82);
    server.enqueue(errorA(400, "'bad-trait' does not match '^CUSTOM_[A-Z0-9_]+$'"));
    server.enqueue(errorA(404, "trait not found"));
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().addTrait(NODE_UUID, "bad-trait"))
          .isInstanceOf(IronicBadRequestException.class)
          .hasMessageContaining("does not match");
      assertThatThrownBy(() -> client.nodes().removeTrait(NODE_UUID, "CUSTOM_NOPE"))
          .isInstanceOf(IronicNotFoundException.class);
    }
  }

  @Test
  void traitsNeed137() throws Exception {
    enqueueRoot(36);
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().getTraits(NODE_UUID))
          .isInstanceOf(IronicVersionNotSupportedException.class)
          .hasMessageContaining("get traits needs Ironic API 1.37");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
