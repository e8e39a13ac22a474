package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Discovery documents are open and shaped as the SDK requires (compat reference §3). */
class VersionDiscoveryTest extends ApiTestSupport {
  @Test
  void computeVersionDocumentNeedsNoAuthAndLinksToTheEndpoint() {
    Resp r = get("/v2.1", null);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    var v = r.json().path("version");
    assertThat(v.path("id").asText()).isEqualTo("v2.1");
    assertThat(v.path("status").asText()).isEqualTo("CURRENT");
    assertThat(v.path("version").asText()).isEqualTo("2.79");
    assertThat(v.path("min_version").asText()).isEqualTo("2.1");
    assertThat(v.path("links").get(0).path("rel").asText()).isEqualTo("self");
    assertThat(v.path("links").get(0).path("href").asText()).isEqualTo(server.baseUri() + "/v2.1");
    assertThat(r.header("x-openstack-request-id")).matches("req-[0-9a-f-]{36}");
    assertThat(r.header("x-compute-request-id")).isEqualTo(r.header("x-openstack-request-id"));
  }

  @Test
  void trailingSlashServesTheSameDocument() {
    Resp r = get("/v2.1/", null);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("version").path("id").asText()).isEqualTo("v2.1");
  }

  @Test
  void rootListsTheComputeVersion() {
    Resp r = get("/", null);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("versions")).hasSize(1);
    assertThat(r.json().path("versions").get(0).path("version").asText()).isEqualTo("2.79");
  }

  @Test
  void imageDiscoveryPointsAtTheGlanceSubset() {
    Resp r = get("/image", null);

    assertThat(r.status()).isEqualTo(200);
    var v = r.json().path("versions").get(0);
    assertThat(v.path("id").asText()).isEqualTo("v2.0");
    assertThat(v.path("status").asText()).isEqualTo("CURRENT");
    assertThat(v.path("links").get(0).path("href").asText())
        .isEqualTo(server.baseUri() + "/image/v2/");
  }

  @Test
  void requestIdsDifferPerRequest() {
    assertThat(get("/v2.1", null).header("x-openstack-request-id"))
        .isNotEqualTo(get("/v2.1", null).header("x-openstack-request-id"));
  }

  @Test
  void unknownPathsAreNovaShaped404s() {
    Resp r = get("/v2.1/no-such-thing", ADMIN);

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().path("itemNotFound").path("code").asInt()).isEqualTo(404);
  }

  @Test
  void unsupportedMethodIsANovaShaped404() {
    Resp r = send("PUT", "/v2.1/flavors", ADMIN, "{}");

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().path("itemNotFound").path("code").asInt()).isEqualTo(404);
  }
}
