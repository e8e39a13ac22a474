package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.auth.IronicAuth;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.NodeCreate;
import dev.ferrum.ironic.client.model.NodeQuery;
import dev.ferrum.ironic.client.model.Port;
import dev.ferrum.ironic.client.model.PortCreate;
import dev.ferrum.ironic.client.model.PortQuery;
import dev.ferrum.ironic.client.model.PowerTarget;
import dev.ferrum.ironic.client.model.ProvisionRequest;
import dev.ferrum.ironic.client.model.ProvisionVerb;
import dev.ferrum.service.EmbeddedDefaults;
import dev.ferrum.service.ServeMain;
import dev.ferrum.testkit.RealIronicProcess;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The compat command table against {@code ferrum serve} managing a real Ironic (Debian's, started
 * by {@code scripts/ironic/start-ironic.sh}: fake-hardware, noauth, sqlite, 127.0.0.1) with a few
 * enrolled nodes, so that the client's view is checked against what Ironic really answers and not
 * only against our simulator. Steps fake-hardware cannot perform are skipped with their reason.
 * Each node has one NIC (Ironic port); as an admin would, the test creates the shared network
 * {@value OpenStackClientServersContract#DEFAULT_NETWORK} and names it {@code
 * compute.default_network}. Ironic's {@code noop} network interface answers a VIF attach with 204
 * but keeps nothing, so VIFs are not checked on Ironic here (the embedded simulator's tests do).
 * Skipped when Ironic is not installed, unless {@code CI=true}: then it fails.
 */
class OpenStackClientRealIronicIT extends OpenStackClientServersContract {
  private static final int NODES = 3;
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final List<String> FAKE =
      List.of(
          "deploy",
          "boot",
          "power",
          "management",
          "console",
          "rescue",
          "inspect",
          "bios",
          "raid",
          "vendor");

  private RealIronicProcess ironic;
  private IronicClient client;

  @Override
  ServeMain startServe(Path home, PrintStream out) throws Exception {
    if (!RealIronicProcess.installed()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true but /usr/bin/ironic is not installed: the real-Ironic half must run in CI");
      }
      assumeTrue(false, "/usr/bin/ironic is not installed (Debian ironic-common)");
    }
    ironic = RealIronicProcess.start("osc-servers");
    client = IronicClient.builder().endpoint(ironic.baseUri()).auth(IronicAuth.none()).build();
    for (int i = 1; i <= NODES; i++) {
      availableNode(client, i);
    }
    Path config = home.resolve("serve.yaml");
    Files.writeString(
        config,
        """
        bind: 127.0.0.1
        service_host: ferrum-osc-real
        ironic: {endpoint: "%s", auth_type: none}
        ironic_options: {api_retry_interval: 0.2, api_max_retries: 300}
        compute: {node_refresh_interval: 1, power_sync_interval: 2, heartbeat_interval: 1,
                  default_network: %s}
        """
            .formatted(ironic.baseUri(), DEFAULT_NETWORK));
    ServeMain serve =
        ServeMain.start(
            List.of(
                "--config",
                config.toString(),
                "--data-dir",
                home.resolve("data").toString(),
                "--port",
                "0"),
            out);
    try {
      seedCatalog(serve.baseUri(), serve.adminToken().orElseThrow());
      seedNetwork(serve.baseUri(), serve.adminToken().orElseThrow());
      await()
          .atMost(WAIT)
          .pollInterval(Duration.ofMillis(200))
          .until(() -> get(serve, "/v2.1/os-hypervisors").path("hypervisors").size() == NODES);
    } catch (Exception | AssertionError e) {
      serve.close();
      throw e;
    }
    return serve;
  }

  /** Enrols fake-hardware node {@code i} with one port, powers it on and makes it available. */
  private static void availableNode(IronicClient client, int i) {
    NodeCreate.Builder b =
        NodeCreate.builder("fake-hardware")
            .name("osc-real-" + i)
            .resourceClass(EmbeddedDefaults.FLAVOR)
            .properties(
                Map.of("cpus", 8, "memory_mb", 16_384, "local_gb", 100, "cpu_arch", "x86_64"));
    FAKE.forEach(k -> b.hardwareInterface(k, "fake"));
    b.hardwareInterface("network", "noop").hardwareInterface("storage", "noop");
    Node node = client.nodes().create(b.build());
    client.ports().create(PortCreate.of(node.uuid(), "52:54:00:0f:e0:0" + i));
    // Fake power keeps power_state null until the first power action, and the driver does not
    // offer a node without a power state. On, not off: fake deploy never powers a node on (a real
    // deploy ends with the node on), so an instance deployed on a node left off would be found
    // SHUTOFF by the power-state sync and stopped, as Nova does.
    client.nodes().setPowerState(node.uuid(), PowerTarget.POWER_ON);
    awaitNode(client, node.uuid(), n -> "power on".equals(n.powerState()));
    client.nodes().setProvisionState(node.uuid(), ProvisionRequest.of(ProvisionVerb.MANAGE));
    awaitNode(client, node.uuid(), n -> "manageable".equals(n.provisionState()));
    client.nodes().setProvisionState(node.uuid(), ProvisionRequest.of(ProvisionVerb.PROVIDE));
    awaitNode(client, node.uuid(), n -> "available".equals(n.provisionState()));
  }

  private static void awaitNode(IronicClient client, String uuid, Predicate<Node> done) {
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> client.nodes().get(uuid), n -> done.test(n) && n.reservation() == null);
  }

  /** Creates, as admin through the API, the flavors and image the embedded target seeds itself. */
  private static void seedCatalog(URI base, String token) throws Exception {
    flavor(base, token, EmbeddedDefaults.FLAVOR, Map.of());
    flavor(
        base,
        token,
        EmbeddedDefaults.LARGE_FLAVOR,
        Map.of("trait:" + EmbeddedDefaults.LARGE_TRAIT, "required"));
    post(
        base,
        token,
        "/image/v2/images",
        Map.of(
            "id", EmbeddedDefaults.IMAGE_ID,
            "name", EmbeddedDefaults.IMAGE_NAME,
            "url", "http://127.0.0.1:9/images/ubuntu-24.04.raw",
            "disk_format", "raw",
            "container_format", "bare",
            "visibility", "public"));
  }

  /**
   * Creates, as admin through the Neutron API, the shared default network the embedded target seeds
   * itself: {@value OpenStackClientServersContract#DEFAULT_CIDR}, pool .10–.250, gateway .1.
   */
  private static void seedNetwork(URI base, String token) throws Exception {
    JsonNode network =
        post(
            base,
            token,
            "/network/v2.0/networks",
            Map.of("network", Map.of("name", DEFAULT_NETWORK, "shared", true)));
    post(
        base,
        token,
        "/network/v2.0/subnets",
        Map.of(
            "subnet",
            Map.of(
                "network_id",
                network.at("/network/id").asText(),
                "name",
                DEFAULT_NETWORK + "-subnet",
                "ip_version",
                4,
                "cidr",
                DEFAULT_CIDR,
                "gateway_ip",
                "192.0.2.1",
                "allocation_pools",
                List.of(Map.of("start", "192.0.2.10", "end", "192.0.2.250")),
                "dns_nameservers",
                List.of("192.0.2.2"))));
  }

  private static void flavor(URI base, String token, String name, Map<String, String> more)
      throws Exception {
    post(
        base,
        token,
        "/v2.1/flavors",
        Map.of("flavor", Map.of("name", name, "id", name, "ram", 16_384, "vcpus", 8, "disk", 100)));
    Map<String, String> specs =
        new HashMap<>(
            Map.of(
                "resources:CUSTOM_BAREMETAL", "1",
                "resources:VCPU", "0",
                "resources:MEMORY_MB", "0",
                "resources:DISK_GB", "0"));
    specs.putAll(more);
    post(base, token, "/v2.1/flavors/" + name + "/os-extra_specs", Map.of("extra_specs", specs));
  }

  private static JsonNode post(URI base, String token, String path, Map<String, ?> body)
      throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("X-Auth-Token", token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("POST " + path + ": " + r.body()).isBetween(200, 299);
    return r.body().isEmpty() ? MAPPER.createObjectNode() : MAPPER.readTree(r.body());
  }

  private static JsonNode get(ServeMain serve, String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(serve.baseUri() + path))
                .header("X-Auth-Token", serve.adminToken().orElseThrow())
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return MAPPER.readTree(r.body());
  }

  @Override
  void stopTarget() {
    try {
      if (client != null) {
        client.close();
      }
    } finally {
      if (ironic != null) {
        ironic.close();
      }
    }
  }

  @Override
  void assertOnIronic(String serverId, boolean deployed) {
    Optional<Node> node = client.nodes().findByInstance(serverId, List.of());
    if (deployed) {
      assertThat(node).as("the Ironic node holding " + serverId).isPresent();
      assertThat(node.get().provisionState()).isEqualTo("active");
      assertThat(node.get().powerState()).isEqualTo("power on");
    } else {
      assertThat(node).as("no Ironic node holds " + serverId).isEmpty();
      await()
          .atMost(WAIT)
          .pollInterval(Duration.ofMillis(200))
          .until(() ->
              client.nodes().list(NodeQuery.all()).stream()
                  .filter(n -> n.name().startsWith("osc-real-"))
                  .allMatch(n -> "available".equals(n.provisionState())));
    }
  }

  @Override
  void assertNodeNic(String serverId, String mac) {
    Node node = client.nodes().findByInstance(serverId, List.of()).orElseThrow();
    assertThat(client.ports().list(PortQuery.byNode(node.uuid())))
        .as("the Ironic ports of " + node.name())
        .extracting(Port::address)
        .contains(mac);
  }

  @Override
  int nodes() {
    return NODES;
  }

  @Override
  Optional<String> unsupported(Step step) {
    return switch (step) {
      case SERIAL_CONSOLE ->
          Optional.of(
              "fake-hardware's fake console interface reports console_info {} (no type, no url),"
                  + " so the service answers 409 'Guest does not have a console available'");
      case CRASH_DUMP ->
          Optional.of(
              "fake-hardware's fake power interface has no inject_nmi (Ironic answers 400), so"
                  + " the dump is only checked to be recorded as the action's error event");
    };
  }

  @Override
  String targetName() {
    return "a real Ironic (fake-hardware)";
  }
}
