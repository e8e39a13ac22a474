package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferrum.service.EmbeddedDefaults;
import dev.ferrum.service.store.KeyPair;
import dev.ferrum.service.store.Server;
import dev.ferrum.service.store.ServerQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The servers, actions, consoles, instance-action and hypervisor endpoints over the simulator. */
class ServerApiTest extends ComputeApiTestSupport {
  private static final String MV = "X-OpenStack-Nova-API-Version";

  private String create(String token, String name) {
    return createServer(token, name).json().at("/server/id").asText();
  }

  private JsonNode awaitStatus(String token, String id, String status) {
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(30))
        .until(() ->
            status.equals(get("/v2.1/servers/" + id, token).json().at("/server/status").asText()));
    return get("/v2.1/servers/" + id, token).json().get("server");
  }

  private Resp action(String id, String token, String body, String... headers) {
    return post("/v2.1/servers/" + id + "/action", token, json(body), headers);
  }

  @Test
  void listingsStopAtNovasMaxLimitWithANextLinkThatKeepsTheFilters() {
    var flavor = db.flavors().get(EmbeddedDefaults.FLAVOR);
    for (int i = 0; i < 1001; i++) {
      db.servers()
          .create(
              Server.builder(UUID.randomUUID().toString(), "bulk-" + i, "p1", "alice", flavor)
                  .host(HOST)
                  .createdAt(Instant.now())
                  .build());
    }
    Resp first = get("/v2.1/servers/detail?name=bulk", ALICE);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().get("servers")).hasSize(1000);
    String next = first.json().at("/servers_links/0/href").asText();
    assertThat(next).contains("/v2.1/servers/detail?name=bulk&marker=");
    Resp rest = get(next.substring(next.indexOf("/v2.1/")), ALICE);
    assertThat(rest.json().get("servers")).hasSize(1);
    assertThat(rest.json().has("servers_links")).isFalse();
    assertThat(get("/v2.1/servers?limit=5000", ALICE).json().get("servers")).hasSize(1000);
  }

  @Test
  void createShowsBuildThenActiveWithNovaFields() {
    Resp r =
        post(
            "/v2.1/servers",
            ALICE,
            json(
                "{'server': {'name': 'web', 'imageRef': '"
                    + EmbeddedDefaults.IMAGE_ID
                    + "', 'flavorRef': 'baremetal', 'metadata': {'role': 'db'}, 'min_count': 1,"
                    + " 'max_count': 1, 'networks': 'none'}}"),
            MV,
            "2.37");
    assertThat(r.status()).isEqualTo(202);
    assertThat(r.json().at("/server/adminPass").asText()).hasSize(12);
    String id = r.json().at("/server/id").asText();
    assertThat(r.header("Location")).endsWith("/v2.1/servers/" + id);
    JsonNode building = get("/v2.1/servers/" + id, ALICE).json().get("server");
    assertThat(building.get("status").asText()).isIn("BUILD", "ACTIVE");

    JsonNode s = awaitStatus(ALICE, id, "ACTIVE");
    assertThat(s.get("OS-EXT-STS:vm_state").asText()).isEqualTo("active");
    assertThat(s.get("OS-EXT-STS:power_state").asInt()).isEqualTo(1);
    assertThat(s.get("OS-EXT-STS:task_state").isNull()).isTrue();
    assertThat(s.at("/metadata/role").asText()).isEqualTo("db");
    assertThat(s.at("/image/id").asText()).isEqualTo(EmbeddedDefaults.IMAGE_ID);
    assertThat(s.at("/flavor/id").asText()).isEqualTo("baremetal");
    assertThat(s.get("tenant_id").asText()).isEqualTo("p1");
    assertThat(s.has("OS-EXT-SRV-ATTR:host")).isFalse();
    assertThat(s.has("addresses")).isTrue();

    JsonNode admin = get("/v2.1/servers/" + id, ADMIN, MV, "2.47").json().get("server");
    assertThat(admin.get("OS-EXT-SRV-ATTR:host").asText()).isEqualTo(HOST);
    assertThat(admin.get("OS-EXT-SRV-ATTR:hypervisor_hostname").asText()).isNotBlank();
    assertThat(admin.at("/flavor/original_name").asText()).isEqualTo("baremetal");
    assertThat(admin.at("/flavor/extra_specs/resources:CUSTOM_BAREMETAL").asText()).isEqualTo("1");
  }

  @Test
  void listFiltersPagesAndScopesByProject() {
    String a = create(ALICE, "alpha");
    String b = create(ALICE, "beta");
    String c = create(BOB, "gamma");
    awaitStatus(ALICE, a, "ACTIVE");
    awaitStatus(ALICE, b, "ACTIVE");
    awaitStatus(BOB, c, "ACTIVE");

    JsonNode brief = get("/v2.1/servers", ALICE).json().get("servers");
    assertThat(brief).hasSize(2);
    assertThat(brief.get(0).has("status")).isFalse();
    assertThat(get("/v2.1/servers/detail?name=beta", ALICE).json().at("/servers/0/id").asText())
        .isEqualTo(b);
    assertThat(get("/v2.1/servers?name=%5E%28alpha%7Cbeta%29%24", ALICE).json().get("servers"))
        .hasSize(2);
    assertThat(get("/v2.1/servers?name=lph", ALICE).json().at("/servers/0/id").asText())
        .isEqualTo(a);
    assertThat(get("/v2.1/servers?name=%5B", ALICE).json().get("servers")).isEmpty();
    assertThat(get("/v2.1/servers/detail?status=ACTIVE", ALICE).json().get("servers")).hasSize(2);
    assertThat(get("/v2.1/servers/detail?status=SHUTOFF", ALICE).json().get("servers")).isEmpty();
    assertThat(get("/v2.1/servers?status=BOGUS", ALICE).status()).isEqualTo(400);

    Resp page = get("/v2.1/servers?limit=1", ALICE);
    assertThat(page.json().get("servers")).hasSize(1);
    String first = page.json().at("/servers/0/id").asText();
    assertThat(page.json().at("/servers_links/0/href").asText()).contains("marker=" + first);
    JsonNode rest = get("/v2.1/servers?marker=" + first, ALICE).json().get("servers");
    assertThat(rest).hasSize(1);
    assertThat(rest.get(0).get("id").asText()).isNotEqualTo(first);
    assertThat(get("/v2.1/servers?marker=nope", ALICE).status()).isEqualTo(400);
    assertThat(get("/v2.1/servers?limit=x", ALICE).status()).isEqualTo(400);

    assertThat(get("/v2.1/servers/" + a, BOB).status()).isEqualTo(404);
    assertThat(delete("/v2.1/servers/" + a, BOB).status()).isEqualTo(404);
    assertThat(action(a, BOB, "{'os-stop': null}").status()).isEqualTo(404);
    assertThat(get("/v2.1/servers/" + a + "/os-instance-actions", BOB).status()).isEqualTo(404);
    Resp byName = get("/v2.1/servers?name=alpha", BOB);
    assertThat(byName.json().get("servers")).isEmpty();
    assertThat(get("/v2.1/servers?all_tenants=1", BOB).json().at("/forbidden/message").asText())
        .contains("os_compute_api:servers:index:get_all_tenants");
    assertThat(
            get("/v2.1/servers/detail?all_tenants=1", BOB).json().at("/forbidden/message").asText())
        .contains("os_compute_api:servers:detail:get_all_tenants");
    assertThat(get("/v2.1/servers/detail?all_tenants=1", ADMIN).json().get("servers")).hasSize(3);
    assertThat(get("/v2.1/servers/detail", ADMIN).json().get("servers")).isEmpty();
    assertThat(get("/v2.1/servers/" + c, ADMIN).status()).isEqualTo(200);
  }

  @Test
  void invalidCreateBodiesAre400AndPersistNothing() {
    String img = EmbeddedDefaults.IMAGE_ID;
    String[] bodies = {
      "{'server': {'imageRef': '" + img + "', 'flavorRef': 'baremetal'}}",
      "{'server': {'name': '', 'imageRef': '" + img + "', 'flavorRef': 'baremetal'}}",
      "{'server': {'name': 'x', 'imageRef': '" + img + "', 'flavorRef': 'nope'}}",
      "{'server': {'name': 'x', 'imageRef': 'nope', 'flavorRef': 'baremetal'}}",
      "{'server': {'name': 'x', 'flavorRef': 'baremetal'}}",
      "{'server': {'name': 'x', 'imageRef': '"
          + img
          + "', 'flavorRef': 'baremetal', 'key_name': 'k'}}",
      "{'server': {'name': 'x', 'imageRef': '"
          + img
          + "', 'flavorRef': 'baremetal', 'user_data': '***'}}",
      "{'server': {'name': 'x', 'imageRef': '" + img + "', 'flavorRef': 'baremetal', 'bogus': 1}}",
      "{'server': {'name': 'x', 'imageRef': '"
          + img
          + "', 'flavorRef': 'baremetal', 'metadata': {'a': 1}}}",
      "{'server': {'name': 'x', 'imageRef': '"
          + img
          + "', 'flavorRef': 'baremetal', 'max_count': 2}}",
      "{'server': {'name': 'x', 'imageRef': '"
          + img
          + "', 'flavorRef': 'baremetal', 'accessIPv4': 'x'}}",
      "{'server': {'name': 'x', 'imageRef': '"
          + img
          + "', 'flavorRef': 'baremetal', 'availability_zone': 'mars'}}",
      "{'server': 'x'}",
      "{'srv': {}}",
    };
    assertThat(
            post("/v2.1/servers", ALICE, json(bodies[2])).json().at("/badRequest/message").asText())
        .isEqualTo("Invalid flavorRef provided.");
    assertThat(
            post("/v2.1/servers", ALICE, json(bodies[3])).json().at("/badRequest/message").asText())
        .isEqualTo("Can not find requested image");
    for (String body : bodies) {
      Resp r = post("/v2.1/servers", ALICE, json(body));
      assertThat(r.status()).as(body + " -> " + r.text()).isEqualTo(400);
      assertThat(r.json().at("/badRequest/message").asText()).as(body).isNotBlank();
    }
    assertThat(db.servers().list(ServerQuery.all().withDeleted())).isEmpty();
    assertThat(get("/v2.1/servers/nope", ALICE).status()).isEqualTo(404);
    assertThat(get("/v2.1/servers/nope", ALICE).json().at("/itemNotFound/message").asText())
        .isEqualTo("Instance nope could not be found.");
  }

  @Test
  void metadataKeysAndValuesAreValidatedAsNovaDoesAndControlCharactersAreRefused() {
    String pattern = "'^[a-zA-Z0-9-_:. ]{1,255}$'";
    Map<String, String> badKeys = new LinkedHashMap<>();
    badKeys.put("", "''");
    badKeys.put("k".repeat(256), "'" + "k".repeat(256) + "'");
    badKeys.put("a/b", "'a/b'");
    badKeys.put("caf\u00e9", "'caf\u00e9'");
    badKeys.put("nul\u0000key", "'nul\\x00key'");
    badKeys.put("line\r\nbreak", "'line\\r\\nbreak'");
    badKeys.put("tab\tkey", "'tab\\tkey'");
    for (var bad : badKeys.entrySet()) {
      Resp r = createWithMetadata(Map.of(bad.getKey(), "v"));
      assertThat(r.status()).as(bad.getValue() + " -> " + r.text()).isEqualTo(400);
      assertThat(r.json().at("/badRequest/message").asText())
          .startsWith("Invalid input for field/attribute metadata. Value: ")
          .endsWith(". " + bad.getValue() + " does not match any of the regexes: " + pattern)
          .doesNotContain("\u0000", "\r", "\n", "\t");
    }
    for (String value :
        List.of("nul\u0000", "cr\rlf\n", "tab\t", "esc\u001b[2J", "del\u007f", "c1\u0085")) {
      Resp r = createWithMetadata(Map.of("key", value));
      assertThat(r.status()).as(r.text()).isEqualTo(400);
      assertThat(r.json().at("/badRequest/message").asText())
          .startsWith("Invalid input for field/attribute metadata.key. Value: '")
          .endsWith("' contains control characters")
          .doesNotContain("\u0000", "\r", "\n", "\t", "\u001b", "\u007f", "\u0085");
    }
    Resp tooLong = createWithMetadata(Map.of("key", "v".repeat(256)));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().at("/badRequest/message").asText()).endsWith(" is too long");
    assertThat(db.servers().list(ServerQuery.all().withDeleted())).isEmpty();

    String okKey = "Az09-_:. " + "k".repeat(246);
    Resp ok = createWithMetadata(Map.of(okKey, "v".repeat(255), "role", "web server: eu-1"));
    assertThat(ok.status()).as(ok.text()).isEqualTo(202);
    String id = ok.json().at("/server/id").asText();
    assertThat(db.servers().get(id).metadata())
        .containsEntry(okKey, "v".repeat(255))
        .containsEntry("role", "web server: eu-1");

    awaitStatus(ALICE, id, "ACTIVE");
    var rebuild = MAPPER.createObjectNode();
    rebuild
        .putObject("rebuild")
        .put("imageRef", EmbeddedDefaults.IMAGE_ID)
        .putObject("metadata")
        .put("key", "a\nb");
    Resp refused = post("/v2.1/servers/" + id + "/action", ALICE, rebuild.toString());
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.json().at("/badRequest/message").asText())
        .endsWith("'a\\nb' contains control characters");
  }

  private Resp createWithMetadata(Map<String, String> metadata) {
    var body = MAPPER.createObjectNode();
    var server =
        body.putObject("server")
            .put("name", "md")
            .put("imageRef", EmbeddedDefaults.IMAGE_ID)
            .put("flavorRef", EmbeddedDefaults.FLAVOR);
    var md = server.putObject("metadata");
    metadata.forEach(md::put);
    return post("/v2.1/servers", ALICE, body.toString());
  }

  @Test
  void aFailedBuildShowsIronicsDetailsToAdminsAndAUserSafeFaultToItsOwner() {
    for (var node :
        client.nodes().list(dev.ferrum.ironic.client.model.NodeQuery.builder().build())) {
      sim.control()
          .failNext(
              node.uuid(),
              dev.ferrum.ironic.simulator.FailureAction.DEPLOY,
              "Deploy step failed on node "
                  + node.uuid()
                  + ": PUT /v1/nodes/"
                  + node.uuid()
                  + "/states/raid returned 500 (request id req-0f6c7a2e-8d1b-4c5e-9a3f-1b2c3d4e5f60)");
    }
    String id = create(ALICE, "doomed");
    JsonNode owner = awaitStatus(ALICE, id, "ERROR");
    String node = db.servers().get(id).nodeUuid();
    assertThat(node).isNotNull();

    JsonNode admin = get("/v2.1/servers/" + id, ADMIN).json().get("server");
    assertThat(admin.at("/fault/code").asInt()).isEqualTo(500);
    assertThat(admin.at("/fault/details").asText())
        .contains(node, "/v1/nodes/", "req-0f6c7a2e-8d1b-4c5e-9a3f-1b2c3d4e5f60");

    assertThat(owner.at("/fault/code").asInt()).isEqualTo(500);
    assertThat(owner.at("/fault/message").asText())
        .isEqualTo(dev.ferrum.service.compute.internal.Engine.INTERNAL_FAULT);
    assertThat(owner.at("/fault").has("details")).isFalse();
    for (String version : List.of("2.1", "2.79")) {
      String body = get("/v2.1/servers/" + id, ALICE, MV, version).text();
      assertThat(body).as(version).doesNotContain(node, "req-", "/v1/nodes", "Ironic", "raid");
      String list = get("/v2.1/servers/detail", ALICE, MV, version).text();
      assertThat(list).as(version).contains(id).doesNotContain(node, "req-", "/v1/nodes");
    }
  }

  @Test
  void keypairAndUserDataReachTheServer() {
    db.keyPairs()
        .create(
            new KeyPair(
                "alice",
                "k1",
                "p1",
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA alice",
                "SHA256:x",
                "ssh",
                Instant.now()));
    String ud = Base64.getEncoder().encodeToString("#!/bin/sh\necho hi\n".getBytes());
    Resp r =
        post(
            "/v2.1/servers",
            ALICE,
            json(
                "{'server': {'name': 'k', 'imageRef': '"
                    + EmbeddedDefaults.IMAGE_ID
                    + "', 'flavorRef': 'baremetal', 'key_name': 'k1', 'user_data': '"
                    + ud
                    + "', 'config_drive': true}}"));
    assertThat(r.status()).as(r.text()).isEqualTo(202);
    JsonNode s = awaitStatus(ALICE, r.json().at("/server/id").asText(), "ACTIVE");
    assertThat(s.get("key_name").asText()).isEqualTo("k1");
    assertThat(s.get("config_drive").asText()).isEqualTo("True");
  }

  @Test
  void actionsConsolesAndInstanceActions() {
    Resp created =
        post(
            "/v2.1/servers",
            ALICE,
            json(
                "{'server': {'name': 'ops', 'imageRef': '"
                    + EmbeddedDefaults.IMAGE_ID
                    + "', 'flavorRef': 'baremetal'}}"));
    String id = created.json().at("/server/id").asText();
    String createRequest = created.header("x-openstack-request-id");
    awaitStatus(ALICE, id, "ACTIVE");

    Resp conflict = action(id, ALICE, "{'os-start': null}");
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.json().at("/conflictingRequest/message").asText())
        .isEqualTo("Cannot 'start' instance " + id + " while it is in vm_state active");
    assertThat(action(id, ALICE, "{'reboot': {'type': 'SIDEWAYS'}}").status()).isEqualTo(400);
    assertThat(action(id, ALICE, "{'reboot': {}}").status()).isEqualTo(400);
    assertThat(action(id, ALICE, "{'frobnicate': null}").status()).isEqualTo(400);
    assertThat(action(id, ALICE, "{'trigger_crash_dump': null}").status()).isEqualTo(400);

    assertThat(action(id, ALICE, "{'reboot': {'type': 'SOFT'}}").status()).isEqualTo(202);
    awaitStatus(ALICE, id, "ACTIVE");
    assertThat(action(id, ALICE, "{'reboot': {'type': 'HARD'}}").status()).isEqualTo(202);
    awaitStatus(ALICE, id, "ACTIVE");
    assertThat(action(id, ALICE, "{'os-stop': null}").status()).isEqualTo(202);
    assertThat(awaitStatus(ALICE, id, "SHUTOFF").get("OS-EXT-STS:power_state").asInt())
        .isEqualTo(4);
    assertThat(action(id, ALICE, "{'os-start': null}").status()).isEqualTo(202);
    awaitStatus(ALICE, id, "ACTIVE");

    Resp rebuild =
        action(id, ALICE, "{'rebuild': {'imageRef': '" + EmbeddedDefaults.IMAGE_ID + "'}}");
    assertThat(rebuild.status()).isEqualTo(202);
    assertThat(rebuild.json().at("/server/status").asText()).isEqualTo("REBUILD");
    assertThat(rebuild.json().at("/server/metadata").isObject()).isTrue();
    assertThat(rebuild.json().at("/server/adminPass").asText()).isNotBlank();
    awaitStatus(ALICE, id, "ACTIVE");

    Resp rescue = action(id, ALICE, "{'rescue': null}");
    assertThat(rescue.status()).isEqualTo(200);
    assertThat(rescue.json().get("adminPass").asText()).hasSize(12);
    awaitStatus(ALICE, id, "RESCUE");
    assertThat(action(id, ALICE, "{'unrescue': null}").status()).isEqualTo(202);
    awaitStatus(ALICE, id, "ACTIVE");
    assertThat(action(id, ALICE, "{'trigger_crash_dump': null}", MV, "2.17").status())
        .isEqualTo(202);

    Resp out = action(id, ALICE, "{'os-getConsoleOutput': {'length': 10}}");
    assertThat(out.status()).isEqualTo(200);
    assertThat(out.json().has("output")).isTrue();
    Resp serial = action(id, ALICE, "{'os-getSerialConsole': {'type': 'serial'}}");
    assertThat(serial.status()).as(serial.text()).isEqualTo(200);
    assertThat(serial.json().at("/console/url").asText()).startsWith("tcp://127.0.0.1:");
    Resp remote =
        post(
            "/v2.1/servers/" + id + "/remote-consoles",
            ALICE,
            json("{'remote_console': {'protocol': 'serial', 'type': 'serial'}}"),
            MV,
            "2.8");
    assertThat(remote.status()).isEqualTo(200);
    assertThat(remote.json().at("/remote_console/url").asText()).startsWith("tcp://");
    assertThat(
            post(
                    "/v2.1/servers/" + id + "/remote-consoles",
                    ALICE,
                    json("{'remote_console': {'protocol': 'vnc', 'type': 'novnc'}}"),
                    MV,
                    "2.8")
                .status())
        .isEqualTo(400);

    await()
        .atMost(WAIT)
        .until(() -> {
          JsonNode list = get("/v2.1/servers/" + id + "/os-instance-actions", ALICE).json();
          return list.get("instanceActions").size() == 9;
        });
    JsonNode actions = get("/v2.1/servers/" + id + "/os-instance-actions", ALICE).json();
    assertThat(actions.findValuesAsText("action"))
        .contains("create", "reboot", "stop", "start", "rebuild", "rescue", "unrescue");
    JsonNode show =
        get("/v2.1/servers/" + id + "/os-instance-actions/" + createRequest, ADMIN).json();
    assertThat(show.at("/instanceAction/action").asText()).isEqualTo("create");
    assertThat(show.at("/instanceAction/request_id").asText()).isEqualTo(createRequest);
    assertThat(show.at("/instanceAction/events/0/event").asText())
        .isEqualTo("compute__do_build_and_run_instance");
    assertThat(show.at("/instanceAction/events/0/result").asText()).isEqualTo("Success");
    assertThat(get("/v2.1/servers/" + id + "/os-instance-actions/req-nope", ALICE).status())
        .isEqualTo(404);

    assertThat(delete("/v2.1/servers/" + id, ALICE).status()).isEqualTo(204);
    await().atMost(WAIT).until(() -> get("/v2.1/servers/" + id, ALICE).status() == 404);
  }

  @Test
  void hypervisorsAreTheIronicNodes() {
    JsonNode list = get("/v2.1/os-hypervisors/detail", ADMIN).json().get("hypervisors");
    assertThat(list).hasSize(EmbeddedDefaults.NODES);
    JsonNode h = list.get(0);
    assertThat(h.get("hypervisor_type").asText()).isEqualTo("ironic");
    assertThat(h.get("cpu_info").asText()).isEqualTo("{}");
    assertThat(h.at("/service/host").asText()).isEqualTo(HOST);
    assertThat(h.get("state").asText()).isEqualTo("up");
    assertThat(get("/v2.1/os-hypervisors", ADMIN).json().get("hypervisors")).hasSize(8);
    assertThat(get("/v2.1/os-hypervisors/1", ADMIN).json().at("/hypervisor/id").asInt())
        .isEqualTo(1);
    String node = h.get("hypervisor_hostname").asText();
    assertThat(
            get("/v2.1/os-hypervisors/" + node, ADMIN, MV, "2.53")
                .json()
                .at("/hypervisor/id")
                .asText())
        .isEqualTo(node);
    assertThat(get("/v2.1/os-hypervisors/1/uptime", ADMIN).status()).isEqualTo(501);
    assertThat(get("/v2.1/os-hypervisors/99", ADMIN).status()).isEqualTo(404);
    Resp member = get("/v2.1/os-hypervisors/detail", ALICE);
    assertThat(member.status()).isEqualTo(403);
    assertThat(member.json().at("/forbidden/message").asText()).contains("os-hypervisors");
  }

  @Test
  void withoutCredentialsOnlyVersionDiscoveryAnswers() {
    String id = create(ALICE, "private");
    String[][] calls = {
      {"GET", "/v2.1/servers"},
      {"GET", "/v2.1/servers/detail"},
      {"GET", "/v2.1/servers/" + id},
      {"POST", "/v2.1/servers"},
      {"DELETE", "/v2.1/servers/" + id},
      {"POST", "/v2.1/servers/" + id + "/action"},
      {"POST", "/v2.1/servers/" + id + "/remote-consoles"},
      {"GET", "/v2.1/servers/" + id + "/os-instance-actions"},
      {"GET", "/v2.1/os-hypervisors/detail"},
      {"GET", "/v2.1/os-hypervisors/1/uptime"},
    };
    for (String[] c : calls) {
      Resp r = send(c[0], c[1], null, c[0].equals("GET") || c[0].equals("DELETE") ? null : "{}");
      assertThat(r.status()).as(c[0] + " " + c[1]).isEqualTo(401);
      Resp wrong = send(c[0], c[1], "not-a-token", c[0].equals("GET") ? null : "{}");
      assertThat(wrong.status()).as(c[0] + " " + c[1]).isEqualTo(401);
    }
    assertThat(get("/v2.1", null).status()).isEqualTo(200);
    assertThat(get("/", null).status()).isEqualTo(200);
    assertThat(db.servers().find(id)).isPresent();
  }

  @Test
  void membersCannotReachOtherProjectsOrAdminApis() {
    String id = create(ALICE, "mine");
    awaitStatus(ALICE, id, "ACTIVE");
    for (String body :
        new String[] {
          "{'os-stop': null}",
          "{'reboot': {'type': 'HARD'}}",
          "{'rescue': null}",
          "{'rebuild': {'imageRef': '" + EmbeddedDefaults.IMAGE_ID + "'}}",
          "{'os-getSerialConsole': {'type': 'serial'}}",
          "{'os-getConsoleOutput': {}}"
        }) {
      Resp r = action(id, BOB, body);
      assertThat(r.status()).as(body).isEqualTo(404);
      assertThat(r.json().at("/itemNotFound/message").asText())
          .isEqualTo("Instance " + id + " could not be found.");
    }
    assertThat(
            post(
                    "/v2.1/servers/" + id + "/remote-consoles",
                    BOB,
                    json("{'remote_console': {'protocol': 'serial', 'type': 'serial'}}"),
                    MV,
                    "2.8")
                .status())
        .isEqualTo(404);
    assertThat(get("/v2.1/servers/" + id + "/os-instance-actions/x", BOB).status()).isEqualTo(404);
    assertThat(get("/v2.1/servers/detail", BOB).json().get("servers")).isEmpty();
    for (String path :
        new String[] {
          "/v2.1/os-hypervisors",
          "/v2.1/os-hypervisors/detail",
          "/v2.1/os-hypervisors/1",
          "/v2.1/os-hypervisors/1/uptime",
          "/v2.1/os-services"
        }) {
      assertThat(get(path, BOB).status()).as(path).isEqualTo(403);
    }
    assertThat(fxStatus(id)).isEqualTo("ACTIVE");
    assertThat(db.actions().list(id)).hasSize(1);
  }

  private String fxStatus(String id) {
    return get("/v2.1/servers/" + id, ALICE).json().at("/server/status").asText();
  }
}
