package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferrum.service.ConfigurationException;
import dev.ferrum.service.EmbeddedDefaults;
import dev.ferrum.service.ServeMain;
import dev.ferrum.service.ServiceConfig;
import dev.ferrum.service.api.internal.ApiEngine.Route;
import dev.ferrum.service.network.NetworkSpec;
import dev.ferrum.service.store.ServerQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authorization across projects (alice and carol in p1, bob in p2, an admin): another project's
 * servers are invisible (404, never 403) by id and by name and never listed; members get 403 on
 * every admin API; without credentials only version discovery answers, swept over every route the
 * API registers; and auth none is refused off loopback.
 */
class AuthorizationTest extends ComputeApiTestSupport {
  private static final String MV = "X-OpenStack-Nova-API-Version";
  private static final Set<String> OPEN =
      Set.of("GET /", "GET /v2.1", "GET /image", "GET /network", "GET /network/v2.0");
  private static final String UNAUTHORIZED =
      "{\"unauthorized\":{\"code\":401,"
          + "\"message\":\"The request you have made requires authentication.\"}}";
  private static final String NEUTRON_UNAUTHORIZED =
      "{\"NeutronError\":{\"type\":\"HTTPUnauthorized\","
          + "\"message\":\"The request you have made requires authentication.\","
          + "\"detail\":\"\"}}";

  /** The 401 body for a path: Neutron's under /network, Nova's everywhere else. */
  private static String unauthorized(String path) {
    return path.equals("/network") || path.startsWith("/network/")
        ? NEUTRON_UNAUTHORIZED
        : UNAUTHORIZED;
  }

  private String aliceServer;
  private String aliceCreateRequest;
  private String bobServer;
  private String aliceNetwork;

  @BeforeEach
  void createServers() {
    Resp created = createServer(ALICE, "alice-web");
    aliceServer = created.json().at("/server/id").asText();
    aliceCreateRequest = created.header("x-openstack-request-id");
    bobServer = createServer(BOB, "bob-web").json().at("/server/id").asText();
    awaitActive(ALICE, aliceServer);
    awaitActive(BOB, bobServer);
    aliceNetwork = network.createNetwork(NetworkSpec.flat("p1", "alice-net", false)).id();
  }

  /** Every request a member could make on one server, by id or name. */
  private List<Resp> everyServerRequest(String token, String ref) {
    String base = "/v2.1/servers/" + ref;
    List<Resp> out = new ArrayList<>();
    out.add(get(base, token));
    out.add(get(base + "/os-instance-actions", token));
    out.add(get(base + "/os-instance-actions/" + aliceCreateRequest, token, MV, "2.62"));
    out.add(get(base + "/os-interface", token));
    out.add(get(base + "/ips", token));
    for (String action :
        List.of(
            "{'reboot': {'type': 'SOFT'}}",
            "{'reboot': {'type': 'HARD'}}",
            "{'os-stop': null}",
            "{'os-start': null}",
            "{'rebuild': {'imageRef': '" + EmbeddedDefaults.IMAGE_ID + "'}}",
            "{'rescue': null}",
            "{'unrescue': null}",
            "{'trigger_crash_dump': null}",
            "{'os-getConsoleOutput': {}}",
            "{'os-getSerialConsole': {'type': 'serial'}}")) {
      out.add(post(base + "/action", token, json(action), MV, "2.17"));
    }
    out.add(
        post(
            base + "/remote-consoles",
            token,
            json("{'remote_console': {'protocol': 'serial', 'type': 'serial'}}"),
            MV,
            "2.6"));
    out.add(delete(base, token));
    return out;
  }

  private void assertNotFound(List<Resp> responses, String ref) {
    for (Resp r : responses) {
      assertThat(r.status()).as(r.text()).isEqualTo(404);
      assertThat(r.json().at("/itemNotFound/message").asText())
          .isEqualTo("Instance " + ref + " could not be found.");
    }
  }

