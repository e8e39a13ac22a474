package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferrum.service.store.Image;
import dev.ferrum.service.store.ImageVisibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Glance v2 subset under {@code /image/v2/images} and {@code /v2.1/images}. */
class ImageApiTest extends ApiTestSupport {
  static final String PUB = "11111111-1111-4111-8111-111111111111";
  static final String P1_PRIVATE = "22222222-2222-4222-8222-222222222222";
  static final String P2_PRIVATE = "33333333-3333-4333-8333-333333333333";
  static final Instant T = Instant.parse("2026-11-24T10:00:00Z");

  static Image image(String id, String name, ImageVisibility v, String owner, int age) {
    Instant at = T.plusSeconds(age);
    return new Image(
        id,
        name,
        "https://images.example/" + name + ".qcow2",
        "d41d8cd98f00b204e9800998ecf8427e",
        "qcow2",
        "bare",
        2_361_393_152L,
        v,
        "active",
        10,
        0,
        Map.of("os_distro", name),
        owner,
        at,
        at);
  }

  @BeforeEach
  void seed() {
    db.images().create(image(PUB, "ubuntu", ImageVisibility.PUBLIC, "admin-project", 0));
    db.images().create(image(P1_PRIVATE, "p1-golden", ImageVisibility.PRIVATE, "p1", 1));
    db.images().create(image(P2_PRIVATE, "p2-golden", ImageVisibility.PRIVATE, "p2", 2));
  }

  static List<String> ids(Resp r) {
    List<String> out = new ArrayList<>();
    r.json().path("images").forEach(n -> out.add(n.path("id").asText()));
    return out;
  }

  @Test
  void listHasTheGlanceWrapperAndFields() {
    Resp r = get("/image/v2/images", ADMIN);

    assertThat(r.status()).isEqualTo(200);
    assertThat(ids(r)).containsExactly(P2_PRIVATE, P1_PRIVATE, PUB);
    assertThat(r.json().path("schema").asText()).isEqualTo("/v2/schemas/images");
    JsonNode ubuntu = r.json().path("images").get(2);
    assertThat(ubuntu.path("name").asText()).isEqualTo("ubuntu");
    assertThat(ubuntu.path("status").asText()).isEqualTo("active");
    assertThat(ubuntu.path("visibility").asText()).isEqualTo("public");
    assertThat(ubuntu.path("size").asLong()).isEqualTo(2_361_393_152L);
    assertThat(ubuntu.path("disk_format").asText()).isEqualTo("qcow2");
    assertThat(ubuntu.path("os_distro").asText()).isEqualTo("ubuntu");
    assertThat(ubuntu.path("created_at").asText()).isEqualTo("2026-11-24T10:00:00Z");
    assertThat(ubuntu.path("direct_url").asText()).startsWith("https://images.example/");
  }

  @Test
  void computePrefixServesTheSameGlanceShapes() {
    Resp r = get("/v2.1/images?name=ubuntu", ALICE);

    assertThat(ids(r)).containsExactly(PUB);
    assertThat(get("/v2.1/images/" + PUB, ALICE).json().path("name").asText()).isEqualTo("ubuntu");
  }

  @Test
  void membersSeePublicAndTheirOwnImagesOnly() {
    assertThat(ids(get("/image/v2/images", ALICE))).containsExactly(P1_PRIVATE, PUB);
    assertThat(ids(get("/image/v2/images", BOB))).containsExactly(P2_PRIVATE, PUB);
    assertThat(get("/image/v2/images/" + P2_PRIVATE, ALICE).status()).isEqualTo(404);
    assertThat(get("/image/v2/images?name=p2-golden", ALICE).json().path("images")).isEmpty();
    assertThat(get("/image/v2/images/" + PUB, ALICE).json().has("direct_url")).isFalse();
  }

  @Test
  void nameLookupAndFilters() {
    assertThat(ids(get("/image/v2/images?name=ubuntu", ADMIN))).containsExactly(PUB);
    assertThat(get("/image/v2/images?name=nothing", ADMIN).json().path("images")).isEmpty();
    assertThat(get("/image/v2/images/ubuntu", ADMIN).status()).isEqualTo(404);
    assertThat(ids(get("/image/v2/images?visibility=private", ADMIN)))
        .containsExactly(P2_PRIVATE, P1_PRIVATE);
    assertThat(ids(get("/image/v2/images?owner=p1", ADMIN))).containsExactly(P1_PRIVATE);
    assertThat(ids(get("/image/v2/images?os_distro=p1-golden", ADMIN))).containsExactly(P1_PRIVATE);
    assertThat(get("/image/v2/images?visibility=secret", ADMIN).status()).isEqualTo(400);
  }

  @Test
  void pagingGivesANextLink() {
    Resp first = get("/image/v2/images?limit=2", ADMIN);

    assertThat(ids(first)).containsExactly(P2_PRIVATE, P1_PRIVATE);
    assertThat(first.json().path("next").asText())
        .isEqualTo("/v2/images?marker=" + P1_PRIVATE + "&limit=2");
    Resp second = get("/image/v2/images?limit=2&marker=" + P1_PRIVATE, ADMIN);
    assertThat(ids(second)).containsExactly(PUB);
    assertThat(second.json().has("next")).isFalse();
    assertThat(get("/image/v2/images?limit=x", ADMIN).status()).isEqualTo(400);
  }

