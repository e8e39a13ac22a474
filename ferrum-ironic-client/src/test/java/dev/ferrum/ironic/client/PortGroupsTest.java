package dev.ferrum.ironic.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.model.PortGroup;
import dev.ferrum.ironic.client.model.PortGroupCreate;
import dev.ferrum.ironic.client.model.PortQuery;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortGroupsTest extends MockIronic {

  static final String PG_UUID = "7e1d0c9b-aaaa-4bbb-8ccc-ddddeeeeffff";
  static final String PG =
      """
      {"uuid": "%s", "name": "bond0", "address": "52:54:00:aa:bb:cc", "node_uuid": "%s",
       "mode": "802.3ad", "properties": {"miimon": "100"}, "standalone_ports_supported": true,
       "internal_info": {}, "extra": {}, "links": []}
      """
          .formatted(PG_UUID, NODE_UUID);

  @Test
  void listsByNodeAndByAddress() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, "{\"portgroups\": [" + PG + "]}"));
    server.enqueue(json(200, "{\"portgroups\": []}"));
    try (IronicClient client = client()) {
      PortGroup pg = client.portGroups().list(PortQuery.byNode(NODE_UUID)).get(0);
      assertThat(pg.name()).isEqualTo("bond0");
      assertThat(pg.mode()).isEqualTo("802.3ad");
      assertThat(pg.properties()).containsEntry("miimon", "100");
      assertThat(pg.standalonePortsSupported()).isTrue();
      assertThat(client.portGroups().list(PortQuery.byAddress("52:54:00:aa:bb:cc"))).isEmpty();
    }
    takeDiscovery();
    takeApi("GET", "/v1/portgroups/detail?node=" + NODE_UUID, "1.82");
    takeApi("GET", "/v1/portgroups/detail?address=52:54:00:aa:bb:cc", "1.82");
  }

  @Test
  void getCreateDeleteAndErrors() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, PG));
    server.enqueue(json(201, PG));
    server.enqueue(empty(204));
    server.enqueue(errorA(404, "Portgroup x could not be found."));
    try (IronicClient client = client()) {
      assertThat(client.portGroups().get(PG_UUID).uuid()).isEqualTo(PG_UUID);
      client
          .portGroups()
          .create(
              new PortGroupCreate(
                  NODE_UUID, "bond0", null, "802.3ad", Map.of("miimon", "100"), null, null));
      client.portGroups().delete(PG_UUID);
      assertThatThrownBy(() -> client.portGroups().delete("x"))
          .isInstanceOf(IronicNotFoundException.class);
    }
    takeDiscovery();
    takeApi("GET", "/v1/portgroups/" + PG_UUID, "1.82");
    assertThat(body(takeApi("POST", "/v1/portgroups", "1.82")))
        .isEqualTo(
            tree(
                """
                {"node_uuid": "%s", "name": "bond0", "mode": "802.3ad",
                 "properties": {"miimon": "100"}}
                """
                    .formatted(NODE_UUID)));
    takeApi("DELETE", "/v1/portgroups/" + PG_UUID, "1.82");
  }

  @Test
  void portGroupsNeed123() throws Exception {
    enqueueRoot(22);
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.portGroups().list(PortQuery.byNode(NODE_UUID)))
          .isInstanceOf(IronicVersionNotSupportedException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