  private void assertAliceServerUntouched() {
    JsonNode s = get("/v2.1/servers/" + aliceServer, ALICE).json().get("server");
    assertThat(s.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(s.get("name").asText()).isEqualTo("alice-web");
    assertThat(db.actions().list(aliceServer))
        .singleElement()
        .satisfies(a -> {
          assertThat(a.action()).isEqualTo("create");
          assertThat(a.userId()).isEqualTo("alice");
        });
  }

  @Test
  void anotherProjectsServerIsNotFoundByIdExactlyLikeAMissingOne() {
    assertNotFound(everyServerRequest(BOB, aliceServer), aliceServer);
    String missing = UUID.randomUUID().toString();
    assertNotFound(everyServerRequest(BOB, missing), missing);

    assertAliceServerUntouched();
    // Controls: the owner, a same-project member (HTTP Basic) and the admin do see it.
    assertThat(get("/v2.1/servers/" + aliceServer, ADMIN).status()).isEqualTo(200);
    String carol = basic("carol", CAROL_PASSWORD);
    assertThat(get("/v2.1/servers/" + aliceServer, null, "Authorization", carol).status())
        .isEqualTo(200);
    Resp events = get("/v2.1/servers/" + aliceServer + "/os-instance-actions", ALICE);
    assertThat(events.status()).isEqualTo(200);
    assertThat(events.json().at("/instanceActions/0/request_id").asText())
        .isEqualTo(aliceCreateRequest);
    Resp output =
        post(
            "/v2.1/servers/" + aliceServer + "/action",
            null,
            json("{'os-getConsoleOutput': {}}"),
            "Authorization",
            carol);
    assertThat(output.status()).as(output.text()).isEqualTo(200);
  }

  @Test
  void anotherProjectsServerIsNotFoundByName() {
    assertNotFound(everyServerRequest(BOB, "alice-web"), "alice-web");
    for (String path :
        List.of("/v2.1/servers?name=alice-web", "/v2.1/servers/detail?name=alice-web")) {
      assertThat(get(path, BOB).json().get("servers")).as(path).isEmpty();
      assertThat(get(path, ALICE).json().at("/servers/0/id").asText())
          .as(path)
          .isEqualTo(aliceServer);
    }
    assertAliceServerUntouched();
  }

  @Test
  void listsNeverIncludeAnotherProjectsServers() {
    for (String list : List.of("/v2.1/servers", "/v2.1/servers/detail")) {
      for (String query :
          List.of(
              "",
              "?project_id=p1",
              "?tenant_id=p1",
              "?all_tenants=0",
              "?all_tenants=0&project_id=p1",
              "?all_tenants=false&tenant_id=p1",
              "?status=ACTIVE&project_id=p1")) {
        assertThat(ids(get(list + query, BOB))).as(list + query).containsExactly(bobServer);
        assertThat(ids(get(list + query, ALICE))).as(list + query).containsExactly(aliceServer);
      }
      for (String query :
          List.of(
              "?all_tenants=1",
              "?all_tenants",
              "?all_tenants=True",
              "?all_tenants=1&project_id=p1")) {
        Resp r = get(list + query, BOB);
        assertThat(r.status()).as(list + query).isEqualTo(403);
        assertThat(r.json().at("/forbidden/message").asText())
            .isEqualTo(
                "Policy doesn't allow os_compute_api:servers:"
                    + (list.endsWith("detail") ? "detail" : "index")
                    + ":get_all_tenants to be performed.");
      }
      // Controls: the admin sees every project with all_tenants, one with project_id.
      assertThat(ids(get(list + "?all_tenants=1", ADMIN)))
          .containsExactlyInAnyOrder(aliceServer, bobServer);
      assertThat(ids(get(list + "?all_tenants=1&project_id=p1", ADMIN)))
          .containsExactly(aliceServer);
      assertThat(ids(get(list, ADMIN))).isEmpty();
    }
    assertThat(db.servers().list(ServerQuery.all())).hasSize(2);
  }

  private static List<String> ids(Resp r) {
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    r.json().get("servers").forEach(s -> out.add(s.get("id").asText()));
    return out;
  }

  /**
   * The admin-only calls, one a line: method, path, microversion, Nova's policy name, body (single
   * quotes, {@code -} for none). {@code $flavor}, {@code $image}, {@code $service}, {@code $host}
   * are filled in.
   */
  private static final String ADMIN_ONLY =
      """
      POST   /v2.1/flavors  2.1  os_compute_api:os-flavor-manage:create  \
      {'flavor': {'name': 'x', 'ram': 1, 'vcpus': 1, 'disk': 0}}
      DELETE $flavor  2.1  os_compute_api:os-flavor-manage:delete  -
      POST   $flavor/os-extra_specs  2.1  os-flavor-extra-specs:create  {'extra_specs': {'a': '1'}}
      PUT    $flavor/os-extra_specs/resources:VCPU  2.1  os-flavor-extra-specs:update  \
      {'resources:VCPU': '2'}
      DELETE $flavor/os-extra_specs/resources:VCPU  2.1  os-flavor-extra-specs:delete  -
      GET    $flavor/os-flavor-access  2.1  os_compute_api:os-flavor-access  -
      POST   $flavor/action  2.1  os-flavor-access:add_tenant_access  \
      {'addTenantAccess': {'tenant': 'p2'}}
      POST   $flavor/action  2.1  os-flavor-access:remove_tenant_access  \
      {'removeTenantAccess': {'tenant': 'p2'}}
      POST   /image/v2/images  2.1  add_image  {'name': 'x', 'url': 'http://127.0.0.1:1/x.raw'}
      POST   /v2.1/images  2.1  add_image  {'name': 'x', 'url': 'http://127.0.0.1:1/x.raw'}
      DELETE /image/v2/images/$image  2.1  delete_image  -
      DELETE /v2.1/images/$image  2.1  delete_image  -
      GET    /v2.1/os-services  2.1  os_compute_api:os-services:list  -
      PUT    /v2.1/os-services/$service  2.53  os-services:update  {'status': 'disabled'}
      PUT    /v2.1/os-services/$service  2.1  os-services:update  {'status': 'disabled'}
      GET    /v2.1/os-hypervisors  2.1  os_compute_api:os-hypervisors:list  -
      GET    /v2.1/os-hypervisors/detail  2.1  os-hypervisors:detail  -
      GET    /v2.1/os-hypervisors/1  2.1  os-hypervisors:show  -
      GET    /v2.1/os-hypervisors/1/uptime  2.1  os-hypervisors:uptime  -
      GET    /v2.1/os-aggregates  2.1  os_compute_api:os-aggregates:index  -
      GET    /v2.1/servers?all_tenants=1  2.1  servers:index:get_all_tenants  -
      GET    /v2.1/servers/detail?all_tenants=1  2.1  servers:detail:get_all_tenants  -
      POST   /v2.1/servers  2.74  compute:servers:create:requested_destination  \
      {'server': {'name': 'p', 'imageRef': '$image', 'flavorRef': 'baremetal', 'host': '$host'}}
      GET    /v2.1/os-keypairs?user_id=admin  2.10  os_compute_api:os-keypairs:index  -
      """;

  private List<String[]> adminOnlyCalls() {
    List<String[]> calls = new ArrayList<>();
    for (String line : ADMIN_ONLY.strip().split("\n")) {
      String filled =
          line.replace("$flavor", "/v2.1/flavors/" + EmbeddedDefaults.FLAVOR)
              .replace("$image", EmbeddedDefaults.IMAGE_ID)
              .replace("$service", serviceId)
              .replace("$host", HOST);
      String[] f = filled.trim().split("\\s+", 5);
      calls.add(new String[] {f[0], f[1], f[4].equals("-") ? null : f[4], f[2], f[3]});
    }
    assertThat(calls).hasSize(24);
    return calls;
  }

  @Test
  void membersGet403OnEveryAdminApi() {
    var flavorBefore = db.flavors().find(EmbeddedDefaults.FLAVOR).orElseThrow();
    var imagesBefore = db.images().list();
    String carol = basic("carol", CAROL_PASSWORD);
    for (String[] call : adminOnlyCalls()) {
      String what = call[0] + " " + call[1] + " @" + call[3];
      String body = call[2] == null ? null : json(call[2]);
      for (Resp r :
          List.of(
              send(call[0], call[1], ALICE, body, MV, call[3]),
              send(call[0], call[1], BOB, body, MV, call[3]),
              send(call[0], call[1], null, body, MV, call[3], "Authorization", carol))) {
        assertThat(r.status()).as(what + ": " + r.text()).isEqualTo(403);
        assertThat(r.json().at("/forbidden/code").asInt()).isEqualTo(403);
        assertThat(r.json().at("/forbidden/message").asText()).as(what).contains(call[4]);
      }
      if (call[0].equals("GET")) {
        assertThat(send("GET", call[1], ADMIN, null, MV, call[3]).status())
            .as("admin " + what)
            .isNotEqualTo(403);
      }
    }
    assertThat(db.flavors().list()).hasSize(2);
    assertThat(db.flavors().find(EmbeddedDefaults.FLAVOR).orElseThrow()).isEqualTo(flavorBefore);
    assertThat(db.flavors().projectAccess(EmbeddedDefaults.FLAVOR)).isEmpty();
    assertThat(db.images().list()).isEqualTo(imagesBefore);
    assertThat(db.services().list())
        .singleElement()
        .satisfies(s -> assertThat(s.disabled()).isFalse());
    assertThat(db.servers().list(ServerQuery.all())).hasSize(2);
  }

  /** A path of {@code route} with its parameters filled with real ids (alice's, where scoped). */
  private String concrete(Route route) {
    String p = route.path();
    String id =
        p.startsWith("/network/")
            ? aliceNetwork
            : p.startsWith("/v2.1/servers/")
                ? aliceServer
                : p.startsWith("/v2.1/flavors/")
                    ? EmbeddedDefaults.FLAVOR
                    : p.startsWith("/v2.1/os-services/")
                        ? serviceId
                        : p.startsWith("/v2.1/os-hypervisors/") ? "1" : EmbeddedDefaults.IMAGE_ID;
    return p.replace("{id}", id)
        .replace("{key}", "resources:CUSTOM_BAREMETAL")
        .replace("{name}", "alice-key")
        .replace("{req}", aliceCreateRequest)
        .replace("{port}", "0d8f7e0e-1b7a-4a39-9d59-5c3e2f1a7b10")
        .replace("{network}", EmbeddedDefaults.NETWORK)
        .replace("{alias}", "provider");
  }

  private List<Route> routes() {
    List<Route> routes = server.routes();
    // The list is what Javalin registered; make sure it is the whole API, not an empty sweep.
    assertThat(routes)
        .contains(
            new Route("GET", "/"),
            new Route("POST", "/v2.1/servers"),
            new Route("POST", "/v2.1/servers/{id}/action"),
            new Route("GET", "/v2.1/servers/{id}/os-instance-actions/{req}"),
            new Route("PUT", "/v2.1/flavors/{id}/os-extra_specs/{key}"),
            new Route("DELETE", "/image/v2/images/{id}"),
            new Route("GET", "/v2.1/os-hypervisors/{id}/uptime"),
            new Route("GET", "/network/v2.0/networks"),
            new Route("PUT", "/network/v2.0/subnets/{id}"),
            new Route("DELETE", "/network/v2.0/ports/{id}"))
        .hasSizeGreaterThan(40)
        .doesNotHaveDuplicates();
    assertThat(routes.stream().map(r -> r.method() + " " + r.path()).filter(OPEN::contains))
        .containsExactlyInAnyOrderElementsOf(OPEN);
    return routes;
  }

  @Test
  void withoutCredentialsOnlyVersionDiscoveryAnswers() {
    for (Route route : routes()) {
      String path = concrete(route);
      String body = route.method().equals("POST") || route.method().equals("PUT") ? "{}" : null;
      Resp r = send(route.method(), path, null, body);
      String what = route.method() + " " + path;
      if (OPEN.contains(route.method() + " " + route.path())) {
        assertThat(r.status()).as(what).isEqualTo(200);
        assertThat(r.json().isObject()).as(what).isTrue();
      } else {
        assertThat(r.status()).as(what + ": " + r.text()).isEqualTo(401);
        assertThat(r.text()).as(what).isEqualTo(unauthorized(path));
      }
    }
    assertThat(get("/v2.1/", null).status()).isEqualTo(200);
    for (String[] unrouted :
        new String[][] {
          {"GET", "/v2.1/os-nothing"},
          {"POST", "/"},
          {"DELETE", "/v2.1"},
          {"PUT", "/image"},
          {"GET", "/image/v2/nothing"},
          {"OPTIONS", "/v2.1/servers"},
          {"PUT", "/network"},
          {"GET", "/network/v2.0/routers"},
          {"PATCH", "/network/v2.0/networks/" + aliceNetwork}
        }) {
      Resp r = send(unrouted[0], unrouted[1], null, null);
      assertThat(r.status()).as(unrouted[0] + " " + unrouted[1]).isEqualTo(401);
      assertThat(r.text()).isEqualTo(unauthorized(unrouted[1]));
    }
    assertAliceServerUntouched();
    assertThat(db.flavors().list()).hasSize(2);
    assertThat(network.findNetwork(aliceNetwork).orElseThrow().name()).isEqualTo("alice-net");
    assertThat(network.listNetworks(null)).hasSize(1);
  }

  @Test
  void wrongTokensAndPasswordsGive401OnEveryRoute() {
    List<String[]> wrong =
        List.of(
            new String[] {"X-Auth-Token", ALICE + "x"},
            new String[] {"X-Auth-Token", ALICE.substring(1)},
            new String[] {"X-Auth-Token", ALICE.toUpperCase(Locale.ROOT)},
            new String[] {"Authorization", basic("carol", CAROL_PASSWORD + "!")},
            new String[] {"Authorization", basic("carol", "")},
            new String[] {"Authorization", basic("alice", ALICE)},
            new String[] {"Authorization", "Bearer " + ADMIN});
    for (Route route : routes()) {
      if (OPEN.contains(route.method() + " " + route.path())) {
        continue;
      }
      String path = concrete(route);
      String body = route.method().equals("POST") || route.method().equals("PUT") ? "{}" : null;
      for (String[] credential : wrong) {
        Resp r = send(route.method(), path, null, body, credential[0], credential[1]);
        assertThat(r.status()).as(route + " with " + credential[0]).isEqualTo(401);
        assertThat(r.text()).isEqualTo(unauthorized(path));
      }
    }
    assertAliceServerUntouched();
  }

  @Test
  void authNoneIsRefusedAtStartOffLoopback(@TempDir Path dir) throws IOException {
    for (String host : List.of("0.0.0.0", "::", "192.0.2.10", "2001:db8::1")) {
      assertThatThrownBy(
              () -> ServiceConfig.builder().authNone(true).bindHost(host).port(0).build())
          .as(host)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining("loopback");
    }
    for (String host : List.of("127.0.0.1", "::1", "localhost", "127.0.0.2")) {
      assertThatCode(() -> ServiceConfig.builder().authNone(true).bindHost(host).port(0).build())
          .as(host)
          .doesNotThrowAnyException();
    }
    // The same through `ferrum serve`: refused before anything is started or listens.
    Path config = Files.writeString(dir.resolve("ferrum.yaml"), "bind: 0.0.0.0\nauth_none: true\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() ->
            ServeMain.start(
                List.of("--config", config.toString(), "--data-dir", dir.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("loopback");
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("listening");
  }
}
