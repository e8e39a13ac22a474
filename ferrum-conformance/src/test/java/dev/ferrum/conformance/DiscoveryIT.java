package dev.ferrum.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.IronicUnauthorizedException;
import dev.ferrum.ironic.client.IronicVersionNotSupportedException;
import dev.ferrum.ironic.client.model.Microversion;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.NodeQuery;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Root document, version headers, negotiation and the client's refusal of newer features. */
@ExtendWith(IronicTargetExtension.class)
class DiscoveryIT {

  @Test
  void rootDocumentAdvertisesTheV1Range(IronicTarget target) {
    RawHttp.Response r = target.raw().send("GET", "/", null, null, false);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().path("name").asText()).isEqualTo("OpenStack Ironic API");
    var v1 = r.body().path("default_version");
    assertThat(v1.path("id").asText()).isEqualTo("v1");
    assertThat(v1.path("min_version").asText()).isEqualTo("1.1");
    assertThat(Microversion.parse(v1.path("version").asText()))
        .isEqualTo(target.client().version().maximum());
    assertThat(r.body().path("versions").isArray()).isTrue();
  }

  @Test
  void versionHeadersReportRangeAndNegotiatedVersion(IronicTarget target) {
    RawHttp.Response latest = target.raw().get("/v1", "latest");
    String max = latest.header("X-OpenStack-Ironic-API-Maximum-Version").orElseThrow();

    assertThat(latest.status()).isEqualTo(200);
    assertThat(latest.header("X-OpenStack-Ironic-API-Minimum-Version")).contains("1.1");
    assertThat(latest.header("X-OpenStack-Ironic-API-Version")).contains(max);

    RawHttp.Response none = target.raw().get("/v1", null);
    assertThat(none.header("X-OpenStack-Ironic-API-Version")).contains("1.1");

    RawHttp.Response explicit = target.raw().get("/v1", "1.46");
    assertThat(explicit.header("X-OpenStack-Ironic-API-Version")).contains("1.46");
  }

  @Test
  void clientNegotiatesTheNewestCommonVersion(IronicTarget target) {
    IronicClient client = target.client();

    assertThat(client.version().minimum()).isEqualTo(Microversion.of(1));
    assertThat(client.version().maximum()).isGreaterThanOrEqualTo(Microversion.of(56));
    assertThat(client.microversion())
        .isEqualTo(Microversion.min(client.version().maximum(), IronicClient.LATEST_KNOWN));
  }

  @Test
  void cappedClientRefusesNewerFeatureBeforeSending(IronicTarget target) {
    try (IronicClient old = target.newClient(b -> b.maxMicroversion(Microversion.of(30)))) {
      assertThat(old.microversion()).isEqualTo(Microversion.of(30));
      // the node does not exist: had the request been sent, Ironic would have answered 404
      assertThatThrownBy(() -> old.nodes().getTraits("conf-no-such-node"))
          .isInstanceOfSatisfying(
              IronicVersionNotSupportedException.class,
              e -> {
                assertThat(e.required()).isEqualTo(Microversion.of(37));
                assertThat(e.negotiated()).isEqualTo(Microversion.of(30));
              });
      // what the capped version allows still works
      assertThat(old.nodes().list(NodeQuery.builder().limit(1).build())).isNotNull();
    }
  }

  @Test
  void unsupportedVersionIs406(IronicTarget target) {
    Microversion max = target.client().version().maximum();
    String tooNew = max.major() + "." + (max.minor() + 1);

    RawHttp.Response r = target.raw().get("/v1/nodes", tooNew);

    assertThat(r.status()).isEqualTo(406);
    assertThat(r.fault())
        .contains("Version " + tooNew + " was requested but the minor version is not supported");
  }

  @Test
  void credentialsAreRequiredExactlyWhenTheTargetUsesHttpBasic(IronicTarget target) {
    RawHttp.Response anonymous = target.raw().send("GET", "/v1/nodes", "1.46", null, false);
    if (target.authenticated()) {
      assertThat(anonymous.status()).isEqualTo(401);
      assertThat(anonymous.body().path("error").path("code").asInt()).isEqualTo(401);
      assertThat(anonymous.fault()).isEqualTo("Authorization required");
      assertThat(anonymous.header("WWW-Authenticate"))
          .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
      try (IronicClient wrong =
          IronicClient.builder()
              .endpoint(target.baseUri())
              .auth(
                  dev.ferrum.ironic.client.auth.IronicAuth.httpBasic(
                      target.user().orElseThrow(), "wrong-password"))
              .build()) {
        assertThatThrownBy(() -> wrong.nodes().get("conf-no-such-node"))
            .isInstanceOf(IronicUnauthorizedException.class);
      }
    } else {
      assertThat(anonymous.status()).isEqualTo(200);
    }
    assertThat(target.raw().get("/v1/nodes", "1.46").status()).isEqualTo(200);
  }

  @Test
  void oldestVersionHidesNewerFieldsAndRefusesThem(TestNodes nodes, IronicTarget target) {
    Node n = nodes.available();

    RawHttp.Response old = target.raw().get("/v1/nodes/" + n.uuid(), null);
    assertThat(old.status()).isEqualTo(200);
    assertThat(old.header("X-OpenStack-Ironic-API-Version")).contains("1.1");
    assertThat(old.body().has("name")).isFalse();
    assertThat(old.body().path("provision_state").isNull()).isTrue();

    RawHttp.Response create =
        target
            .raw()
            .send("POST", "/v1/nodes", "1.1", Map.of("driver", "fake-hardware", "name", "conf-x"));
    assertThat(create.status()).isEqualTo(406);
    assertThat(create.fault()).contains("Request not acceptable");

    RawHttp.Response shard = target.raw().get("/v1/nodes?shard=conf", "1.81");
    assertThat(shard.status()).isEqualTo(406);
    assertThat(shard.fault()).contains("The minimal required API version should be 1.82");
  }
}
