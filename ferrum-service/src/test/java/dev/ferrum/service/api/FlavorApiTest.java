package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferrum.service.store.Flavor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /v2.1/flavors}: shapes, visibility, filters, paging, admin-only writes, validation. */
class FlavorApiTest extends ApiTestSupport {
  @BeforeEach
  void seed() {
    db.flavors().create(Flavor.builder("bm.large", "large").size(32, 131_072, 900).build());
    db.flavors().create(Flavor.builder("bm.small", "small").size(4, 8192, 100).swapMb(512).build());
    db.flavors()
        .create(Flavor.builder("bm.secret", "secret").size(8, 16_384, 200).isPublic(false).build());
    db.flavors().addProjectAccess("bm.secret", "p1");
  }

  static List<String> ids(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path("id").asText()));
    return out;
  }

  @Test
  void briefListHasIdNameAndLinks() {
    Resp r = get("/v2.1/flavors", ADMIN);

    assertThat(r.status()).isEqualTo(200);
    JsonNode first = r.json().path("flavors").get(0);
    assertThat(first.path("id").asText()).isEqualTo("bm.large");
    assertThat(first.path("name").asText()).isEqualTo("large");
    assertThat(first.path("links").get(0).path("href").asText())
        .isEqualTo(server.baseUri() + "/v2.1/flavors/bm.large");
    assertThat(first.path("links").get(1).path("rel").asText()).isEqualTo("bookmark");
    assertThat(first.has("ram")).isFalse();
  }

  @Test
  void detailListHasTheFieldsTheClientPrints() {
    JsonNode small = get("/v2.1/flavors/detail", ADMIN).json().path("flavors").get(1);

    assertThat(small.path("id").asText()).isEqualTo("bm.small");
    assertThat(small.path("ram").asInt()).isEqualTo(8192);
    assertThat(small.path("disk").asInt()).isEqualTo(100);
    assertThat(small.path("vcpus").asInt()).isEqualTo(4);
    assertThat(small.path("swap").asInt()).isEqualTo(512);
    assertThat(small.path("OS-FLV-EXT-DATA:ephemeral").asInt()).isZero();
    assertThat(small.path("OS-FLV-DISABLED:disabled").asBoolean()).isFalse();
    assertThat(small.path("os-flavor-access:is_public").asBoolean()).isTrue();
    assertThat(small.path("rxtx_factor").asDouble()).isEqualTo(1.0);
  }

  @Test
  void adminSeesPublicByDefaultAndAllWithIsPublicNone() {
    assertThat(ids(get("/v2.1/flavors/detail", ADMIN).json().path("flavors")))
        .containsExactly("bm.large", "bm.small");
    assertThat(ids(get("/v2.1/flavors/detail?is_public=None", ADMIN).json().path("flavors")))
        .containsExactly("bm.large", "bm.secret", "bm.small");
    assertThat(ids(get("/v2.1/flavors?is_public=false", ADMIN).json().path("flavors")))
        .containsExactly("bm.secret");
    Resp bad = get("/v2.1/flavors?is_public=maybe", ADMIN);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("badRequest").path("message").asText())
        .isEqualTo("Invalid is_public filter [maybe]");
  }

  @Test
  void membersSeePublicFlavorsAndTheirProjectsPrivateOnes() {
    assertThat(ids(get("/v2.1/flavors/detail?is_public=None", ALICE).json().path("flavors")))
        .containsExactly("bm.large", "bm.secret", "bm.small");
    assertThat(ids(get("/v2.1/flavors/detail?is_public=None", BOB).json().path("flavors")))
        .containsExactly("bm.large", "bm.small");
    assertThat(get("/v2.1/flavors/bm.secret", ALICE).status()).isEqualTo(200);
    Resp hidden = get("/v2.1/flavors/bm.secret", BOB);
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.json().path("itemNotFound").path("message").asText())
        .isEqualTo("Flavor bm.secret could not be found.");
  }

  @Test
  void unknownIdOrNameIs404SoTheClientFallsBackToTheList() {
    Resp r = get("/v2.1/flavors/small", ALICE);

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().path("itemNotFound").path("code").asInt()).isEqualTo(404);
  }

  @Test
  void filtersSortAndPage() {
    assertThat(ids(get("/v2.1/flavors?minRam=10000", ADMIN).json().path("flavors")))
        .containsExactly("bm.large");
    assertThat(
            ids(
                get("/v2.1/flavors?minDisk=100&sort_key=memory_mb&sort_dir=desc", ADMIN)
                    .json()
                    .path("flavors")))
        .containsExactly("bm.large", "bm.small");
    Resp page = get("/v2.1/flavors?limit=1", ADMIN);
    assertThat(ids(page.json().path("flavors"))).containsExactly("bm.large");
    assertThat(page.json().path("flavors_links").get(0).path("href").asText())
        .endsWith("/v2.1/flavors?limit=1&marker=bm.large");
    Resp next = get("/v2.1/flavors?limit=1&marker=bm.large", ADMIN);
    assertThat(ids(next.json().path("flavors"))).containsExactly("bm.small");
    assertThat(get("/v2.1/flavors?marker=nope", ADMIN).status()).isEqualTo(400);
    assertThat(get("/v2.1/flavors?minRam=abc", ADMIN).status()).isEqualTo(400);
    assertThat(get("/v2.1/flavors?sort_key=bogus", ADMIN).status()).isEqualTo(400);
  }

  @Test
  void unknownQueryParametersAreRejectedFrom275() {
    assertThat(get("/v2.1/flavors?foo=1", ADMIN).status()).isEqualTo(200);
    Resp r = get("/v2.1/flavors?foo=1", ADMIN, "X-OpenStack-Nova-API-Version", "2.75");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("badRequest").path("message").asText()).contains("'foo'");
  }

  @Test
  void adminCreatesAFlavor() {
    Resp r =
        post(
            "/v2.1/flavors",
            ADMIN,
            json(
                "{'flavor': {'name': 'medium', 'id': 'bm.medium', 'ram': '16384', 'vcpus': 8,"
                    + " 'disk': 200, 'OS-FLV-EXT-DATA:ephemeral': 10, 'swap': 1024,"
                    + " 'rxtx_factor': 2.0, 'os-flavor-access:is_public': false,"
                    + " 'description': 'Medium nodes'}}"),
            "X-OpenStack-Nova-API-Version",
            "2.61");

    assertThat(r.status()).isEqualTo(200);
    JsonNode f = r.json().path("flavor");
    assertThat(f.path("id").asText()).isEqualTo("bm.medium");
    assertThat(f.path("ram").asInt()).isEqualTo(16_384);
    assertThat(f.path("os-flavor-access:is_public").asBoolean()).isFalse();
    assertThat(f.path("description").asText()).isEqualTo("Medium nodes");
    assertThat(f.path("extra_specs").size()).isZero();
    Flavor stored = db.flavors().get("bm.medium");
    assertThat(stored.ephemeralGb()).isEqualTo(10);
    assertThat(stored.swapMb()).isEqualTo(1024);
    assertThat(stored.rxtxFactor()).isEqualTo(2.0);
  }

  @Test
  void createWithoutIdGeneratesAUuid() {
    Resp r =
        post(
            "/v2.1/flavors",
            ADMIN,
            json("{'flavor': {'name': 'n', 'ram': 1, 'vcpus': 1, 'disk': 0}}"));

    assertThat(r.json().path("flavor").path("id").asText()).matches("[0-9a-f-]{36}");
  }

  @Test
  void duplicatesAre409() {
    Resp byId =
        post(
            "/v2.1/flavors",
            ADMIN,
            json("{'flavor': {'name': 'x', 'id': 'bm.small', 'ram': 1, 'vcpus': 1, 'disk': 0}}"));
    Resp byName =
        post(
            "/v2.1/flavors",
            ADMIN,
            json("{'flavor': {'name': 'small', 'ram': 1, 'vcpus': 1, 'disk': 0}}"));

    assertThat(byId.status()).isEqualTo(409);
    assertThat(byId.json().path("conflictingRequest").path("message").asText())
        .isEqualTo("Flavor with ID bm.small already exists.");
    assertThat(byName.status()).isEqualTo(409);
    assertThat(db.flavors().list()).hasSize(3);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{'flavor': {'ram': 1, 'vcpus': 1, 'disk': 0}}",
        "{'flavor': {'name': '', 'ram': 1, 'vcpus': 1, 'disk': 0}}",
        "{'flavor': {'name': ' padded', 'ram': 1, 'vcpus': 1, 'disk': 0}}",
        "{'flavor': {'name': 'n', 'ram': 0, 'vcpus': 1, 'disk': 0}}",
        "{'flavor': {'name': 'n', 'ram': 'lots', 'vcpus': 1, 'disk': 0}}",
        "{'flavor': {'name': 'n', 'ram': 1, 'vcpus': 1.5, 'disk': 0}}",
        "{'flavor': {'name': 'n', 'ram': 1, 'vcpus': 1, 'disk': -1}}",
        "{'flavor': {'name': 'n', 'ram': 1, 'vcpus': 1}}",
        "{'flavor': {'name': 'n', 'ram': 9999999999, 'vcpus': 1, 'disk': 0}}",
        "{'flavor': {'name': 'n', 'id': 'bad/id', 'ram': 1, 'vcpus': 1, 'disk': 0}}",
        "{'flavor': {'name': 'n', 'ram': 1, 'vcpus': 1, 'disk': 0, 'rxtx_factor': 0}}",
        "{'flavor': {'name': 'n', 'ram': 1, 'vcpus': 1, 'disk': 0, 'os-flavor-access:is_public': 'perhaps'}}",
        "{'flavor': {'name': 'n', 'ram': 1, 'vcpus': 1, 'disk': 0, 'color': 'red'}}",
        "{'flavor': {'name': 'n', 'ram': 1, 'vcpus': 1, 'disk': 0, 'description': 'd'}}",
        "{'flavour': {'name': 'n', 'ram': 1, 'vcpus': 1, 'disk': 0}}",
        "{'flavor': 'n'}",
        "[1, 2]",
        "{not json",
      })
  void invalidCreateBodiesAre400AndStoreNothing(String body) {
    Resp r = post("/v2.1/flavors", ADMIN, json(body));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("badRequest").path("code").asInt()).isEqualTo(400);
    assertThat(r.json().path("badRequest").path("message").asText()).isNotBlank();
    assertThat(db.flavors().list()).hasSize(3);
  }

  @Test
  void nonJsonMediaTypesAre415() {
    Resp r = send("POST", "/v2.1/flavors", ADMIN, null, "Content-Type", "text/plain");

    assertThat(r.status()).isEqualTo(415);
    assertThat(r.json().path("badMediaType").path("message").asText())
        .isEqualTo("Unsupported Content-Type");
    assertThat(
            post(
                    "/v2.1/flavors",
                    ADMIN,
                    json("{'flavor': {'name': 'n', 'ram': 1, 'vcpus': 1, 'disk': 0}}"),
                    "Content-Type",
                    "application/json; charset=UTF-8")
                .status())
        .isEqualTo(200);
  }

  @Test
  void membersCannotCreateOrDelete() {
    Resp create =
        post(
            "/v2.1/flavors",
            ALICE,
            json("{'flavor': {'name': 'n', 'ram': 1, 'vcpus': 1, 'disk': 0}}"));
    Resp delete = delete("/v2.1/flavors/bm.small", ALICE);

    assertThat(create.status()).isEqualTo(403);
    assertThat(delete.status()).isEqualTo(403);
    assertThat(delete.json().path("forbidden").path("message").asText())
        .isEqualTo("Policy doesn't allow os_compute_api:os-flavor-manage:delete to be performed.");
    assertThat(db.flavors().list()).hasSize(3);
  }

  @Test
  void adminDeletesAFlavor() {
    Resp r = delete("/v2.1/flavors/bm.small", ADMIN);

    assertThat(r.status()).isEqualTo(202);
    assertThat(get("/v2.1/flavors/bm.small", ADMIN).status()).isEqualTo(404);
    assertThat(delete("/v2.1/flavors/bm.small", ADMIN).status()).isEqualTo(404);
  }
}