  @Test
  void adminRegistersAnImageFromAUrl() {
    Resp r =
        post(
            "/image/v2/images",
            ADMIN,
            json(
                "{'name': 'debian-12', 'url': 'http://127.0.0.1:9000/debian-12.raw',"
                    + " 'disk_format': 'raw', 'container_format': 'bare', 'visibility': 'public',"
                    + " 'checksum': 'D41D8CD98F00B204E9800998ECF8427E', 'size': 5368709120,"
                    + " 'min_disk': 5, 'os_distro': 'debian'}"));

    assertThat(r.status()).isEqualTo(201);
    String id = r.json().path("id").asText();
    assertThat(r.header("Location")).isEqualTo(server.baseUri() + "/image/v2/images/" + id);
    assertThat(r.json().path("status").asText()).isEqualTo("active");
    assertThat(r.json().path("owner").asText()).isEqualTo("admin-project");
    Image stored = db.images().get(id);
    assertThat(stored.sourceUrl()).isEqualTo("http://127.0.0.1:9000/debian-12.raw");
    assertThat(stored.checksum()).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
    assertThat(stored.sizeBytes()).isEqualTo(5_368_709_120L);
    assertThat(stored.minDiskGb()).isEqualTo(5);
    assertThat(stored.properties()).containsExactly(Map.entry("os_distro", "debian"));
    assertThat(ids(get("/image/v2/images?name=debian-12", BOB))).containsExactly(id);
  }

  @Test
  void defaultVisibilityIsSharedWithTheOwnerOnly() {
    Resp r =
        post(
            "/v2.1/images",
            ADMIN,
            json("{'name': 'x', 'url': 'file:///srv/x.img', 'owner': 'p1'}"));

    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().path("visibility").asText()).isEqualTo("shared");
    assertThat(get("/image/v2/images/" + r.json().path("id").asText(), ALICE).status())
        .isEqualTo(200);
    assertThat(get("/image/v2/images/" + r.json().path("id").asText(), BOB).status())
        .isEqualTo(404);
  }

  @Test
  void readOnlyAttributesAre403() {
    Resp r =
        post(
            "/image/v2/images",
            ADMIN,
            json("{'name': 'x', 'url': 'http://h/x', 'status': 'active'}"));

    assertThat(r.status()).isEqualTo(403);
    assertThat(db.images().list()).hasSize(3);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{'name': 'x'}",
        "{'name': 'x', 'url': 'ftp://h/x'}",
        "{'name': 'x', 'url': 'not a url'}",
        "{'name': 'x', 'url': 'http:///nohost'}",
        "{'name': 'x', 'url': 'http://h/x', 'disk_format': 'floppy'}",
        "{'name': 'x', 'url': 'http://h/x', 'container_format': 'zip'}",
        "{'name': 'x', 'url': 'http://h/x', 'visibility': 'everyone'}",
        "{'name': 'x', 'url': 'http://h/x', 'checksum': 'xyz'}",
        "{'name': 'x', 'url': 'http://h/x', 'size': -1}",
        "{'name': 'x', 'url': 'http://h/x', 'id': 'not-a-uuid'}",
        "{'name': 'x', 'url': 'http://h/x', 'min_ram': -5}",
        "{'name': 'x', 'url': 'http://h/x', 'custom': 42}",
        "{'name': 'x', 'url': 'http://h/x', 'protected': true}",
        "{'name': 5, 'url': 'http://h/x'}",
        "[]",
      })
  void invalidCreateBodiesAre400AndStoreNothing(String body) {
    Resp r = post("/image/v2/images", ADMIN, json(body));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("badRequest").path("message").asText()).isNotBlank();
    assertThat(db.images().list()).hasSize(3);
  }

  @Test
  void duplicateIdIs409() {
    Resp r = post("/image/v2/images", ADMIN, json("{'id': '" + PUB + "', 'url': 'http://h/x'}"));

    assertThat(r.status()).isEqualTo(409);
  }

  @Test
  void membersCannotCreateOrDelete() {
    assertThat(post("/image/v2/images", ALICE, json("{'name': 'x', 'url': 'http://h/x'}")).status())
        .isEqualTo(403);
    assertThat(delete("/image/v2/images/" + P1_PRIVATE, ALICE).status()).isEqualTo(403);
    assertThat(db.images().list()).hasSize(3);
  }

  @Test
  void adminDeletes() {
    assertThat(delete("/image/v2/images/" + PUB, ADMIN).status()).isEqualTo(204);
    assertThat(get("/image/v2/images/" + PUB, ADMIN).status()).isEqualTo(404);
    assertThat(delete("/v2.1/images/" + PUB, ADMIN).status()).isEqualTo(404);
  }
}
