package dev.ferrum.ironic.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.model.Node;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodesGetTest extends MockIronic {

  static final String FULL_NODE =
      """
      {"uuid": "%s", "name": "node-1", "driver": "fake-hardware",
       "provision_state": "active", "target_provision_state": null,
       "power_state": "power on", "target_power_state": null,
       "maintenance": false, "maintenance_reason": null, "fault": null, "last_error": null,
       "reservation": null, "instance_uuid": "%s",
       "instance_info": {"image_source": "http://x/img", "configdrive": "******"},
       "driver_info": {"ipmi_address": "10.0.0.1", "ipmi_password": "******"},
       "driver_internal_info": {"is_whole_disk_image": true},
       "properties": {"cpus": 4, "memory_mb": 8192, "local_gb": 100},
       "extra": {}, "resource_class": "baremetal", "conductor_group": "", "conductor": "127.0.0.1",
       "shard": null, "owner": null, "lessee": null, "traits": ["CUSTOM_GPU"],
       "console_enabled": false, "protected": true, "retired": false,
       "provision_updated_at": "2026-11-24T18:00:01.123456+00:00",
       "inspection_started_at": null, "inspection_finished_at": null,
       "created_at": "2026-11-24T17:00:00+00:00", "updated_at": "2026-11-24T18:00:01",
       "links": [{"href": "http://x", "rel": "self"}], "some_future_field": {"a": 1}}
      """
          .formatted(NODE_UUID, INSTANCE_UUID);

  @Test
  void getsAFullNodeAtTheNegotiatedVersion() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, FULL_NODE));
    try (IronicClient client = client()) {
      Node node = client.nodes().get("node-1");

      assertThat(node.uuid()).isEqualTo(NODE_UUID);
      assertThat(node.provisionState()).isEqualTo("active");
      assertThat(node.powerState()).isEqualTo("power on");
      assertThat(node.instanceUuid()).isEqualTo(INSTANCE_UUID);
      assertThat(node.properties()).containsEntry("memory_mb", 8192);
      assertThat(node.traits()).containsExactly("CUSTOM_GPU");
      assertThat(node.protectedNode()).isTrue();
      assertThat(node.inMaintenance()).isFalse();
      assertThat(node.locked()).isFalse();
      assertThat(node.provisionUpdatedAt())
          .isEqualTo(OffsetDateTime.of(2026, 11, 24, 18, 0, 1, 123456000, ZoneOffset.UTC));
      assertThat(node.updatedAt())
          .isEqualTo(OffsetDateTime.of(2026, 11, 24, 18, 0, 1, 0, ZoneOffset.UTC));
      assertThat(node.shard()).isNull();
      assertThat(node.toString())
          .contains(NODE_UUID, "active", "power on")
          .doesNotContain("ipmi", "configdrive");
    }
    takeDiscovery();
    takeApi("GET", "/v1/nodes/node-1", "1.82");
  }

  @Test
  void projectsFieldsAndLeavesTheRestNull() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, "{\"uuid\": \"" + NODE_UUID + "\", \"power_state\": null}"));
    try (IronicClient client = client()) {
      Node node = client.nodes().get(NODE_UUID, List.of("uuid", "power_state"));
      assertThat(node.uuid()).isEqualTo(NODE_UUID);
      assertThat(node.powerState()).isNull();
      assertThat(node.maintenance()).isNull();
      assertThat(node.inMaintenance()).isFalse();
    }
    takeDiscovery();
    takeApi("GET", "/v1/nodes/" + NODE_UUID + "?fields=uuid,power_state", "1.82");
  }

  @Test
  void missingNodeIsNotFoundWithFaultstringAndRequestId() throws Exception {
    enqueueRoot(82);
    server.enqueue(errorA(404, "Node nope could not be found."));
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().get("nope"))
          .isInstanceOfSatisfying(
              IronicNotFoundException.class,
              e -> {
                assertThat(e.status()).isEqualTo(404);
                assertThat(e.faultstring()).contains("Node nope could not be found.");
                assertThat(e.requestId()).contains("req-404");
                assertThat(e.method()).isEqualTo("GET");
                assertThat(e.path()).isEqualTo("/v1/nodes/nope");
                assertThat(e.getMessage())
                    .contains("GET /v1/nodes/nope", "404", "could not be found", "req-404");
              });
    }
  }
}
