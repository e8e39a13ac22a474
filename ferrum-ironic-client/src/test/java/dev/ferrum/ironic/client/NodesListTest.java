package dev.ferrum.ironic.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.NodeQuery;
import dev.ferrum.ironic.client.model.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodesListTest extends MockIronic {

  static String node(String uuid, String rc) {
    return "{\"uuid\": \"%s\", \"resource_class\": \"%s\", \"provision_state\": \"available\"}"
        .formatted(uuid, rc);
  }

  /** A page as Ironic writes it; its next link keeps only some parameters, as real Ironic's. */
  static String page(String nextMarker, String... nodes) {
    String next =
        nextMarker == null
            ? ""
            : ", \"next\": \"http://127.0.0.1:6385/v1/nodes?fields=uuid,resource_class&limit=2"
                + "&marker="
                + nextMarker
                + "\"";
    return "{\"nodes\": [" + String.join(",", nodes) + "]" + next + "}";
  }

  @Test
  void everyFilterIsSentAndUuidIsAddedToFields() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, page(null, node("a", "odd"))));
    NodeQuery q =
        NodeQuery.builder()
            .instanceUuid(INSTANCE_UUID)
            .provisionState("wait call-back")
            .maintenance(false)
            .associated(true)
            .resourceClass("odd")
            .conductorGroup("g1")
            .shard("s1")
            .driver("ipmi")
            .fault("power failure")
            .owner("proj")
            .fields("power_state", "provision_state")
            .sort("created_at", NodeQuery.SortDirection.DESC)
            .limit(50)
            .build();
    try (IronicClient client = client()) {
      List<Node> nodes = client.nodes().list(q);
      assertThat(nodes).extracting(Node::uuid).containsExactly("a");
    }
    takeDiscovery();
    takeApi(
        "GET",
        "/v1/nodes?instance_uuid="
            + INSTANCE_UUID
            + "&provision_state=wait%20call-back&maintenance=false&associated=true"
            + "&resource_class=odd&conductor_group=g1&shard=s1&driver=ipmi"
            + "&fault=power%20failure&owner=proj&fields=power_state,provision_state,uuid"
            + "&sort_key=created_at&sort_dir=desc&limit=50",
        "1.82");
  }

  @Test
  void withoutFieldsTheDetailListGivesFullNodes() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, page(null)));
    try (IronicClient client = client()) {
      assertThat(client.nodes().list(NodeQuery.all())).isEmpty();
    }
    takeDiscovery();
    takeApi("GET", "/v1/nodes/detail", "1.82");
  }

  @Test
  void pagesWithMarkerAndKeepsFiltersInsteadOfFollowingNext() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, page("b", node("a", "odd"), node("b", "odd"))));
    server.enqueue(json(200, page("d", node("c", "odd"), node("d", "odd"))));
    server.enqueue(json(200, page(null)));
    NodeQuery q =
        NodeQuery.builder().resourceClass("odd").fields("uuid", "resource_class").limit(2).build();
    try (IronicClient client = client()) {
      assertThat(client.nodes().list(q)).extracting(Node::uuid).containsExactly("a", "b", "c", "d");
    }
    takeDiscovery();
    takeApi("GET", "/v1/nodes?resource_class=odd&fields=uuid,resource_class&limit=2", "1.82");
    takeApi(
        "GET", "/v1/nodes?resource_class=odd&fields=uuid,resource_class&limit=2&marker=b", "1.82");
    takeApi(
        "GET", "/v1/nodes?resource_class=odd&fields=uuid,resource_class&limit=2&marker=d", "1.82");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aFailingLaterPageFailsTheListCall() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, page("b", node("a", "x"), node("b", "x"))));
    server.enqueue(errorA(500, "boom"));
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().list(NodeQuery.builder().limit(2).build()))
          .isInstanceOf(IronicServerException.class)
          .hasMessageContaining("marker=b");
    }
  }

  @Test
  void aMarkerThatDoesNotAdvanceStopsPaging() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, page("a", node("a", "x"))));
    server.enqueue(json(200, page("a", node("a", "x"))));
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().list(NodeQuery.all()))
          .isInstanceOf(IronicTransportException.class)
          .hasMessageContaining("does not advance");
    }
  }

  @Test
  void markerComesFromTheNextLinkWhenItemsHaveNoUuid() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, page("zz", "{\"name\": \"n1\"}")));
    try (IronicClient client = client()) {
      Page<Node> p = client.nodes().page(NodeQuery.all());
      assertThat(p.items()).extracting(Node::name).containsExactly("n1");
      assertThat(p.nextMarker()).contains("zz");
      assertThat(p.hasNext()).isTrue();
    }
  }

  @Test
  void pageStartsAtTheGivenMarkerAndReportsTheNextOne() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, page("b", node("a", "x"), node("b", "x"))));
    server.enqueue(json(200, page(null, node("c", "x"))));
    try (IronicClient client = client()) {
      Page<Node> first = client.nodes().page(NodeQuery.builder().limit(2).marker("start").build());
      assertThat(first.nextMarker()).contains("b");
      Page<Node> second = client.nodes().page(NodeQuery.builder().limit(2).build().withMarker("b"));
      assertThat(second.hasNext()).isFalse();
      assertThat(second.items()).extracting(Node::uuid).containsExactly("c");
    }
    takeDiscovery();
    takeApi("GET", "/v1/nodes/detail?limit=2&marker=start", "1.82");
    takeApi("GET", "/v1/nodes/detail?limit=2&marker=b", "1.82");
  }

  @Test
  void shardFilterNeeds182AndIsRefusedBeforeSending() throws Exception {
    enqueueRoot(81);
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().list(NodeQuery.builder().shard("s").build()))
          .isInstanceOfSatisfying(
              IronicVersionNotSupportedException.class,
              e -> {
                assertThat(e.operation()).isEqualTo("list nodes");
                assertThat(e.required()).hasToString("1.82");
                assertThat(e.negotiated()).hasToString("1.81");
                assertThat(e.serverRange()).hasToString("[1.1, 1.81]");
                assertThat(e.getMessage()).contains("list nodes", "1.82", "[1.1, 1.81]");
              });
    }
    takeDiscovery();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void answerWithoutTheCollectionIsAProtocolError() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, "{\"something\": []}"));
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().list(NodeQuery.all()))
          .isInstanceOf(IronicTransportException.class)
          .hasMessageContaining("no 'nodes' list");
    }
  }

  @Test
  void pageSizeIsCappedAtIronicsMaximum() {
    assertThatThrownBy(() -> NodeQuery.builder().limit(1001).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NodeQuery.builder().limit(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(NodeQuery.builder().limit(1000).build().limit()).isEqualTo(1000);
  }

  @Test
  void pagingStopsWithAClearErrorWhenNoMarkerCanBeFound() throws Exception {
    enqueueRoot(82);
    server.enqueue(
        json(200, "{\"nodes\": [{\"name\": \"n\"}], \"next\": \"http://x/v1/nodes?limit=1\"}"));
    server.enqueue(json(200, "{\"nodes\": [{\"name\": \"n\"}], \"next\": \"http://x/v1/nodes\"}"));
    server.enqueue(json(200, "{\"nodes\": [{\"name\": \"n\"}], \"next\": \"not a uri\"}"));
    try (IronicClient client = client()) {
      for (int i = 0; i < 3; i++) {
        assertThatThrownBy(() -> client.nodes().list(NodeQuery.all()))
            .isInstanceOf(IronicTransportException.class)
            .hasMessageContaining("cannot continue paging");
      }
    }
  }

  @Test
  void timestampsWithoutOffsetAreUtcAndGarbageIsAProtocolError() throws Exception {
    enqueueRoot(82);
    server.enqueue(
        json(
            200,
            "{\"nodes\": [{\"uuid\": \"a\", \"created_at\": \"\","
                + " \"updated_at\": \"2026-11-24T10:00:00.5\"}]}"));
    server.enqueue(json(200, "{\"nodes\": [{\"uuid\": \"a\", \"updated_at\": \"yesterday\"}]}"));
    try (IronicClient client = client()) {
      Node n = client.nodes().list(NodeQuery.all()).get(0);
      assertThat(n.createdAt()).isNull();
      assertThat(n.updatedAt()).isEqualTo(java.time.OffsetDateTime.parse("2026-11-24T10:00:00.5Z"));
      assertThatThrownBy(() -> client.nodes().list(NodeQuery.all()))
          .isInstanceOf(IronicTransportException.class)
          .hasMessageContaining("unexpected answer");
    }
  }

  @Test
  void findsTheNodeOfAnInstance() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, page(null, node("a", "x"))));
    server.enqueue(json(200, page(null)));
    try (IronicClient client = client()) {
      assertThat(client.nodes().findByInstance(INSTANCE_UUID, List.of("uuid", "power_state")))
          .map(Node::uuid)
          .contains("a");
      assertThat(client.nodes().findByInstance(INSTANCE_UUID, List.of())).isEmpty();
    }
    takeDiscovery();
    takeApi("GET", "/v1/nodes?instance_uuid=" + INSTANCE_UUID + "&fields=uuid,power_state", "1.82");
    takeApi("GET", "/v1/nodes/detail?instance_uuid=" + INSTANCE_UUID, "1.82");
  }
}
