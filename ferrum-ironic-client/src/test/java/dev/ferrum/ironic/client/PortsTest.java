package dev.ferrum.ironic.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.model.JsonPatch;
import dev.ferrum.ironic.client.model.Port;
import dev.ferrum.ironic.client.model.PortCreate;
import dev.ferrum.ironic.client.model.PortQuery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortsTest extends MockIronic {

  static final String PORT_UUID = "0f3c2b1a-1111-4222-8333-444455556666";
  static final String MAC = "52:54:00:12:34:56";
  static final String PORT =
      """
      {"uuid": "%s", "address": "%s", "node_uuid": "%s", "portgroup_uuid": null,
       "local_link_connection": {"switch_id": "aa:bb:cc:dd:ee:ff", "port_id": "Eth1/1"},
       "pxe_enabled": true, "physical_network": "physnet1",
       "internal_info": {"tenant_vif_port_id": "vif-1"}, "extra": {}, "is_smartnic": false,
       "created_at": "2026-11-24T10:00:00+00:00", "updated_at": null, "links": []}
      """
          .formatted(PORT_UUID, MAC, NODE_UUID);

  @Test
  void listsPortsOfANodeAcrossPages() throws Exception {
    enqueueRoot(82);
    server.enqueue(
        json(
            200,
            "{\"ports\": ["
                + PORT
                + "], \"next\": \"http://x/v1/ports/detail?limit=1&marker="
                + PORT_UUID
                + "\"}"));
    server.enqueue(json(200, "{\"ports\": []}"));
    try (IronicClient client = client()) {
      List<Port> ports = client.ports().list(new PortQuery(NODE_UUID, null, 1));
      assertThat(ports).hasSize(1);
      Port p = ports.get(0);
      assertThat(p.address()).isEqualTo(MAC);
      assertThat(p.nodeUuid()).isEqualTo(NODE_UUID);
      assertThat(p.pxeEnabled()).isTrue();
      assertThat(p.physicalNetwork()).isEqualTo("physnet1");
      assertThat(p.localLinkConnection()).containsEntry("port_id", "Eth1/1");
      assertThat(p.internalInfo()).containsEntry("tenant_vif_port_id", "vif-1");
      assertThat(p.isSmartnic()).isFalse();
      assertThat(p.updatedAt()).isNull();
    }
    takeDiscovery();
    takeApi("GET", "/v1/ports/detail?node=" + NODE_UUID + "&limit=1", "1.82");
    takeApi("GET", "/v1/ports/detail?node=" + NODE_UUID + "&limit=1&marker=" + PORT_UUID, "1.82");
  }

  @Test
  void findsAPortByAddress() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, "{\"ports\": [" + PORT + "]}"));
    server.enqueue(errorA(400, "Invalid MAC"));
    try (IronicClient client = client()) {
      assertThat(client.ports().list(PortQuery.byAddress(MAC)))
          .extracting(Port::uuid)
          .containsExactly(PORT_UUID);
      assertThatThrownBy(() -> client.ports().list(PortQuery.byAddress("zz")))
          .isInstanceOf(IronicBadRequestException.class);
    }
    takeDiscovery();
    takeApi("GET", "/v1/ports/detail?address=" + MAC, "1.82");
  }

  @Test
  void getCreateUpdateDelete() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, PORT));
    server.enqueue(json(201, PORT));
    server.enqueue(json(200, PORT));
    server.enqueue(empty(204));
    server.enqueue(errorA(409, "A port with MAC address " + MAC + " already exists."));
    try (IronicClient client = client()) {
      assertThat(client.ports().get(PORT_UUID).uuid()).isEqualTo(PORT_UUID);
      PortCreate create =
          new PortCreate(NODE_UUID, MAC, true, Map.of("switch_id", "aa"), "physnet1", null, null);
      assertThat(client.ports().create(create).address()).isEqualTo(MAC);
      client.ports().update(PORT_UUID, JsonPatch.builder().replace("/pxe_enabled", false).build());
      client.ports().delete(PORT_UUID);
      assertThatThrownBy(() -> client.ports().create(PortCreate.of(NODE_UUID, MAC)))
          .isExactlyInstanceOf(IronicConflictException.class);
    }
    takeDiscovery();
    takeApi("GET", "/v1/ports/" + PORT_UUID, "1.82");
    assertThat(body(takeApi("POST", "/v1/ports", "1.82")))
        .isEqualTo(
            tree(
                """
                {"node_uuid": "%s", "address": "%s", "pxe_enabled": true,
                 "local_link_connection": {"switch_id": "aa"}, "physical_network": "physnet1"}
                """
                    .formatted(NODE_UUID, MAC)));
    assertThat(body(takeApi("PATCH", "/v1/ports/" + PORT_UUID, "1.82")))
        .isEqualTo(tree("[{\"op\":\"replace\",\"path\":\"/pxe_enabled\",\"value\":false}]"));
    takeApi("DELETE", "/v1/ports/" + PORT_UUID, "1.82");
  }
}
