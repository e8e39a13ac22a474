package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrum.service.store.Flavor;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Microversion negotiation, echo headers, and version-dependent flavor shapes. */
class MicroversionTest extends ApiTestSupport {
  private static final String NOVA = "X-OpenStack-Nova-API-Version";
  private static final String OPENSTACK = "OpenStack-API-Version";

  @BeforeEach
  void seed() {
    db.flavors()
        .create(
            Flavor.builder("f1", "small")
                .size(2, 2048, 20)
                .description("two cpus")
                .extraSpecs(Map.of("resources:CUSTOM_BM", "1"))
                .build());
  }

  @Test
  void noHeaderMeansTheBaseVersionAndIsEchoed() {
    Resp r = get("/v2.1/flavors", ADMIN);

    assertThat(r.header(NOVA)).isEqualTo("2.1");
    assertThat(r.header(OPENSTACK)).isEqualTo("compute 2.1");
    assertThat(r.header("Vary")).contains(OPENSTACK).contains(NOVA);
  }

  @Test
  void legacyHeaderIsHonoured() {
    assertThat(get("/v2.1/flavors", ADMIN, NOVA, "2.61").header(NOVA)).isEqualTo("2.61");
  }

  @Test
  void newHeaderWinsOverTheLegacyOne() {
    Resp r = get("/v2.1/flavors", ADMIN, NOVA, "2.10", OPENSTACK, "compute 2.55");

    assertThat(r.header(OPENSTACK)).isEqualTo("compute 2.55");
    assertThat(r.header(NOVA)).isEqualTo("2.55");
  }

  @Test
  void newHeaderForAnotherServiceIsIgnored() {
    Resp r = get("/v2.1/flavors", ADMIN, NOVA, "2.10", OPENSTACK, "placement 1.30");

    assertThat(r.header(NOVA)).isEqualTo("2.10");
  }

  @Test
  void latestMeansTheMaximum() {
    assertThat(get("/v2.1/flavors", ADMIN, OPENSTACK, "compute latest").header(NOVA))
        .isEqualTo("2.79");
  }

  @Test
  void tooHighIs406() {
    Resp r = get("/v2.1/flavors", ADMIN, NOVA, "2.80");

    assertThat(r.status()).isEqualTo(406);
    assertThat(r.json().path("computeFault").path("message").asText())
        .isEqualTo("Version 2.80 is not supported by the API. Minimum is 2.1 and maximum is 2.79.");
    assertThat(get("/v2.1/flavors", ADMIN, NOVA, "3.0").status()).isEqualTo(406);
    assertThat(get("/v2.1/flavors", ADMIN, NOVA, "2.0").status()).isEqualTo(406);
  }

  @Test
  void malformedIs400() {
    Resp r = get("/v2.1/flavors", ADMIN, NOVA, "2.x");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("badRequest").path("message").asText()).contains("invalid format");
  }

  @Test
  void flavorShapeFollowsTheVersion() {
    var old = get("/v2.1/flavors/f1", ADMIN).json().path("flavor");
    var v255 = get("/v2.1/flavors/f1", ADMIN, NOVA, "2.55").json().path("flavor");
    var v261 = get("/v2.1/flavors/f1", ADMIN, NOVA, "2.61").json().path("flavor");
    var v275 = get("/v2.1/flavors/f1", ADMIN, NOVA, "2.75").json().path("flavor");

    assertThat(old.path("swap").asText()).isEmpty();
    assertThat(old.has("description")).isFalse();
    assertThat(old.has("extra_specs")).isFalse();
    assertThat(v255.path("description").asText()).isEqualTo("two cpus");
    assertThat(v255.has("extra_specs")).isFalse();
    assertThat(v261.path("extra_specs").path("resources:CUSTOM_BM").asText()).isEqualTo("1");
    assertThat(v275.path("swap").isInt()).isTrue();
    assertThat(v275.path("swap").asInt()).isZero();
  }

  @Test
  void imagePathsAreNotVersioned() {
    Resp r = get("/image/v2/images", ADMIN, NOVA, "9.9");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header(NOVA)).isNull();
  }
}
