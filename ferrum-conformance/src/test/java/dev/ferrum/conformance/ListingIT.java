package dev.ferrum.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrum.ironic.client.model.JsonPatch;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.NodeQuery;
import dev.ferrum.ironic.client.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Listing: limit and marker paging, multi-page listing with a filter (which Ironic's own {@code
 * next} link would drop), field projection and the filters the driver uses.
 */
@ExtendWith(IronicTargetExtension.class)
class ListingIT {

  private static String uniqueResourceClass() {
    return "conf-rc-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void pagesFollowLimitAndMarker(TestNodes nodes) {
    String rc = uniqueResourceClass();
    List<String> mine = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      mine.add(nodes.enroll(b -> b.resourceClass(rc)).uuid());
    }
    var api = nodes.client().nodes();
    NodeQuery q = NodeQuery.builder().resourceClass(rc).limit(2).build();

    Page<Node> first = api.page(q);
    assertThat(first.items()).extracting(Node::uuid).containsExactlyElementsOf(mine.subList(0, 2));
    assertThat(first.nextMarker()).contains(mine.get(1));

    Page<Node> second = api.page(q.withMarker(first.nextMarker().orElseThrow()));
    assertThat(second.items()).extracting(Node::uuid).containsExactlyElementsOf(mine.subList(2, 4));

