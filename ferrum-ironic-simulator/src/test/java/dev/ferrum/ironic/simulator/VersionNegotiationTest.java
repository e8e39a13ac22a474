package dev.ferrum.ironic.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class VersionNegotiationTest extends SimTestBase {

  @Test
  void discoveryAdvertisesTheRangeAndHeadersAreOnEveryResponse() {
    start();
    Api.Resp root = api.version(null).get("/");
    assertThat(root.status()).isEqualTo(200);
    JsonNode v = root.json().get("default_version");
    assertThat(v.get("min_version").asText()).isEqualTo("1.1");
    assertThat(v.get("version").asText()).isEqualTo("1.82");
    assertThat(v.at("/links/0/href").asText()).isEqualTo(sim.baseUri() + "/v1/");
    assertThat(root.header("X-OpenStack-Ironic-API-Minimum-Version")).isEqualTo("1.1");
    assertThat(root.header("X-OpenStack-Ironic-API-Maximum-Version")).isEqualTo("1.82");
    assertThat(root.header("Openstack-Request-Id")).startsWith("req-");
    Api.Resp v1 = api.version(null).get("/v1/");
    assertThat(v1.json().at("/version/version").asText()).isEqualTo("1.82");
    Api.Resp missing = api.get("/v1/nodes/00000000-0000-0000-0000-000000000000");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.header("X-OpenStack-Ironic-API-Maximum-Version")).isEqualTo("1.82");
    assertThat(missing.faultstring())
        .isEqualTo("Node 00000000-0000-0000-0000-000000000000 could not be found.");
  }

  @Test
  void withoutAHeaderTheMinimumIsUsedAndNewerFieldsAreHidden() {
    start();
    String uuid = seedOne("available");
    Api.Resp r = api.version(null).get("/v1/nodes/" + uuid);
    assertThat(r.header("X-OpenStack-Ironic-API-Version")).isEqualTo("1.1");
    assertThat(r.json().has("name")).isFalse();
    assertThat(r.json().get("provision_state").isNull()).isTrue();
    assertThat(api.get("/v1/nodes/" + uuid).json().get("provision_state").asText())
        .isEqualTo("available");
  }

  @Test
  void openStackApiVersionHeaderIsHonoured() throws Exception {
    start();
    java.net.http.HttpResponse<String> r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(sim.baseUri().resolve("/v1/nodes"))
                    .header("OpenStack-API-Version", "baremetal 1.46")
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(r.headers().firstValue("X-OpenStack-Ironic-API-Version")).hasValue("1.46");
  }

  @Test
  void unsupportedVersionIs406InShapeB() {
    start();
    Api.Resp r = api.version("1.83").get("/v1/nodes");
    assertThat(r.status()).isEqualTo(406);
    JsonNode e = r.error();
    assertThat(e.get("code").asInt()).isEqualTo(406);
    assertThat(e.get("title").asText()).isEqualTo("Not Acceptable");
    assertThat(e.get("description").asText())
        .isEqualTo(
            "Version 1.83 was requested but the minor version is not supported by this service."
                + " The supported version range is: [1.1, 1.82].");
  }

  @Test
  void configuredRangeCapsLatestAndGatesFeatures() {
    start(IronicSimulator.builder().microversions(Microversions.parse("1.1-1.81")));
    Api.Resp r = api.get("/v1/nodes?shard=abc");
    assertThat(r.header("X-OpenStack-Ironic-API-Version")).isEqualTo("1.81");
    assertThat(r.status()).isEqualTo(406);
    assertThat(r.faultstring())
        .isEqualTo("Request not acceptable. The minimal required API version should be 1.82");
  }

  @Test
  void featuresNeedTheirMicroversions() {
    start();
    String uuid = seedOne("active");
    assertThat(api.version("1.27").get("/v1/nodes/" + uuid + "/vifs").status()).isEqualTo(404);
    assertThat(api.version("1.28").get("/v1/nodes/" + uuid + "/vifs").status()).isEqualTo(200);
    assertThat(
            api.version("1.26")
                .put("/v1/nodes/" + uuid + "/states/power", Api.target("soft power off"))
                .status())
        .isEqualTo(406);
    assertThat(api.version("1.36").get("/v1/nodes/" + uuid + "/traits").status()).isEqualTo(404);
    assertThat(api.version("1.31").get("/v1/volume/targets").status()).isEqualTo(404);
    assertThat(
            api.version("1.28").put("/v1/nodes/" + uuid + "/management/inject_nmi", "{}").status())
        .isEqualTo(404);
    assertThat(
            api.version("1.29").put("/v1/nodes/" + uuid + "/management/inject_nmi", "{}").status())
        .isEqualTo(204);
    Api.Resp nameAt11 =
        api.version("1.1").post("/v1/nodes", java.util.Map.of("name", "x", "driver", "ipmi"));
    assertThat(nameAt11.status()).isEqualTo(406);
  }
}
