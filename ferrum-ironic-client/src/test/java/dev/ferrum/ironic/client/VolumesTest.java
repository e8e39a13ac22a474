package dev.ferrum.ironic.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.model.VolumeConnector;
import dev.ferrum.ironic.client.model.VolumeConnectorCreate;
import dev.ferrum.ironic.client.model.VolumeTarget;
import dev.ferrum.ironic.client.model.VolumeTargetCreate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VolumesTest extends MockIronic {

  static final String VT_UUID = "5a5a5a5a-0000-4000-8000-000000000005";
  static final String VC_UUID = "6b6b6b6b-0000-4000-8000-000000000006";
  static final String TARGET =
      """
      {"uuid": "%s", "node_uuid": "%s", "volume_type": "iscsi", "volume_id": "vol-1",
       "boot_index": 0, "properties": {"target_iqn": "iqn.x"}, "extra": {}, "links": []}
      """
          .formatted(VT_UUID, NODE_UUID);
  static final String CONNECTOR =
      """
      {"uuid": "%s", "node_uuid": "%s", "type": "iqn", "connector_id": "iqn.2026-11.dev.ferrum:n1",
       "extra": {}, "links": []}
      """
          .formatted(VC_UUID, NODE_UUID);

  @Test
  void targetsListCreateDelete() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, "{\"targets\": [" + TARGET + "]}"));
    server.enqueue(json(201, TARGET));
    server.enqueue(empty(204));
    server.enqueue(errorA(404, "Volume target " + VT_UUID + " could not be found."));
    try (IronicClient client = client()) {
      VolumeTarget t = client.volumeTargets().listByNode(NODE_UUID).get(0);
      assertThat(t.volumeType()).isEqualTo("iscsi");
      assertThat(t.bootIndex()).isZero();
      assertThat(t.properties()).containsEntry("target_iqn", "iqn.x");
      client
          .volumeTargets()
          .create(
              new VolumeTargetCreate(
                  NODE_UUID, "iscsi", "vol-1", 0, Map.of("target_iqn", "iqn.x"), null));
      client.volumeTargets().delete(VT_UUID);
      assertThatThrownBy(() -> client.volumeTargets().delete(VT_UUID))
          .isInstanceOf(IronicNotFoundException.class);
    }
    takeDiscovery();
    takeApi("GET", "/v1/volume/targets?node=" + NODE_UUID + "&detail=True", "1.82");
    assertThat(body(takeApi("POST", "/v1/volume/targets", "1.82")))
        .isEqualTo(
            tree(
                """
                {"node_uuid": "%s", "volume_type": "iscsi", "volume_id": "vol-1",
                 "boot_index": 0, "properties": {"target_iqn": "iqn.x"}}
                """
                    .formatted(NODE_UUID)));
    takeApi("DELETE", "/v1/volume/targets/" + VT_UUID, "1.82");
  }

  @Test
  void connectorsListCreateDelete() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, "{\"connectors\": [" + CONNECTOR + "]}"));
    server.enqueue(json(201, CONNECTOR));
    server.enqueue(empty(204));
    server.enqueue(errorA(409, "connector exists"));
    try (IronicClient client = client()) {
      VolumeConnector c = client.volumeConnectors().listByNode(NODE_UUID).get(0);
      assertThat(c.type()).isEqualTo("iqn");
      assertThat(c.connectorId()).isEqualTo("iqn.2026-11.dev.ferrum:n1");
      VolumeConnectorCreate create =
          new VolumeConnectorCreate(NODE_UUID, "iqn", "iqn.2026-11.dev.ferrum:n1", null);
      client.volumeConnectors().create(create);
      client.volumeConnectors().delete(VC_UUID);
      assertThatThrownBy(() -> client.volumeConnectors().create(create))
          .isInstanceOf(IronicConflictException.class);
    }
    takeDiscovery();
    takeApi("GET", "/v1/volume/connectors?node=" + NODE_UUID + "&detail=True", "1.82");
    assertThat(body(takeApi("POST", "/v1/volume/connectors", "1.82")))
        .isEqualTo(
            tree(
                "{\"node_uuid\": \"%s\", \"type\": \"iqn\", \"connector_id\": \"iqn.2026-11.dev.ferrum:n1\"}"
                    .formatted(NODE_UUID)));
    takeApi("DELETE", "/v1/volume/connectors/" + VC_UUID, "1.82");
  }

  @Test
  void volumesNeed132() throws Exception {
    enqueueRoot(31);
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.volumeTargets().listByNode(NODE_UUID))
          .isInstanceOf(IronicVersionNotSupportedException.class);
      assertThatThrownBy(() -> client.volumeConnectors().listByNode(NODE_UUID))
          .isInstanceOf(IronicVersionNotSupportedException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