    Page<Node> third = api.page(q.withMarker(second.nextMarker().orElseThrow()));
    assertThat(third.items()).extracting(Node::uuid).containsExactly(mine.get(4));
    assertThat(third.hasNext()).isFalse();
  }

  @Test
  void multiPageListingKeepsTheFilter(TestNodes nodes) {
    String rc = uniqueResourceClass();
    List<String> mine = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      mine.add(nodes.enroll(b -> b.resourceClass(rc)).uuid());
      nodes.enroll(); // interleaved nodes of another class, which a dropped filter would return
    }

    List<Node> listed =
        nodes.client().nodes().list(NodeQuery.builder().resourceClass(rc).limit(3).build());

    assertThat(listed).extracting(Node::uuid).containsExactlyElementsOf(mine);
    assertThat(listed).allSatisfy(n -> assertThat(n.resourceClass()).isEqualTo(rc));
  }

  @Test
  void fieldsProjectionReturnsOnlyTheRequestedFields(TestNodes nodes) {
    Node n = nodes.enroll();
    var api = nodes.client().nodes();

    Node projected = api.get(n.uuid(), List.of("uuid", "provision_state"));
    assertThat(projected.uuid()).isEqualTo(n.uuid());
    assertThat(projected.provisionState()).isEqualTo("enroll");
    assertThat(projected.name()).isNull();
    assertThat(projected.driver()).isNull();

    List<Node> listed =
        api.list(
            NodeQuery.builder()
                .resourceClass(n.resourceClass())
                .fields("uuid", "name", "resource_class")
                .build());
    Node mine = listed.stream().filter(x -> x.uuid().equals(n.uuid())).findFirst().orElseThrow();
    assertThat(mine.name()).isEqualTo(n.name());
    assertThat(mine.provisionState()).isNull();
    assertThat(mine.driver()).isNull();
  }

  @Test
  void filtersSelectByStateAssociationMaintenanceClassInstanceAndGroup(TestNodes nodes) {
    String rc = uniqueResourceClass();
    Node enrolled = nodes.enroll(b -> b.resourceClass(rc));
    Node available = nodes.available(b -> b.resourceClass(rc));
    Node reserved = nodes.available(b -> b.resourceClass(rc));
    String instance = UUID.randomUUID().toString();
    nodes.client().nodes().reserve(reserved.uuid(), instance);
    Node maintained = nodes.enroll(b -> b.resourceClass(rc));
    nodes.client().nodes().setMaintenance(maintained.uuid(), Optional.of("filter test"));
    var api = nodes.client().nodes();

    assertThat(uuids(api.list(NodeQuery.builder().resourceClass(rc).build())))
        .containsExactly(enrolled.uuid(), available.uuid(), reserved.uuid(), maintained.uuid());
    assertThat(
            uuids(
                api.list(
                    NodeQuery.builder().resourceClass(rc).provisionState("available").build())))
        .containsExactly(available.uuid(), reserved.uuid());
    assertThat(uuids(api.list(NodeQuery.builder().resourceClass(rc).associated(true).build())))
        .containsExactly(reserved.uuid());
    assertThat(uuids(api.list(NodeQuery.builder().resourceClass(rc).associated(false).build())))
        .containsExactly(enrolled.uuid(), available.uuid(), maintained.uuid());
    assertThat(uuids(api.list(NodeQuery.builder().resourceClass(rc).maintenance(true).build())))
        .containsExactly(maintained.uuid());
    assertThat(uuids(api.list(NodeQuery.builder().resourceClass(rc).maintenance(false).build())))
        .containsExactly(enrolled.uuid(), available.uuid(), reserved.uuid());
    assertThat(uuids(api.list(NodeQuery.builder().instanceUuid(instance).build())))
        .containsExactly(reserved.uuid());
    assertThat(
            uuids(
                api.list(
                    NodeQuery.builder().resourceClass(rc).conductorGroup("conf-no-group").build())))
        .isEmpty();
    assertThat(uuids(api.list(NodeQuery.builder().resourceClass(rc).conductorGroup("").build())))
        .hasSize(4);
    assertThat(uuids(api.list(NodeQuery.builder().resourceClass(uniqueResourceClass()).build())))
        .isEmpty();
  }

  @Test
  void limitedListWithNoMatchIsEmpty(TestNodes nodes) {
    nodes.enroll();
    assertThat(
            nodes
                .client()
                .nodes()
                .page(NodeQuery.builder().resourceClass(uniqueResourceClass()).limit(1).build())
                .items())
        .isEmpty();
    // a patch of the resource class moves a node into a filter
    String rc = uniqueResourceClass();
    Node n = nodes.enroll();
    nodes
        .client()
        .nodes()
        .update(n.uuid(), JsonPatch.builder().replace("/resource_class", rc).build());
    assertThat(uuids(nodes.client().nodes().list(NodeQuery.builder().resourceClass(rc).build())))
        .containsExactly(n.uuid());
  }

  private static List<String> uuids(List<Node> nodes) {
    return nodes.stream().map(Node::uuid).toList();
  }

  @Test
  void fullPageHasNextLinkThatDropsTheFilters(IronicTarget target, TestNodes nodes) {
    String rc = uniqueResourceClass();
    List<String> mine = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      mine.add(nodes.enroll(b -> b.resourceClass(rc)).uuid());
    }

    RawHttp.Response first =
        target.raw().get("/v1/nodes?resource_class=" + rc + "&limit=2&associated=false", "1.46");
    // what the next link keeps: sort, limit, marker; filters such as resource_class are dropped.
    // (associated=false is dropped too and associated=true kept, by Python truthiness; not
    // asserted, as no client should depend on it.)
    assertThat(first.status()).isEqualTo(200);
    String next = first.body().path("next").asText();
    assertThat(next)
        .contains("/v1/nodes?")
        .contains("limit=2")
        .contains("marker=" + mine.get(1))
        .contains("sort_key=id")
        .doesNotContain("resource_class");

    // a full last page still has a next link; the page after it is empty
    RawHttp.Response second =
        target
            .raw()
            .get("/v1/nodes?resource_class=" + rc + "&limit=2&marker=" + mine.get(1), "1.46");
    assertThat(second.body().path("nodes")).hasSize(2);
    assertThat(second.body().has("next")).isTrue();
    RawHttp.Response third =
        target
            .raw()
            .get("/v1/nodes?resource_class=" + rc + "&limit=2&marker=" + mine.get(3), "1.46");
    assertThat(third.body().path("nodes")).isEmpty();
    assertThat(third.body().has("next")).isFalse();
  }

  @Test
  void invalidQueryParametersAre400(IronicTarget target, TestNodes nodes) {
    RawHttp raw = target.raw();

    assertThat(raw.get("/v1/nodes?limit=0", "1.46").fault()).contains("Limit must be positive");
    RawHttp.Response state = raw.get("/v1/nodes?provision_state=bogus", "1.46");
    assertThat(state.status()).isEqualTo(400);
    assertThat(state.fault()).contains("Provision state \"bogus\" is not valid");
    RawHttp.Response instance = raw.get("/v1/nodes?instance_uuid=not-a-uuid", "1.46");
    assertThat(instance.status()).isEqualTo(400);
    assertThat(instance.fault()).contains("Expected UUID for instance_uuid: not-a-uuid");
    // checked per returned node: an empty list would not complain
    Node n = nodes.enroll();
    RawHttp.Response field = raw.get("/v1/nodes/" + n.uuid() + "?fields=name,updated_at", "1.46");
    assertThat(field.status()).isEqualTo(400);
    assertThat(field.fault()).contains("Field updated_at is not a valid field.");
    RawHttp.Response detailFields = raw.get("/v1/nodes/detail?fields=name", "1.46");
    assertThat(detailFields.status()).isEqualTo(400);
    assertThat(detailFields.fault()).contains("Unexpected arguments: fields");
    RawHttp.Response sort = raw.get("/v1/nodes?sort_key=properties", "1.46");
    assertThat(sort.status()).isEqualTo(400);
    assertThat(sort.fault())
        .contains("The sort_key value properties is an invalid field for sorting");
  }
}
