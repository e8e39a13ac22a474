package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferrum.service.store.ComputeService;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /v2.1/os-services} and {@code /v2.1/os-aggregates}. */
class ServiceApiTest extends ApiTestSupport {
  private static final String V = "X-OpenStack-Nova-API-Version";
  ComputeService alive;
  ComputeService stale;

  @BeforeEach
  void seed() {
    Instant now = Instant.now();
    alive = db.services().register("ferrum-a", "ferrum-compute", 1, now);
    db.services().heartbeat(alive.id(), now);
    stale = db.services().register("ferrum-b", "ferrum-compute", 1, now.minusSeconds(3600));
    db.services().heartbeat(stale.id(), now.minusSeconds(600));
  }

  @Test
  void adminListsServicesWithState() {
    Resp r = get("/v2.1/os-services", ADMIN, V, "2.69");

    assertThat(r.status()).isEqualTo(200);
    JsonNode list = r.json().path("services");
    assertThat(list).hasSize(2);
    JsonNode a = list.get(0);
    assertThat(a.path("id").asText()).isEqualTo(alive.id());
    assertThat(a.path("host").asText()).isEqualTo("ferrum-a");
    assertThat(a.path("binary").asText()).isEqualTo("ferrum-compute");
    assertThat(a.path("zone").asText()).isEqualTo("nova");
    assertThat(a.path("status").asText()).isEqualTo("enabled");
    assertThat(a.path("state").asText()).isEqualTo("up");
    assertThat(a.path("updated_at").asText()).isNotBlank();
    assertThat(a.path("forced_down").asBoolean()).isFalse();
    assertThat(list.get(1).path("state").asText()).isEqualTo("down");
    assertThat(get("/v2.1/os-services?host=ferrum-b", ADMIN).json().path("services")).hasSize(1);
    assertThat(get("/v2.1/os-services?binary=other", ADMIN).json().path("services")).isEmpty();
  }

  @Test
  void membersAreRefused() {
    assertThat(get("/v2.1/os-services", ALICE).status()).isEqualTo(403);
    assertThat(get("/v2.1/os-aggregates", ALICE).status()).isEqualTo(403);
  }

  @Test
  void adminDisablesAndEnablesFrom253() {
    String path = "/v2.1/os-services/" + alive.id();
    assertThat(put(path, ADMIN, json("{'status': 'disabled'}")).status()).isEqualTo(404);

    Resp off =
        put(
            path,
            ADMIN,
            json("{'status': 'disabled', 'disabled_reason': 'maintenance'}"),
            V,
            "2.53");
    assertThat(off.status()).isEqualTo(200);
    assertThat(off.json().path("service").path("status").asText()).isEqualTo("disabled");
    assertThat(off.json().path("service").path("disabled_reason").asText())
        .isEqualTo("maintenance");
    assertThat(db.services().find("ferrum-a", "ferrum-compute").orElseThrow().disabled()).isTrue();

    Resp on = put(path, ADMIN, json("{'status': 'enabled'}"), V, "2.53");
    assertThat(on.json().path("service").path("status").asText()).isEqualTo("enabled");
  }

  @Test
  void invalidUpdatesAre400AndUnknownIds404() {
    String path = "/v2.1/os-services/" + alive.id();
    assertThat(put(path, ADMIN, json("{'status': 'paused'}"), V, "2.53").status()).isEqualTo(400);
    assertThat(put(path, ADMIN, json("{}"), V, "2.53").status()).isEqualTo(400);
    assertThat(
            put(path, ADMIN, json("{'status': 'enabled', 'disabled_reason': 'x'}"), V, "2.53")
                .status())
        .isEqualTo(400);
    assertThat(
            put(path, ADMIN, json("{'status': 'disabled', 'forced_down': true}"), V, "2.53")
                .status())
        .isEqualTo(400);
    assertThat(put(path, ALICE, json("{'status': 'disabled'}"), V, "2.53").status()).isEqualTo(403);
    assertThat(
            put("/v2.1/os-services/nope", ADMIN, json("{'status': 'disabled'}"), V, "2.53")
                .status())
        .isEqualTo(404);
    assertThat(db.services().find("ferrum-a", "ferrum-compute").orElseThrow().disabled()).isFalse();
  }

  @Test
  void membersAreRefusedBeforeTheMicroversionIsConsidered() {
    String path = "/v2.1/os-services/" + alive.id();
    for (String version : new String[] {"2.1", "2.52", "2.53"}) {
      Resp r = put(path, ALICE, json("{'status': 'disabled'}"), V, version);
      assertThat(r.status()).as(version).isEqualTo(403);
      assertThat(r.json().path("forbidden").path("message").asText())
          .contains("os_compute_api:os-services:update");
    }
    assertThat(put(path, ADMIN, json("{'status': 'disabled'}"), V, "2.52").status()).isEqualTo(404);
  }

  @Test
  void aggregatesAreAnEmptyList() {
    Resp r = get("/v2.1/os-aggregates", ADMIN);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("aggregates").isArray()).isTrue();
    assertThat(r.json().path("aggregates")).isEmpty();
  }
}
