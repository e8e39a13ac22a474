package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrum.service.store.Flavor;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /v2.1/flavors/{id}/os-extra_specs}. */
class ExtraSpecApiTest extends ApiTestSupport {
  private static final String SPECS = "/v2.1/flavors/bm.small/os-extra_specs";

  @BeforeEach
  void seed() {
    db.flavors()
        .create(
            Flavor.builder("bm.small", "small")
                .extraSpecs(Map.of("resources:CUSTOM_BAREMETAL_SMALL", "1"))
                .build());
    db.flavors().create(Flavor.builder("bm.secret", "secret").isPublic(false).build());
  }

  @Test
  void anyoneWhoSeesTheFlavorReadsItsSpecs() {
    Resp r = get(SPECS, BOB);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("extra_specs").path("resources:CUSTOM_BAREMETAL_SMALL").asText())
        .isEqualTo("1");
    assertThat(
            get(SPECS + "/resources:CUSTOM_BAREMETAL_SMALL", BOB)
                .json()
                .path("resources:CUSTOM_BAREMETAL_SMALL")
                .asText())
        .isEqualTo("1");
    assertThat(get(SPECS + "/missing", BOB).status()).isEqualTo(404);
    assertThat(get("/v2.1/flavors/bm.secret/os-extra_specs", BOB).status()).isEqualTo(404);
    assertThat(get("/v2.1/flavors/nope/os-extra_specs", ADMIN).status()).isEqualTo(404);
  }

  @Test
  void adminMergesSpecs() {
    Resp r =
        post(
            SPECS,
            ADMIN,
            json(
                "{'extra_specs': {'resources:VCPU': 0, 'trait:CUSTOM_GPU': 'required', 'hw:x': true}}"));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("extra_specs").path("resources:VCPU").asText()).isEqualTo("0");
    assertThat(db.flavors().get("bm.small").extraSpecs())
        .containsEntry("resources:CUSTOM_BAREMETAL_SMALL", "1")
        .containsEntry("trait:CUSTOM_GPU", "required")
        .containsEntry("hw:x", "True");
  }

  @Test
  void adminUpdatesAndDeletesOneSpec() {
    Resp put =
        put(
            SPECS + "/resources:CUSTOM_BAREMETAL_SMALL",
            ADMIN,
            json("{'resources:CUSTOM_BAREMETAL_SMALL': '2'}"));
    assertThat(put.status()).isEqualTo(200);
    assertThat(db.flavors().get("bm.small").extraSpecs())
        .containsEntry("resources:CUSTOM_BAREMETAL_SMALL", "2");

    Resp mismatch = put(SPECS + "/a", ADMIN, json("{'b': '2'}"));
    assertThat(mismatch.status()).isEqualTo(400);
    assertThat(mismatch.json().path("badRequest").path("message").asText())
        .isEqualTo("Request body and URI mismatch");

    assertThat(delete(SPECS + "/resources:CUSTOM_BAREMETAL_SMALL", ADMIN).status()).isEqualTo(202);
    assertThat(db.flavors().get("bm.small").extraSpecs()).isEmpty();
    assertThat(delete(SPECS + "/resources:CUSTOM_BAREMETAL_SMALL", ADMIN).status()).isEqualTo(404);
  }

  @Test
  void membersCannotWrite() {
    assertThat(post(SPECS, ALICE, json("{'extra_specs': {'a': 'b'}}")).status()).isEqualTo(403);
    assertThat(put(SPECS + "/a", ALICE, json("{'a': 'b'}")).status()).isEqualTo(403);
    assertThat(delete(SPECS + "/resources:CUSTOM_BAREMETAL_SMALL", ALICE).status()).isEqualTo(403);
    assertThat(db.flavors().get("bm.small").extraSpecs()).hasSize(1);
  }

  @Test
  void invalidSpecsAre400AndStoreNothing() {
    for (String body :
        new String[] {
          "{'extra_specs': {'bad key!': 'v'}}",
          "{'extra_specs': {'k': {'nested': 1}}}",
          "{'extra_specs': {'k': '" + "x".repeat(256) + "'}}",
          "{'extra_specs': []}",
          "{'specs': {}}",
        }) {
      Resp r = post(SPECS, ADMIN, json(body));
      assertThat(r.status()).as(body).isEqualTo(400);
    }
    assertThat(db.flavors().get("bm.small").extraSpecs()).hasSize(1);
  }
}
