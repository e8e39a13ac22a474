package dev.ferrum.ironic.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.ironic.simulator.ConsoleKind;
import dev.ferrum.ironic.simulator.Microversions;
import dev.ferrum.ironic.simulator.SimulatorClock;
import dev.ferrum.ironic.simulator.Timings;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Pure tests of engine pieces, without HTTP. */
class EngineUnitTest {

  private static SimConfig config() {
    return new SimConfig(
        "127.0.0.1",
        0,
        Microversions.ANTELOPE,
        SimulatorClock.system(),
        Timings.FAST,
        1000,
        false,
        ConsoleKind.FAKE,
        "127.0.0.1",
        List.of("fake-hardware"),
        "baremetal",
        1,
        java.time.Duration.ZERO);
  }

  @Test
  void defaultSortedPageTouchesOnlyThePage() {
    SimConfig config = config();
    NodeStore store = new NodeStore(config.clock());
    NodeFactory factory = new NodeFactory(config);
    String marker = null;
    for (int i = 0; i < 10_000; i++) {
      SimNode n = store.add(factory.blank(UUID.randomUUID().toString(), "available", "t"));
      if (i == 8_999) {
        marker = n.uuid;
      }
    }
    NodeQuery q = NodeQuery.parse(Map.of("limit", "100", "marker", marker), 82, false, 1000);
    AtomicInteger tested = new AtomicInteger();
    List<ObjectNode> page =
        NodePager.page(
            store,
            q,
            d -> {
              tested.incrementAndGet();
              return true;
            });
    assertThat(page).hasSize(100);
    assertThat(tested.get()).isEqualTo(100);
    assertThat(store.byId().higherEntry(store.get(marker).id).getValue().uuid)
        .isEqualTo(page.get(0).get("uuid").asText());
  }

  @Test
  void versionNegotiation() {
    Microversions range = Microversions.ANTELOPE;
    assertThat(ApiVersion.negotiate(null, null, range)).isEqualTo(1);
    assertThat(ApiVersion.negotiate("latest", null, range)).isEqualTo(82);
    assertThat(ApiVersion.negotiate(null, "compute 2.1, baremetal 1.46", range)).isEqualTo(46);
    assertThatThrownBy(() -> ApiVersion.negotiate("1.83", null, range))
        .isInstanceOf(ApiException.VersionNotAcceptable.class)
        .hasMessageContaining("[1.1, 1.82]");
    assertThatThrownBy(() -> ApiVersion.negotiate("abc", null, range))
        .isInstanceOf(ApiException.VersionNotAcceptable.class)
        .extracting(e -> ((ApiException) e).status())
        .isEqualTo(400);
  }

  @Test
  void jsonPatchOperations() {
    ObjectNode doc = Json.parseObject("{\"a\":{\"b\":1},\"l\":[1,2]}");
    for (JsonPatch.Op op :
        JsonPatch.parse(
            Json.parse(
                "[{\"op\":\"add\",\"path\":\"/a/c~1d\",\"value\":2},"
                    + "{\"op\":\"replace\",\"path\":\"/a/b\",\"value\":3},"
                    + "{\"op\":\"add\",\"path\":\"/l/-\",\"value\":9},"
                    + "{\"op\":\"remove\",\"path\":\"/l/0\"}]"))) {
      JsonPatch.apply(doc, op);
    }
    assertThat(Json.write(doc)).isEqualTo("{\"a\":{\"b\":3,\"c/d\":2},\"l\":[2,9]}");
    JsonPatch.Op missing =
        JsonPatch.parse(Json.parse("[{\"op\":\"remove\",\"path\":\"/x\"}]")).get(0);
    assertThatThrownBy(() -> JsonPatch.apply(doc, missing)).isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> JsonPatch.parse(Json.parse("[{\"op\":\"move\",\"path\":\"/a\"}]")))
        .isInstanceOf(ApiException.BadRequest.class);
  }

  @Test
  void maskingAndTemplates() {
    ObjectNode info =
        Json.parseObject(
            "{\"ipmi_password\":\"x\",\"ipmi_username\":\"u\",\"nested\":{\"auth_token\":\"t\"}}");
    assertThat(Json.write(Masking.mask(info)))
        .isEqualTo(
            "{\"ipmi_password\":\"******\",\"ipmi_username\":\"u\",\"nested\":{\"auth_token\":\"******\"}}");
    assertThat(RouteTemplates.compile("/v1/nodes/{node}").matcher("/v1/nodes/abc").matches())
        .isTrue();
    assertThat(RouteTemplates.compile("/v1/nodes/{node}").matcher("/v1/nodes/a/b").matches())
        .isFalse();
    assertThat(RouteTemplates.compile("/v1/**").matcher("/v1/nodes/a/b").matches()).isTrue();
  }

  @Test
  void errorEnvelopes() {
    assertThat(ErrorBodies.shapeA(404, "Node \"x\" gone"))
        .isEqualTo(
            "{\"error_message\": \"{\\\"faultcode\\\": \\\"Client\\\", \\\"faultstring\\\":"
                + " \\\"Node \\\\\\\"x\\\\\\\" gone\\\", \\\"debuginfo\\\": null}\"}");
    assertThat(
            Json.parseObject(
                    Json.parseObject(ErrorBodies.shapeB(406, "d")).get("error_message").asText())
                .get("title")
                .asText())
        .isEqualTo("Not Acceptable");
  }
}
