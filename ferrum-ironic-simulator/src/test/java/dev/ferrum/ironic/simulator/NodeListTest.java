package dev.ferrum.ironic.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NodeListTest extends SimTestBase {

  private static List<String> uuids(JsonNode body) {
    List<String> out = new ArrayList<>();
    body.get("nodes").forEach(n -> out.add(n.get("uuid").asText()));
    return out;
  }

  @Test
  void paginatesInCreationOrderWithNextWheneverThePageIsFull() {
    start();
    List<String> seeded = sim.control().seed(NodeSeed.builder(6).build());
    String fields = "uuid,provision_state";
    JsonNode p1 = api.get("/v1/nodes?fields=" + fields + "&limit=3").json();
    assertThat(uuids(p1)).containsExactlyElementsOf(seeded.subList(0, 3));
    assertThat(p1.get("next").asText())
        .isEqualTo(
            sim.baseUri()
                + "/v1/nodes?sort_key=id&sort_dir=asc&fields=uuid,provision_state&limit=3&marker="
                + seeded.get(2));
    JsonNode item = p1.get("nodes").get(0);
    assertThat(item.properties())
        .extracting(e -> e.getKey())
        .containsExactly("uuid", "provision_state", "links");
    JsonNode p2 = api.get(p1.get("next").asText()).json();
    assertThat(uuids(p2)).containsExactlyElementsOf(seeded.subList(3, 6));
    assertThat(p2.has("next")).isTrue();
    JsonNode p3 = api.get(p2.get("next").asText()).json();
    assertThat(p3.get("nodes")).isEmpty();
    assertThat(p3.has("next")).isFalse();
  }

  @Test
  void nextKeepsOnlyWhatIronicKeeps() {
    start();
    sim.control().seed(NodeSeed.builder(4).resourceClass("odd").build());
    JsonNode p =
        api.get("/v1/nodes?resource_class=odd&maintenance=false&associated=false&limit=2").json();
    String next = p.get("next").asText();
    assertThat(next)
        .contains("sort_key=id&sort_dir=asc&associated=False&maintenance=False&limit=2");
    assertThat(next).doesNotContain("resource_class");
  }

  @Test
  void filtersSortingAndDetail() {
    start();
    List<String> odd = sim.control().seed(NodeSeed.builder(3).resourceClass("odd").build());
    sim.control().seed(NodeSeed.builder(3).resourceClass("even").conductorGroup("g1").build());
    sim.control().seed(NodeSeed.builder(2).shard("s1").provisionState("active").build());
    assertThat(uuids(api.get("/v1/nodes?resource_class=odd").json()))
        .containsExactlyElementsOf(odd);
    assertThat(api.get("/v1/nodes?conductor_group=G1").json().get("nodes")).hasSize(3);
    assertThat(api.get("/v1/nodes?conductor_group=").json().get("nodes")).hasSize(8);
    assertThat(api.get("/v1/nodes?shard=s1").json().get("nodes")).hasSize(2);
    assertThat(api.get("/v1/nodes?sharded=false").json().get("nodes")).hasSize(6);
    assertThat(api.get("/v1/nodes?provision_state=active").json().get("nodes")).hasSize(2);
    assertThat(api.get("/v1/nodes?driver=fake-hardware&fault=x").json().get("nodes")).isEmpty();

    JsonNode byName = api.get("/v1/nodes?sort_key=name&sort_dir=desc&fields=name").json();
    List<String> names = new ArrayList<>();
    byName.get("nodes").forEach(n -> names.add(n.get("name").asText()));
    assertThat(names).isSortedAccordingTo(java.util.Comparator.reverseOrder());

    JsonNode detail = api.get("/v1/nodes/detail?limit=1").json().get("nodes").get(0);
    assertThat(detail.has("driver_info")).isTrue();
    assertThat(detail.has("shard")).isTrue();
    assertThat(api.get("/v1/nodes?detail=true&limit=1").json().get("next").asText())
        .contains("detail=True");
    JsonNode summary = api.get("/v1/nodes?limit=1").json().get("nodes").get(0);
    assertThat(summary.properties())
        .extracting(e -> e.getKey())
        .containsExactlyInAnyOrder(
            "uuid",
            "instance_uuid",
            "maintenance",
            "power_state",
            "provision_state",
            "name",
            "links");
  }

  @Test
  void updatedAtSortPagesThroughEveryNode() {
    start();
    List<String> seeded = sim.control().seed(NodeSeed.builder(7).build());
    api.patch("/v1/nodes/" + seeded.get(3), ops(op("add", "/extra/x", 1)));
    Set<String> seen = new HashSet<>();
    String url = "/v1/nodes?sort_key=updated_at&limit=2";
    for (int i = 0; i < 10 && url != null; i++) {
      JsonNode page = api.get(url).json();
      seen.addAll(uuids(page));
      url = page.has("next") ? page.get("next").asText() : null;
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(seeded);
    JsonNode newest =
        api.get("/v1/nodes?sort_key=updated_at&sort_dir=desc&limit=1&fields=uuid").json();
    assertThat(uuids(newest)).containsExactly(seeded.get(3));
  }

  @Test
  void limitRules() {
    start(IronicSimulator.builder().maxLimit(5));
    sim.control().seed(NodeSeed.builder(7).build());
    JsonNode capped = api.get("/v1/nodes?limit=5000").json();
    assertThat(capped.get("nodes")).hasSize(5);
    assertThat(capped.get("next").asText()).contains("limit=5&");
    assertThat(api.get("/v1/nodes").json().get("nodes")).hasSize(5);
    Api.Resp zero = api.get("/v1/nodes?limit=0");
    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.faultstring()).isEqualTo("Limit must be positive");
    assertThat(api.get("/v1/nodes?limit=-1").status()).isEqualTo(400);
  }

  @Test
  void fieldAndFilterErrors() {
    start();
    String uuid = seedOne("available");
    Api.Resp updated = api.get("/v1/nodes?fields=name,updated_at");
    assertThat(updated.status()).isEqualTo(400);
    assertThat(updated.faultstring()).isEqualTo("Field updated_at is not a valid field.");
    Api.Resp bogus = api.get("/v1/nodes?fields=uuid,bogus");
    assertThat(bogus.status()).isEqualTo(500);
    assertThat(bogus.error().get("faultcode").asText()).isEqualTo("Server");
    assertThat(api.get("/v1/nodes/detail?fields=uuid").faultstring())
        .isEqualTo("Unexpected arguments: fields");
    assertThat(api.get("/v1/nodes?provision_state=bogus").faultstring())
        .isEqualTo("Provision state \"bogus\" is not valid");
    assertThat(api.get("/v1/nodes?instance_uuid=not-a-uuid").faultstring())
        .isEqualTo("Expected UUID for instance_uuid: not-a-uuid");
    assertThat(api.get("/v1/nodes?sort_key=properties").faultstring())
        .isEqualTo("The sort_key value properties is an invalid field for sorting");
    JsonNode one = api.get("/v1/nodes/" + uuid + "?fields=uuid,provision_updated_at").json();
    assertThat(one.properties())
        .extracting(e -> e.getKey())
        .containsExactly("uuid", "provision_updated_at", "links");
  }

  @Test
  void instanceUuidLookupUsesTheIndex() {
    start();
    String uuid = seedOne("available");
    String instance = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    api.patch("/v1/nodes/" + uuid, ops(op("add", "/instance_uuid", instance)));
    JsonNode found = api.get("/v1/nodes?instance_uuid=" + instance + "&fields=uuid").json();
    assertThat(uuids(found)).containsExactly(uuid);
    api.patch("/v1/nodes/" + uuid, ops(op("remove", "/instance_uuid", null)));
    assertThat(api.get("/v1/nodes?instance_uuid=" + instance).json().get("nodes")).isEmpty();
    assertThat(api.get("/v1/nodes?associated=false").json().get("nodes")).hasSize(1);
  }
}
