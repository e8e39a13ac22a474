package dev.ferrum.ironic.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferrum.ironic.client.model.JsonPatch;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.NodeCreate;
import dev.ferrum.ironic.client.model.NodeValidation;
import dev.ferrum.ironic.client.model.PatchOperation;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class NodesWriteTest extends MockIronic {

  static final String NODE = "{\"uuid\": \"" + NODE_UUID + "\", \"name\": \"node-1\"}";

  @Test
  void createSendsTheNodeWithInterfacesAndNoNulls() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(201, NODE));
    NodeCreate create =
        NodeCreate.builder("fake-hardware")
            .name("node-1")
            .resourceClass("baremetal")
            .properties(Map.of("cpus", 4))
            .driverInfo(Map.of("ipmi_password", "hunter2"))
            .hardwareInterface("deploy", "fake")
            .build();
    try (IronicClient client = client()) {
      assertThat(client.nodes().create(create).uuid()).isEqualTo(NODE_UUID);
    }
    takeDiscovery();
    JsonNode body = body(takeApi("POST", "/v1/nodes", "1.82"));
    assertThat(body)
        .isEqualTo(
            tree(
                """
                {"driver": "fake-hardware", "name": "node-1", "resource_class": "baremetal",
                 "properties": {"cpus": 4}, "driver_info": {"ipmi_password": "hunter2"},
                 "deploy_interface": "fake"}
                """));
    assertThat(create.toString()).doesNotContain("hunter2").contains("ipmi_password");
  }

  @Test
  void createConflictIsAConflictNotALock() throws Exception {
    enqueueRoot(82);
    server.enqueue(errorA(409, "A node with name node-1 already exists."));
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().create(NodeCreate.builder("x").build()))
          .isExactlyInstanceOf(IronicConflictException.class)
          .hasMessageContaining("already exists");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void deleteSendsDelete() throws Exception {
    enqueueRoot(82);
    server.enqueue(empty(204));
    server.enqueue(errorA(409, "Node " + NODE_UUID + " is associated with instance x."));
    try (IronicClient client = client()) {
      client.nodes().delete(NODE_UUID);
      assertThatThrownBy(() -> client.nodes().delete(NODE_UUID))
          .isExactlyInstanceOf(IronicConflictException.class);
    }
    takeDiscovery();
    RecordedRequest r = takeApi("DELETE", "/v1/nodes/" + NODE_UUID, "1.82");
    assertThat(r.getBodySize()).isZero();
    takeApi("DELETE", "/v1/nodes/" + NODE_UUID, "1.82");
    assertThat(sleeps).isEmpty();
  }

  @Test
  void updateSendsAnRfc6902Patch() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, NODE));
    JsonPatch patch =
        JsonPatch.builder()
            .add("/instance_info", Map.of("image_source", "http://img", "root_gb", "10"))
            .replace("/instance_uuid", INSTANCE_UUID)
            .remove("/extra/old")
            .operation(PatchOperation.add(PatchOperation.pointer("extra", "a/b~c"), 1))
            .build();
    try (IronicClient client = client()) {
      assertThat(client.nodes().update(NODE_UUID, patch).name()).isEqualTo("node-1");
    }
    takeDiscovery();
    JsonNode body = body(takeApi("PATCH", "/v1/nodes/" + NODE_UUID, "1.82"));
    assertThat(body)
        .isEqualTo(
            tree(
                """
                [{"op": "add", "path": "/instance_info",
                  "value": {"image_source": "http://img", "root_gb": "10"}},
                 {"op": "replace", "path": "/instance_uuid", "value": "%s"},
                 {"op": "remove", "path": "/extra/old"},
                 {"op": "add", "path": "/extra/a~1b~0c", "value": 1}]
                """
                    .formatted(INSTANCE_UUID)));
  }

  @Test
  void updateRetriesALockedNode() throws Exception {
    enqueueRoot(82);
    server.enqueue(locked());
    server.enqueue(json(200, NODE));
    try (IronicClient client = client()) {
      client.nodes().update(NODE_UUID, JsonPatch.of(PatchOperation.remove("/extra/x")));
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void reserveReplacesInstanceUuidAndNeverRetriesAConflict() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, NODE));
    server.enqueue(locked());
    try (IronicClient client = client()) {
      client.nodes().reserve(NODE_UUID, INSTANCE_UUID);
      assertThatThrownBy(() -> client.nodes().reserve(NODE_UUID, INSTANCE_UUID))
          .isInstanceOf(IronicNodeLockedException.class);
    }
    takeDiscovery();
    JsonNode body = body(takeApi("PATCH", "/v1/nodes/" + NODE_UUID, "1.82"));
    assertThat(body)
        .isEqualTo(
            tree(
                "[{\"op\": \"replace\", \"path\": \"/instance_uuid\", \"value\": \"%s\"}]"
                    .formatted(INSTANCE_UUID)));
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void releaseClearsInstanceInfoAndUuid() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, NODE));
    try (IronicClient client = client()) {
      Node n = client.nodes().release(NODE_UUID);
      assertThat(n.uuid()).isEqualTo(NODE_UUID);
    }
    takeDiscovery();
    assertThat(body(takeApi("PATCH", "/v1/nodes/" + NODE_UUID, "1.82")))
        .isEqualTo(
            tree(
                """
                [{"op": "add", "path": "/instance_info", "value": {}},
                 {"op": "replace", "path": "/instance_uuid", "value": null}]
                """));
  }

  @Test
  void updateWithFailFastDoesNotRetry() throws Exception {
    enqueueRoot(82);
    server.enqueue(locked());
    try (IronicClient client = client()) {
      assertThatThrownBy(() ->
              client
                  .nodes()
                  .update(
                      NODE_UUID,
                      JsonPatch.of(PatchOperation.replace("/name", "x")),
                      ConflictRetry.FAIL_FAST))
          .isInstanceOf(IronicNodeLockedException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void validateReadsEveryInterface() throws Exception {
    enqueueRoot(82);
    server.enqueue(
        json(
            200,
            """
            {"boot": {"result": true}, "deploy": {"result": false, "reason": "no image"},
             "power": {"result": true}, "rescue": {"result": null, "reason": "not supported"},
             "links": []}
            """));
    server.enqueue(errorA(404, "Node x could not be found."));
    try (IronicClient client = client()) {
      NodeValidation v = client.nodes().validate(NODE_UUID);
      assertThat(v.get("power").valid()).isTrue();
      assertThat(v.get("deploy").valid()).isFalse();
      assertThat(v.get("rescue").result()).isNull();
      assertThat(v.get("raid").result()).isNull();
      assertThat(v.failures()).containsExactly(Map.entry("deploy", "no image"));
      assertThatThrownBy(() -> client.nodes().validate("x"))
          .isInstanceOf(IronicNotFoundException.class);
    }
    takeDiscovery();
    takeApi("GET", "/v1/nodes/" + NODE_UUID + "/validate", "1.82");
  }

  @Test
  void identifiersArePercentEncodedInPaths() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, NODE));
    try (IronicClient client = client()) {
      client.nodes().get("rack 1/node+2");
    }
    takeDiscovery();
    takeApi("GET", "/v1/nodes/rack%201%2Fnode%2B2", "1.82");
  }
}
