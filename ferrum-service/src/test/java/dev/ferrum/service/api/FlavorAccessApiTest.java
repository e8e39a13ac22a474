package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrum.service.store.Flavor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Private flavor access: admins grant and revoke, members then see or lose the flavor. */
class FlavorAccessApiTest extends ApiTestSupport {
  @BeforeEach
  void seed() {
    db.flavors().create(Flavor.builder("bm.gpu", "gpu").isPublic(false).build());
    db.flavors().create(Flavor.builder("bm.small", "small").build());
  }

  @Test
  void grantingAccessMakesThePrivateFlavorVisible() {
    assertThat(get("/v2.1/flavors/bm.gpu", ALICE).status()).isEqualTo(404);

    Resp r =
        post("/v2.1/flavors/bm.gpu/action", ADMIN, json("{'addTenantAccess': {'tenant': 'p1'}}"));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("flavor_access").get(0).path("tenant_id").asText()).isEqualTo("p1");
    assertThat(r.json().path("flavor_access").get(0).path("flavor_id").asText())
        .isEqualTo("bm.gpu");
    assertThat(get("/v2.1/flavors/bm.gpu", ALICE).status()).isEqualTo(200);
    assertThat(get("/v2.1/flavors/bm.gpu", BOB).status()).isEqualTo(404);
    assertThat(get("/v2.1/flavors/bm.gpu/os-flavor-access", ADMIN).json().path("flavor_access"))
        .hasSize(1);
  }

  @Test
  void revokingAccessHidesItAgain() {
    post("/v2.1/flavors/bm.gpu/action", ADMIN, json("{'addTenantAccess': {'tenant': 'p1'}}"));

    Resp r =
        post(
            "/v2.1/flavors/bm.gpu/action", ADMIN, json("{'removeTenantAccess': {'tenant': 'p1'}}"));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("flavor_access")).isEmpty();
    assertThat(get("/v2.1/flavors/bm.gpu", ALICE).status()).isEqualTo(404);
    assertThat(
            post(
                    "/v2.1/flavors/bm.gpu/action",
                    ADMIN,
                    json("{'removeTenantAccess': {'tenant': 'p1'}}"))
                .status())
        .isEqualTo(404);
  }

  @Test
  void rulesAndErrors() {
    post("/v2.1/flavors/bm.gpu/action", ADMIN, json("{'addTenantAccess': {'tenant': 'p1'}}"));

    assertThat(
            post(
                    "/v2.1/flavors/bm.gpu/action",
                    ADMIN,
                    json("{'addTenantAccess': {'tenant': 'p1'}}"))
                .status())
        .isEqualTo(409);
    assertThat(
            post(
                    "/v2.1/flavors/bm.small/action",
                    ADMIN,
                    json("{'addTenantAccess': {'tenant': 'p1'}}"))
                .status())
        .isEqualTo(409);
    assertThat(
            post(
                    "/v2.1/flavors/bm.gpu/action",
                    ALICE,
                    json("{'addTenantAccess': {'tenant': 'p2'}}"))
                .status())
        .isEqualTo(403);
    assertThat(get("/v2.1/flavors/bm.gpu/os-flavor-access", ALICE).status()).isEqualTo(403);
    assertThat(get("/v2.1/flavors/bm.small/os-flavor-access", ADMIN).status()).isEqualTo(404);
    assertThat(
            post("/v2.1/flavors/nope/action", ADMIN, json("{'addTenantAccess': {'tenant': 'p1'}}"))
                .status())
        .isEqualTo(404);
    assertThat(post("/v2.1/flavors/bm.gpu/action", ADMIN, json("{'addTenantAccess': {}}")).status())
        .isEqualTo(400);
    assertThat(
            post("/v2.1/flavors/bm.gpu/action", ADMIN, json("{'grant': {'tenant': 'p1'}}"))
                .status())
        .isEqualTo(400);
    assertThat(db.flavors().projectAccess("bm.gpu")).containsExactly("p1");
  }
}
