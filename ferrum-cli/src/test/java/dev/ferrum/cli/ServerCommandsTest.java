package dev.ferrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ServerCommandsTest extends CliTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String S = "/v2.1/servers/" + SERVER_ID;

  private void catalog() {
    nova.on(
        "GET /image/v2/images",
        200,
        "{\"images\": [{\"id\": \""
            + IMAGE_ID
            + "\", \"name\": \"ubuntu\", \"status\": \"active\"}]}");
    nova.on(
        "GET /v2.1/flavors/detail?is_public=None",
        200,
        "{\"flavors\": [{\"id\": \"bm.small\", \"name\": \"small\", \"ram\": 1024, \"disk\": 10,"
            + " \"vcpus\": 1}]}");
  }

  @Test
  void createResolvesNamesAndSendsTheServerBody() throws Exception {
    env.put("FERRUM_TOKEN", "s3cret");
    Files.writeString(dir.resolve("init.sh"), "#!/bin/sh\necho hi\n");
    nova.on(
        "GET /image/v2/images?name=ubuntu",
        200,
        "{\"images\": [{\"id\": \""
            + IMAGE_ID
            + "\", \"name\": \"ubuntu\", \"status\": \"active\"}]}");
    nova.on("GET /v2.1/flavors/small", 404);
    catalog();
    nova.on(
        "GET /v2.1/flavors/bm.small",
        200,
        "{\"flavor\": {\"id\": \"bm.small\", \"name\": \"small\"}}");
    nova.on(
        "POST /v2.1/servers",
        202,
        "{\"server\": {\"id\": \"" + SERVER_ID + "\", \"adminPass\": \"pw1\"}}");
    nova.on("GET " + S, 200, wrap("server", server("BUILD", "scheduling")));

    Run r =
        run(
            "server",
            "create",
            "web-1",
            "--flavor",
            "small",
            "--image",
            "ubuntu",
            "--key-name",
            "mykey",
            "--user-data",
            "init.sh",
            "--property",
            "role=web");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(nova.targets())
        .containsExactly(
            "GET /image/v2/images/ubuntu",
            "GET /image/v2/images?name=ubuntu",
            "GET /v2.1/flavors/small",
            "GET /v2.1/flavors/detail?is_public=None",
            "GET /v2.1/flavors/bm.small",
            "POST /v2.1/servers",
            "GET " + S);
    FakeNova.Recorded post = nova.request("POST /v2.1/servers");
    assertThat(post.header("X-Auth-Token")).isEqualTo("s3cret");
    assertThat(post.header("Content-Type")).isEqualTo("application/json");
    JsonNode body = JSON.readTree(post.body()).path("server");
    assertThat(body.path("name").asText()).isEqualTo("web-1");
    assertThat(body.path("imageRef").asText()).isEqualTo(IMAGE_ID);
    assertThat(body.path("flavorRef").asText()).isEqualTo("bm.small");
    assertThat(body.path("key_name").asText()).isEqualTo("mykey");
    assertThat(body.path("metadata").path("role").asText()).isEqualTo("web");
    assertThat(
            new String(
                Base64.getDecoder().decode(body.path("user_data").asText()),
                StandardCharsets.UTF_8))
        .isEqualTo("#!/bin/sh\necho hi\n");
    assertThat(r.out())
        .contains("| adminPass ")
        .contains("| pw1 ")
        .contains("| status                              | BUILD")
        .contains("| OS-EXT-STS:task_state               | scheduling")
        .contains("| properties                          | role='web'");
  }

  @Test
  void createWithAnUnknownFlavorFailsBeforePosting() {
    nova.on(
        "GET /image/v2/images/" + IMAGE_ID,
        200,
        "{\"id\": \"" + IMAGE_ID + "\", \"name\": \"ubuntu\", \"status\": \"active\"}");
    catalog();

    Run r = run("server", "create", "web-1", "--flavor", "huge", "--image", IMAGE_ID);

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("No flavor with a name or ID of 'huge' exists.\n");
    assertThat(nova.targets()).doesNotContain("POST /v2.1/servers");
  }

  @Test
  void listPrintsTheOpenstackColumnsWithImageAndFlavorNames() {
    nova.on("GET /v2.1/servers/detail", 200, "{\"servers\": [" + server("ACTIVE", null) + "]}");
    catalog();

    Run r = run("server", "list");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .isEqualTo(
            """
            +--------------------------------------+-------+--------+-----------------------+--------+--------+
            | ID                                   | Name  | Status | Networks              | Image  | Flavor |
            +--------------------------------------+-------+--------+-----------------------+--------+--------+
            | 5f0c4e1e-2b8e-4a5c-9d4e-0c1d2e3f4a5b | web-1 | ACTIVE | provisioning=10.0.0.5 | ubuntu | small  |
            +--------------------------------------+-------+--------+-----------------------+--------+--------+
            """);
  }

  @Test
  void listLongAllProjectsAddsStateColumnsAndTheQuery() {
    nova.on(
        "GET /v2.1/servers/detail?all_tenants=True",
        200,
        "{\"servers\": [" + server("BUILD", "spawning") + "]}");
    catalog();

    Run r = run("server", "list", "--long", "--all-projects");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().toList().get(1))
        .contains("| Task State ")
        .contains("| Power State ")
        .contains("| Host ")
        .contains("| Node ")
        .contains("| Properties ");
    assertThat(r.out())
        .contains("| spawning ")
        .contains("| Running ")
        .contains("| ferrum-1 ")
        .contains("| node-a ")
        .contains("role='web'");
  }

  @Test
  void listJsonPrintsTheApiObjects() throws Exception {
    nova.on("GET /v2.1/servers/detail", 200, "{\"servers\": [" + server("ACTIVE", null) + "]}");

    Run r = run("server", "list", "--json");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode out = JSON.readTree(r.out());
    assertThat(out.isArray()).isTrue();
    assertThat(out.get(0)).isEqualTo(JSON.readTree(server("ACTIVE", null)));
    assertThat(nova.targets()).containsExactly("GET /v2.1/servers/detail");
  }

  @Test
  void showResolvesAUniqueName() {
    nova.on("GET /v2.1/servers/web-1", 404);
    nova.on(
        "GET /v2.1/servers?name=web-1",
        200,
        "{\"servers\": [{\"id\": \""
            + SERVER_ID
            + "\", \"name\": \"web-1\"},"
            + " {\"id\": \"other\", \"name\": \"web-10\"}]}");
    nova.on("GET " + S, 200, wrap("server", server("ACTIVE", null)));

    Run r = run("server", "show", "web-1");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(nova.targets())
        .containsExactly("GET /v2.1/servers/web-1", "GET /v2.1/servers?name=web-1", "GET " + S);
    assertThat(r.out())
        .startsWith("+-")
        .contains("| id                                  | " + SERVER_ID)
        .contains("| image                               | " + IMAGE_ID)
        .contains("| OS-EXT-STS:power_state              | Running");
  }

  @Test
  void showOfAMissingServerPrintsTheNotFoundMessageAndExits1() {
    nova.on(
        "GET /v2.1/servers/ghost",
        404,
        "{\"itemNotFound\": {\"code\": 404, \"message\": \"Instance ghost could not be found.\"}}");
    nova.on("GET /v2.1/servers?name=ghost", 200, "{\"servers\": []}");

    Run r = run("server", "show", "ghost");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("No server with a name or ID of 'ghost' exists.\n");
  }

  @Test
  void showOfAnAmbiguousNameExits1WithoutPickingOne() {
    nova.on("GET /v2.1/servers/twin", 404);
    nova.on(
        "GET /v2.1/servers?name=twin",
        200,
        "{\"servers\": [{\"id\": \"a\", \"name\": \"twin\"}, {\"id\": \"b\", \"name\": \"twin\"}]}");

    Run r = run("server", "show", "twin");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("More than one server exists with the name 'twin' (2 matches)");
    assertThat(nova.targets()).doesNotContain("GET /v2.1/servers/a", "GET /v2.1/servers/b");
  }

  @Test
  void aNovaErrorBodyIsPrintedWithStatusAndRequestId() {
    nova.on(
        "GET /v2.1/servers/detail",
        403,
        "{\"forbidden\": {\"code\": 403, \"message\": \"Policy doesn't allow os_compute_api:servers:detail:get_all_tenants to be performed.\"}}");

    Run r = run("server", "list");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "Policy doesn't allow os_compute_api:servers:detail:get_all_tenants to be performed."
                + " (HTTP 403) (Request-ID: req-1)\n");
  }

  @Test
  void deleteSeveralAndWaitUntilEachIsGone() {
    nova.on("GET " + S, 200, wrap("server", server("ACTIVE", null)));
    nova.then("GET " + S, 200, wrap("server", server("ACTIVE", "deleting")));
    nova.then("GET " + S, 404, "");
    nova.on("DELETE " + S, 204);
    nova.on(
        "GET /v2.1/servers/second",
        200,
        wrap("server", server("second", "db", "ACTIVE", null, "")));
    nova.then("GET /v2.1/servers/second", 404, "");
    nova.on("DELETE /v2.1/servers/second", 204);

    Run r = run("server", "delete", SERVER_ID, "second", "--wait", "--wait-interval", "10ms");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(nova.targets())
        .containsExactly(
            "GET " + S,
            "DELETE " + S,
            "GET /v2.1/servers/second",
            "DELETE /v2.1/servers/second",
            "GET " + S,
            "GET " + S,
            "GET /v2.1/servers/second");
    assertThat(r.err())
        .contains("web-1: ACTIVE deleting")
        .contains("web-1: DELETED")
        .contains("db: DELETED");
  }

  @Test
  void deleteContinuesPastAMissingServerAndExits1() {
    nova.on("GET /v2.1/servers/ghost", 404);
    nova.on("GET /v2.1/servers?name=ghost", 200, "{\"servers\": []}");
    nova.on("GET " + S, 200, wrap("server", server("ACTIVE", null)));
    nova.on("DELETE " + S, 204);

    Run r = run("server", "delete", "ghost", SERVER_ID);

    assertThat(r.code()).isEqualTo(1);
    assertThat(nova.targets()).contains("DELETE " + S);
    assertThat(r.err())
        .contains("Failed to delete server 'ghost': No server with a name or ID of 'ghost' exists.")
        .contains("1 of 2 servers failed to delete.");
  }

  @Test
  void actionsSendTheirNovaBodies() throws Exception {
    nova.on("GET " + S, 200, wrap("server", server("ACTIVE", null)));
    nova.on("POST " + S + "/action", 202);
    nova.on(
        "GET /image/v2/images/" + IMAGE_ID,
        200,
        "{\"id\": \"" + IMAGE_ID + "\", \"name\": \"ubuntu\", \"status\": \"active\"}");

    assertThat(run("server", "reboot", SERVER_ID).code()).isZero();
    assertThat(lastAction()).isEqualTo(JSON.readTree("{\"reboot\": {\"type\": \"SOFT\"}}"));
    assertThat(run("server", "reboot", "--hard", SERVER_ID).code()).isZero();
    assertThat(lastAction()).isEqualTo(JSON.readTree("{\"reboot\": {\"type\": \"HARD\"}}"));
    assertThat(run("server", "stop", SERVER_ID).code()).isZero();
    assertThat(lastAction()).isEqualTo(JSON.readTree("{\"os-stop\": null}"));
    assertThat(run("server", "start", SERVER_ID).code()).isZero();
    assertThat(lastAction()).isEqualTo(JSON.readTree("{\"os-start\": null}"));
    assertThat(run("server", "rebuild", "--image", IMAGE_ID, SERVER_ID).code()).isZero();
    assertThat(lastAction())
        .isEqualTo(JSON.readTree("{\"rebuild\": {\"imageRef\": \"" + IMAGE_ID + "\"}}"));
    assertThat(run("server", "unrescue", SERVER_ID).code()).isZero();
    assertThat(lastAction()).isEqualTo(JSON.readTree("{\"unrescue\": null}"));
  }

  @Test
  void rescuePrintsTheAdminPass() throws Exception {
    nova.on("GET " + S, 200, wrap("server", server("ACTIVE", null)));
    nova.on("POST " + S + "/action", 200, "{\"adminPass\": \"r3scue\"}");

    Run r = run("server", "rescue", SERVER_ID);
    Run j = run("server", "rescue", SERVER_ID, "--json");

    assertThat(r.code()).isZero();
    assertThat(lastAction()).isEqualTo(JSON.readTree("{\"rescue\": {}}"));
    assertThat(r.out())
        .isEqualTo(
            """
            +-----------+--------+
            | Field     | Value  |
            +-----------+--------+
            | adminPass | r3scue |
            +-----------+--------+
            """);
    assertThat(JSON.readTree(j.out())).isEqualTo(JSON.readTree("{\"adminPass\": \"r3scue\"}"));
  }

  @Test
  void aConflictOnAnActionExits1WithTheMessage() {
    nova.on("GET " + S, 200, wrap("server", server("BUILD", "spawning")));
    nova.on(
        "POST " + S + "/action",
        409,
        "{\"conflictingRequest\": {\"code\": 409, \"message\": \"Cannot 'reboot' instance "
            + SERVER_ID
            + " while it is in task_state spawning\"}}");

    Run r = run("server", "reboot", SERVER_ID);

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(
            "Cannot 'reboot' instance "
                + SERVER_ID
                + " while it is in task_state spawning (HTTP 409)");
  }

  private JsonNode lastAction() throws Exception {
    var all = nova.requests();
    return JSON.readTree(all.get(all.size() - 1).body());
  }
}
