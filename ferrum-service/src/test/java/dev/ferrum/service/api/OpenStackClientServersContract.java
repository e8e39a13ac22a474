package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferrum.service.EmbeddedDefaults;
import dev.ferrum.service.ServeMain;
import dev.ferrum.service.api.OpenStackCli.Run;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The compat reference's command table, run with Debian's real {@code openstack} client against
 * {@code ferrum serve}, once per Ironic behind it: each subclass only says how to start the service
 * and which steps its Ironic cannot do, so every target runs the very same commands and assertions.
 * The commands follow one server's life; each exits 0 and its effect is checked through the API.
 * Then networking (from {@link #networkCreateListShow}): networks, subnets and ports made with the
 * client, servers created on them in each of the client's ways ({@code --network}, {@code --nic
 * net-id=…,v4-fixed-ip=…}, {@code --nic port-id=…}, {@code --nic none|auto}), their addresses and
 * ports as the client shows them, the addresses freed by {@code server delete}, and the cleanup. At
 * most three servers exist at a time, so a target with three nodes (one NIC each) suffices; the
 * target must offer the shared network {@value #DEFAULT_NETWORK} ({@value #DEFAULT_CIDR}) as its
 * default network. Skipped when {@code /usr/bin/openstack} is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class OpenStackClientServersContract {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration WAIT = Duration.ofSeconds(60);

  /** The shared network every target offers and names as its default network. */
  static final String DEFAULT_NETWORK = EmbeddedDefaults.NETWORK;

  /** The range of {@link #DEFAULT_NETWORK} (TEST-NET-1; nothing is ever sent there). */
  static final String DEFAULT_CIDR = EmbeddedDefaults.NETWORK_CIDR;

  private static final String DEFAULT_PREFIX = "192.0.2.";
  // the table's own networks, on the other two documentation ranges (RFC 5737)
  private static final String LAB = "lab";
  private static final String LAB_SUBNET = "lab-v4";
  private static final String LAB_CIDR = "198.51.100.0/24";
  private static final String LAB_GATEWAY = "198.51.100.1";
  private static final String LAB_DNS = "198.51.100.2";
  private static final String LAB_POOL_START = "198.51.100.10";
  private static final String LAB_POOL_END = "198.51.100.20";
  private static final String LAB_PORT = "lab-port";
  private static final String LAB_PORT_IP = "198.51.100.15";
  private static final String FIXED_IP = "198.51.100.12";
  private static final String PRIVATE = "lab-private";
  private static final String PRIVATE_SUBNET = "lab-private-v4";
  private static final String PRIVATE_CIDR = "203.0.113.0/24";
  private static final String VM_NETWORK = "vm-network";
  private static final String VM_FIXED = "vm-fixed-ip";
  private static final String VM_PORT = "vm-port";
  private static final String VM_NONE = "vm-nic-none";
  private static final String VM_AUTO = "vm-nic-auto";

  /** Steps of the table that a target's Ironic may be unable to perform. */
  enum Step {
    /**
     * {@code server dump create}: needs Ironic to inject an NMI. A target that cannot must still
     * record the refusal as the action's error event.
     */
    CRASH_DUMP,
    /** {@code console url show --serial}: needs a socat-style serial console in Ironic. */
    SERIAL_CONSOLE
  }

  private ServeMain serve;
  private Path home;
  private String token;
  private String serverId;
  private String vm1Ip;
  private String labId;
  private String privateId;
  private String labSubnetId;
  private String privateSubnetId;
  private String labPortId;

  /** The networking servers by name → id, as created (an entry only when the create passed). */
  private final Map<String, String> servers = new LinkedHashMap<>();

  /**
   * Starts {@code ferrum serve} for this target (no credentials configured, so that it generates
   * the admin token and prints the {@code clouds.yaml} snippet), with the catalog the commands use.
   *
   * @param home a fresh directory under target/ for this class
   * @param out where ServeMain prints its banner
   */
  abstract ServeMain startServe(Path home, PrintStream out) throws Exception;

  /** Stops whatever {@link #startServe} started besides ServeMain (called after ServeMain). */
  abstract void stopTarget() throws Exception;

  /** How many hypervisors (Ironic nodes) the target offers. */
  abstract int nodes();

  /** Why this target cannot perform {@code step}, or empty when it can. */
  abstract Optional<String> unsupported(Step step);

  /** The target's name in messages. */
  abstract String targetName();

  /**
   * Checks the Ironic side of the server: deployed on one node when {@code deployed}, on none
   * otherwise. Targets whose Ironic the test cannot see directly rely on the API checks alone.
   *
   * @param serverId the server (Ironic's instance_uuid)
   * @param deployed whether the server should be on a node
   */
  void assertOnIronic(String serverId, boolean deployed) throws Exception {}

  /**
   * Checks that {@code mac}, the MAC of a port of {@code serverId}, is one of the NICs (Ironic
   * ports) of the node the server is deployed on. Targets whose Ironic the test cannot see directly
   * rely on the API checks alone.
   *
   * @param serverId the server
   * @param mac the port's MAC address
   */
  void assertNodeNic(String serverId, String mac) throws Exception {}

  @BeforeAll
  void start() throws Exception {
    assumeTrue(Files.isExecutable(OpenStackCli.OPENSTACK), "/usr/bin/openstack is not installed");
    Path target = Files.createDirectories(Path.of("target"));
    home = Files.createTempDirectory(target, "osc-servers-");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    serve = startServe(home, new PrintStream(printed, true, StandardCharsets.UTF_8));
    token = serve.adminToken().orElseThrow();
    String banner = printed.toString(StandardCharsets.UTF_8);
    assertThat(banner).contains("Admin token: " + token);
    String clouds = banner.substring(banner.indexOf("clouds:"));
    Files.writeString(home.resolve("clouds.yaml"), clouds);
  }

  @AfterAll
  void stop() throws Exception {
    try {
      if (serve != null) {
        serve.close();
      }
    } finally {
      stopTarget();
    }
  }

  Run openstack(String... args) throws Exception {
    Run r = OpenStackCli.run(home, "ferrum", Duration.ofSeconds(120), args);
    assertThat(r.exit()).as("openstack " + String.join(" ", args) + ": " + r.err()).isZero();
    return r;
  }

  JsonNode api(String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(serve.baseUri() + path))
                .header("X-Auth-Token", token)
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return r.body().isEmpty() ? MAPPER.createObjectNode() : MAPPER.readTree(r.body());
  }

  /** A Neutron resource by id, or {@code null} when the API answers 404. */
  JsonNode neutron(String collection, String id) throws Exception {
    JsonNode r = api("/network/v2.0/" + collection + "s/" + id);
    if (r.has("NeutronError")) {
      assertThat(r.at("/NeutronError/type").asText()).as(r.toString()).endsWith("NotFound");
      return null;
    }
    return r.path(collection);
  }

  /** The ports whose {@code device_id} is {@code serverId}, through the API. */
  JsonNode portsOf(String serverId) throws Exception {
    return api("/network/v2.0/ports?device_id=" + serverId).path("ports");
  }

  /** The server's {@code addresses}, through the API. */
  JsonNode addresses(String serverId) throws Exception {
    return api("/v2.1/servers/" + serverId).at("/server/addresses");
  }

  String status() throws Exception {
    return api("/v2.1/servers/" + server()).at("/server/status").asText();
  }

  /** The server's id; fails at once (not after a wait) when its creation already failed. */
  String server() {
    assertThat(serverId).as("vm1 was not created (see serverCreateWaitListShow)").isNotNull();
    return serverId;
  }

  void awaitStatus(String want) {
    await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> want.equals(status()));
  }

  List<String> actions() throws Exception {
    return api("/v2.1/servers/" + server() + "/os-instance-actions").findValuesAsText("action");
  }

  /** Skips the calling test when this target cannot do {@code step}, saying why. */
  void assumeSupported(Step step) {
    Optional<String> reason = unsupported(step);
    reason.ifPresent(r -> System.out.printf("SKIPPED on %s: %s (%s)%n", targetName(), step, r));
    assumeTrue(reason.isEmpty(), () -> step + " skipped on " + targetName() + ": " + reason.get());
  }

  @Test
  @Order(1)
  void catalogCommands() throws Exception {
    assertThat(openstack("flavor", "list", "-f", "json").json().findValuesAsText("Name"))
        .contains(EmbeddedDefaults.FLAVOR, EmbeddedDefaults.LARGE_FLAVOR);
    assertThat(
            openstack("flavor", "show", EmbeddedDefaults.FLAVOR, "-f", "json")
                .json()
                .path("id")
                .asText())
        .isEqualTo(EmbeddedDefaults.FLAVOR);
    assertThat(openstack("image", "list", "-f", "json").json().findValuesAsText("Name"))
        .containsExactly(EmbeddedDefaults.IMAGE_NAME);
    JsonNode hypervisors = openstack("hypervisor", "list", "-f", "json").json();
    assertThat(hypervisors).hasSize(nodes());
    String node = hypervisors.get(0).path("Hypervisor Hostname").asText();
    assertThat(
            openstack("hypervisor", "show", node, "-f", "json")
                .json()
                .path("hypervisor_type")
                .asText())
        .isEqualTo("ironic");
    JsonNode services = openstack("compute", "service", "list", "-f", "json").json();
    assertThat(services.get(0).path("Binary").asText()).isEqualTo("ferrum-compute");
    assertThat(services.get(0).path("State").asText()).isEqualTo("up");
  }

  @Test
  @Order(2)
  void serverCreateWaitListShow() throws Exception {
    JsonNode created =
        openstack(
                "server",
                "create",
                "--flavor",
                EmbeddedDefaults.FLAVOR,
                "--image",
                EmbeddedDefaults.IMAGE_NAME,
                "--wait",
                "vm1",
                "-f",
                "json")
            .json();
    serverId = created.path("id").asText();
    assertThat(created.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(status()).isEqualTo("ACTIVE");

    JsonNode list = openstack("server", "list", "-f", "json").json();
    assertThat(list.findValuesAsText("Name")).containsExactly("vm1");
    assertThat(list.get(0).path("Image").asText()).isEqualTo(EmbeddedDefaults.IMAGE_NAME);
    assertThat(list.get(0).path("Flavor").asText()).isEqualTo(EmbeddedDefaults.FLAVOR);
    JsonNode longList = openstack("server", "list", "--long", "-f", "json").json();
    assertThat(longList.get(0).path("Power State").asText()).isIn("Running", "1");
    JsonNode show = openstack("server", "show", "vm1", "-f", "json").json();
    assertThat(show.path("id").asText()).isEqualTo(serverId);
    assertThat(show.path("OS-EXT-STS:vm_state").asText()).isEqualTo("active");
    assertOnIronic(serverId, true);
    // no network asked for: the default network's address, shown by the client as Nova's
    JsonNode onDefault = show.at("/addresses/" + DEFAULT_NETWORK);
    assertThat(onDefault).as("server show addresses: " + show.path("addresses")).hasSize(1);
    vm1Ip = onDefault.get(0).asText();
    assertThat(vm1Ip).startsWith(DEFAULT_PREFIX);
    assertThat(list.get(0).at("/Networks/" + DEFAULT_NETWORK).get(0).asText()).isEqualTo(vm1Ip);
    JsonNode address = addresses(serverId).path(DEFAULT_NETWORK).get(0);
    assertThat(address.path("addr").asText()).isEqualTo(vm1Ip);
    assertThat(address.path("version").asInt()).isEqualTo(4);
    assertThat(address.path("OS-EXT-IPS:type").asText()).isEqualTo("fixed");
    String mac = address.path("OS-EXT-IPS-MAC:mac_addr").asText();
    JsonNode ports = portsOf(serverId);
    assertThat(ports).as("the ports of vm1").hasSize(1);
    assertThat(ports.get(0).path("mac_address").asText()).isEqualTo(mac);
    assertNodeNic(serverId, mac);
  }

  @Test
  @Order(3)
  void rebootStopStartRebuild() throws Exception {
    openstack("server", "reboot", "--wait", "vm1");
    assertThat(status()).isEqualTo("ACTIVE");
    openstack("server", "reboot", "--hard", "--wait", "vm1");
    assertThat(status()).isEqualTo("ACTIVE");
    openstack("server", "stop", "vm1");
    awaitStatus("SHUTOFF");
    openstack("server", "start", "vm1");
    awaitStatus("ACTIVE");
    openstack("server", "rebuild", "--image", EmbeddedDefaults.IMAGE_NAME, "vm1");
    awaitStatus("ACTIVE");
    assertThat(actions()).contains("reboot", "stop", "start", "rebuild");
  }

  @Test
  @Order(4)
  void rescueUnrescue() throws Exception {
    openstack("server", "rescue", "vm1");
    awaitStatus("RESCUE");
    openstack("server", "unrescue", "vm1");
    awaitStatus("ACTIVE");
    assertThat(actions()).contains("rescue", "unrescue");
  }

  @Test
  @Order(5)
  void dumpCreate() throws Exception {
    openstack("--os-compute-api-version", "2.17", "server", "dump", "create", "vm1");
    // Nova's API only casts the NMI: the command exits 0 either way, the outcome is the event's
    JsonNode event =
        await()
            .atMost(WAIT)
            .pollInterval(Duration.ofMillis(200))
            .until(() -> crashDumpEvent().orElse(null), e -> e.hasNonNull("result"));
    assertThat(status()).isEqualTo("ACTIVE");
    Optional<String> unsupported = unsupported(Step.CRASH_DUMP);
    if (unsupported.isPresent()) {
      // the NMI was tried and its refusal recorded, not swallowed; the dump itself cannot happen
      assertThat(event.path("result").asText()).isEqualTo("Error");
      assertThat(event.path("traceback").asText()).isNotBlank();
    } else {
      assertThat(event.path("result").asText()).isEqualTo("Success");
    }
    assumeSupported(Step.CRASH_DUMP);
  }

  private Optional<JsonNode> crashDumpEvent() throws Exception {
    for (JsonNode a :
        api("/v2.1/servers/" + server() + "/os-instance-actions").path("instanceActions")) {
      if (a.path("action").asText().equals("trigger_crash_dump")) {
        JsonNode detail =
            api(
                "/v2.1/servers/"
                    + server()
                    + "/os-instance-actions/"
                    + a.path("request_id").asText());
        for (JsonNode e : detail.at("/instanceAction/events")) {
          if (e.path("event").asText().equals("compute_trigger_crash_dump")) {
            return Optional.of(e);
          }
        }
      }
    }
    return Optional.empty();
  }

  @Test
  @Order(6)
  void serialConsoleUrl() throws Exception {
    assumeSupported(Step.SERIAL_CONSOLE);
    String url =
        openstack("console", "url", "show", "--serial", "vm1", "-f", "json")
            .json()
            .path("url")
            .asText();
    assertThat(url).startsWith("tcp://127.0.0.1:");
  }

  @Test
  @Order(7)
  void consoleLogAndEvents() throws Exception {
    openstack("console", "log", "show", "vm1");
    JsonNode events = openstack("server", "event", "list", "vm1", "-f", "json").json();
    assertThat(events.findValuesAsText("Action")).contains("create", "rescue", "unrescue");
  }

  @Test
  @Order(8)
  void deleteWait() throws Exception {
    openstack("server", "delete", "--wait", "vm1");
    assertThat(api("/v2.1/servers/" + server()).has("itemNotFound")).isTrue();
    assertThat(api("/v2.1/servers/detail").get("servers")).isEmpty();
    assertOnIronic(serverId, false);
    assertThat(portsOf(serverId)).as("the ports of the deleted vm1").isEmpty();
    assertThat(ipTaken(DEFAULT_NETWORK, vm1Ip)).as(vm1Ip + " still allocated").isFalse();
  }

  /** Whether a port on the network named {@code network} holds {@code ip}, through the API. */
  boolean ipTaken(String network, String ip) throws Exception {
    String networkId = api("/network/v2.0/networks?name=" + network).at("/networks/0/id").asText();
    assertThat(networkId).as("network " + network).isNotEmpty();
    return api("/network/v2.0/ports?network_id=" + networkId + "&fixed_ips=ip_address%3D" + ip)
            .path("ports")
            .size()
        > 0;
  }

  @Test
  @Order(9)
  void networkCreateListShow() throws Exception {
    JsonNode shared = openstack("network", "create", "--share", LAB, "-f", "json").json();
    labId = shared.path("id").asText();
    assertThat(shared.path("name").asText()).isEqualTo(LAB);
    assertThat(shared.path("shared").asBoolean()).as(shared.toString()).isTrue();
    JsonNode own = openstack("network", "create", PRIVATE, "-f", "json").json();
    privateId = own.path("id").asText();
    assertThat(own.path("shared").asBoolean()).as(own.toString()).isFalse();

    JsonNode list = openstack("network", "list", "-f", "json").json();
    assertThat(list.findValuesAsText("Name")).contains(DEFAULT_NETWORK, LAB, PRIVATE);
    assertThat(list.findValuesAsText("ID")).contains(labId, privateId);
    JsonNode show = openstack("network", "show", LAB, "-f", "json").json();
    assertThat(show.path("id").asText()).isEqualTo(labId);
    assertThat(show.path("admin_state_up").asText()).isIn("UP", "true");

    JsonNode stored = neutron("network", labId);
    assertThat(stored).as("network " + labId).isNotNull();
    assertThat(stored.path("shared").asBoolean()).isTrue();
    assertThat(stored.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(neutron("network", privateId).path("shared").asBoolean()).isFalse();
  }

  @Test
  @Order(10)
  void subnetCreateListShow() throws Exception {
    assertThat(labId).as("network lab was not created").isNotNull();
    JsonNode created =
        openstack(
                "subnet",
                "create",
                "--network",
                LAB,
                "--subnet-range",
                LAB_CIDR,
                "--allocation-pool",
                "start=" + LAB_POOL_START + ",end=" + LAB_POOL_END,
                "--gateway",
                LAB_GATEWAY,
                "--dns-nameserver",
                LAB_DNS,
                LAB_SUBNET,
                "-f",
                "json")
            .json();
    labSubnetId = created.path("id").asText();
    assertThat(created.path("cidr").asText()).isEqualTo(LAB_CIDR);
    privateSubnetId =
        openstack(
                "subnet",
                "create",
                "--network",
                PRIVATE,
                "--subnet-range",
                PRIVATE_CIDR,
                PRIVATE_SUBNET,
                "-f",
                "json")
            .json()
            .path("id")
            .asText();

    JsonNode list = openstack("subnet", "list", "-f", "json").json();
    assertThat(list.findValuesAsText("Name")).contains(LAB_SUBNET, PRIVATE_SUBNET);
    assertThat(list.findValuesAsText("Subnet")).contains(LAB_CIDR, PRIVATE_CIDR, DEFAULT_CIDR);
    JsonNode show = openstack("subnet", "show", LAB_SUBNET, "-f", "json").json();
    assertThat(show.path("id").asText()).isEqualTo(labSubnetId);
    assertThat(show.path("network_id").asText()).isEqualTo(labId);
    assertThat(show.path("gateway_ip").asText()).isEqualTo(LAB_GATEWAY);

    JsonNode lab = neutron("subnet", labSubnetId);
    assertThat(lab).as("subnet " + labSubnetId).isNotNull();
    assertThat(lab.path("ip_version").asInt()).isEqualTo(4);
    assertThat(lab.path("cidr").asText()).isEqualTo(LAB_CIDR);
    assertThat(lab.path("gateway_ip").asText()).isEqualTo(LAB_GATEWAY);
    assertThat(lab.path("allocation_pools"))
        .hasSize(1)
        .first()
        .satisfies(p -> {
          assertThat(p.path("start").asText()).isEqualTo(LAB_POOL_START);
          assertThat(p.path("end").asText()).isEqualTo(LAB_POOL_END);
        });
    assertThat(lab.path("dns_nameservers").get(0).asText()).isEqualTo(LAB_DNS);
    assertThat(elements(neutron("network", labId).path("subnets"))).containsExactly(labSubnetId);
    // Neutron's defaults: the first address is the gateway, the rest of the range the pool
    JsonNode own = neutron("subnet", privateSubnetId);
    assertThat(own.path("gateway_ip").asText()).isEqualTo("203.0.113.1");
    assertThat(own.at("/allocation_pools/0/start").asText()).isEqualTo("203.0.113.2");
    assertThat(own.at("/allocation_pools/0/end").asText()).isEqualTo("203.0.113.254");
  }

  private static List<String> elements(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(e -> out.add(e.asText()));
    return out;
  }

  @Test
  @Order(11)
  void portCreateListShow() throws Exception {
    assertThat(labSubnetId).as("subnet lab-v4 was not created").isNotNull();
    JsonNode created =
        openstack(
                "port",
                "create",
                "--network",
                LAB,
                "--fixed-ip",
                "subnet=" + LAB_SUBNET + ",ip-address=" + LAB_PORT_IP,
                LAB_PORT,
                "-f",
                "json")
            .json();
    labPortId = created.path("id").asText();
    assertThat(created.at("/fixed_ips/0/ip_address").asText())
        .as(created.toString())
        .isEqualTo(LAB_PORT_IP);

    JsonNode show = openstack("port", "show", LAB_PORT, "-f", "json").json();
    assertThat(show.path("id").asText()).isEqualTo(labPortId);
    assertThat(show.path("network_id").asText()).isEqualTo(labId);
    JsonNode onLab = openstack("port", "list", "--network", LAB, "-f", "json").json();
    assertThat(onLab.findValuesAsText("ID")).containsExactly(labPortId);

    JsonNode port = neutron("port", labPortId);
    assertThat(port).as("port " + labPortId).isNotNull();
    assertThat(port.path("network_id").asText()).isEqualTo(labId);
    assertThat(port.at("/fixed_ips/0/subnet_id").asText()).isEqualTo(labSubnetId);
    assertThat(port.at("/fixed_ips/0/ip_address").asText()).isEqualTo(LAB_PORT_IP);
    assertThat(port.path("device_id").asText()).isEmpty();
  }

  /**
   * Runs several client commands at once, as several users would (it saves the client's five-second
   * {@code --wait} polls, which it does one server after the other), and waits for all.
   *
   * @param commands each command's key → its arguments
   * @return each key's run, in the order given
   */
  private Map<String, Run> concurrently(Map<String, List<String>> commands) throws Exception {
    Map<String, Future<Run>> futures = new LinkedHashMap<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      commands.forEach((key, args) ->
          futures.put(
              key,
              pool.submit(() ->
                  OpenStackCli.run(
                      home, "ferrum", Duration.ofSeconds(180), args.toArray(String[]::new)))));
    }
    Map<String, Run> runs = new LinkedHashMap<>();
    for (Map.Entry<String, Future<Run>> e : futures.entrySet()) {
      runs.put(e.getKey(), e.getValue().get());
    }
    return runs;
  }

  /** {@code openstack ARGS…: exit N STDERR STDOUT}, for failure messages. */
  private static String described(List<String> args, Run r) {
    return "openstack " + String.join(" ", args) + ": exit " + r.exit() + " " + r.err() + r.out();
  }

  /**
   * Runs {@code openstack [PRE…] server create --flavor … --image … ARGS… --wait NAME} for each
   * entry at once and checks that each exits 0 with an ACTIVE server; those created are recorded in
   * {@link #servers} even when another fails.
   *
   * @param pre the client's global options (a microversion), or none
   * @param nics each server's name → its network options
   */
  private void createServers(List<String> pre, Map<String, List<String>> nics) throws Exception {
    Map<String, List<String>> commands = new LinkedHashMap<>();
    nics.forEach((name, args) -> {
      List<String> cmd = new ArrayList<>(pre);
      cmd.addAll(
          List.of(
              "server",
              "create",
              "--flavor",
              EmbeddedDefaults.FLAVOR,
              "--image",
              EmbeddedDefaults.IMAGE_NAME));
      cmd.addAll(args);
      cmd.addAll(List.of("--wait", name, "-f", "json"));
      commands.put(name, cmd);
    });
    List<String> failed = new ArrayList<>();
    for (Map.Entry<String, Run> e : concurrently(commands).entrySet()) {
      Run r = e.getValue();
      if (r.exit() == 0 && r.json().path("status").asText().equals("ACTIVE")) {
        servers.put(e.getKey(), r.json().path("id").asText());
      } else {
        failed.add(described(commands.get(e.getKey()), r));
      }
    }
    assertThat(failed).as("server creates that failed").isEmpty();
  }

  /**
   * Runs {@code openstack server delete --wait NAME} for each name at once and checks that each
   * exits 0; the servers are taken out of {@link #servers}.
   *
   * @return the deleted servers' ids, by name
   */
  private Map<String, String> deleteServers(List<String> names) throws Exception {
    Map<String, List<String>> commands = new LinkedHashMap<>();
    names.forEach(n -> commands.put(n, List.of("server", "delete", "--wait", n)));
    List<String> failed = new ArrayList<>();
    Map<String, String> deleted = new LinkedHashMap<>();
    for (Map.Entry<String, Run> e : concurrently(commands).entrySet()) {
      if (e.getValue().exit() == 0) {
        deleted.put(e.getKey(), servers.remove(e.getKey()));
      } else {
        failed.add(described(commands.get(e.getKey()), e.getValue()));
      }
    }
    assertThat(failed).as("server deletes that failed").isEmpty();
    return deleted;
  }

  private String serverOf(String name) {
    String id = servers.get(name);
    assertThat(id).as(name + " was not created").isNotNull();
    return id;
  }

  /**
   * Checks one server's NIC both ways: {@code server show} lists {@code ip} (or an address with
   * {@code prefix}) on {@code network}, {@code port list --server} its one port with the node NIC's
   * MAC, the same as in {@code addresses}.
   *
   * @return the address
   */
  private String assertOneNic(String name, String network, String prefix) throws Exception {
    String id = serverOf(name);
    JsonNode show = openstack("server", "show", name, "-f", "json").json();
    JsonNode shown = show.path("addresses");
    assertThat(shown.size()).as(name + " addresses " + shown).isEqualTo(1);
    assertThat(shown.path(network)).as(name + " addresses " + shown).hasSize(1);
    String ip = shown.path(network).get(0).asText();
    assertThat(ip).as(name + " address").startsWith(prefix);

    JsonNode address = addresses(id).path(network).get(0);
    assertThat(address.path("addr").asText()).isEqualTo(ip);
    String mac = address.path("OS-EXT-IPS-MAC:mac_addr").asText();
    assertThat(mac).as(name + " MAC").matches("([0-9a-f]{2}:){5}[0-9a-f]{2}");
    JsonNode ports = openstack("port", "list", "--server", name, "-f", "json").json();
    assertThat(ports).as("port list --server " + name).hasSize(1);
    assertThat(ports.get(0).path("MAC Address").asText()).isEqualTo(mac);
    assertThat(ports.get(0).path("Fixed IP Addresses").toString()).contains(ip);
    JsonNode port = neutron("port", ports.get(0).path("ID").asText());
    assertThat(port.path("device_id").asText()).isEqualTo(id);
    assertThat(port.path("device_owner").asText()).isEqualTo("compute:nova");
    assertThat(port.path("status").asText()).isEqualTo("ACTIVE");
    assertNodeNic(id, mac);
    return ip;
  }

  @Test
  @Order(12)
  void serverCreateNetworkNicNetIdFixedIpNicPortId() throws Exception {
    assertThat(privateSubnetId).as("subnet lab-private-v4 was not created").isNotNull();
    assertThat(labPortId).as("port lab-port was not created").isNotNull();
    Map<String, List<String>> nics = new LinkedHashMap<>();
    nics.put(VM_NETWORK, List.of("--network", PRIVATE));
    nics.put(VM_FIXED, List.of("--nic", "net-id=" + LAB + ",v4-fixed-ip=" + FIXED_IP));
    nics.put(VM_PORT, List.of("--nic", "port-id=" + LAB_PORT));
    createServers(List.of(), nics);
  }

  @Test
  @Order(13)
  void serverOnNetworkHasAnAddressFromThePool() throws Exception {
    assertOneNic(VM_NETWORK, PRIVATE, "203.0.113.");
  }

  @Test
  @Order(14)
  void serverWithFixedIpHasIt() throws Exception {
    assertThat(assertOneNic(VM_FIXED, LAB, FIXED_IP)).isEqualTo(FIXED_IP);
  }

  @Test
  @Order(15)
  void serverOnPortHasThePortsAddress() throws Exception {
    assertThat(assertOneNic(VM_PORT, LAB, LAB_PORT_IP)).isEqualTo(LAB_PORT_IP);
    assertThat(neutron("port", labPortId).path("device_id").asText())
        .as("the given port is the server's")
        .isEqualTo(serverOf(VM_PORT));
  }

  @Test
  @Order(16)
  void serverDeleteReleasesAddresses() throws Exception {
    List<String> names = new ArrayList<>(List.of(VM_NETWORK, VM_FIXED, VM_PORT));
    names.removeIf(n -> !servers.containsKey(n));
    assertThat(names).as("no networking server was created").isNotEmpty();
    Map<String, String> deleted = deleteServers(names);
    for (String name : names) {
      String id = deleted.get(name);
      assertThat(api("/v2.1/servers/" + id).has("itemNotFound")).as(name).isTrue();
      assertOnIronic(id, false);
      if (!name.equals(VM_PORT)) {
        assertThat(portsOf(id)).as("the ports of the deleted " + name).isEmpty();
      }
    }
    assertThat(api("/network/v2.0/ports?network_id=" + privateId).path("ports")).isEmpty();
    assertThat(ipTaken(LAB, FIXED_IP)).as(FIXED_IP + " still allocated").isFalse();
    // the port given with --nic port-id is the user's: unbound, kept with its address
    JsonNode given = neutron("port", labPortId);
    assertThat(given).as("port lab-port after its server was deleted").isNotNull();
    assertThat(given.path("device_id").asText()).isEmpty();
    assertThat(given.path("device_owner").asText()).isEmpty();
    assertThat(given.at("/fixed_ips/0/ip_address").asText()).isEqualTo(LAB_PORT_IP);
    // and the fixed IP asked for is free: a port can take it again
    JsonNode again =
        openstack(
                "port",
                "create",
                "--network",
                LAB,
                "--fixed-ip",
                "ip-address=" + FIXED_IP,
                "lab-port-again",
                "-f",
                "json")
            .json();
    assertThat(again.at("/fixed_ips/0/ip_address").asText()).isEqualTo(FIXED_IP);
    openstack("port", "delete", "lab-port-again");
  }

  @Test
  @Order(17)
  void serverCreateNicNoneAndAuto() throws Exception {
    Map<String, List<String>> nics = new LinkedHashMap<>();
    nics.put(VM_NONE, List.of("--nic", "none"));
    nics.put(VM_AUTO, List.of("--nic", "auto"));
    createServers(List.of("--os-compute-api-version", "2.37"), nics);
    String none = serverOf(VM_NONE);
    assertThat(addresses(none).size()).as(VM_NONE + " addresses").isZero();
    assertThat(portsOf(none)).as(VM_NONE + " ports").isEmpty();
    assertThat(openstack("port", "list", "--server", VM_NONE, "-f", "json").json()).isEmpty();
    String ip = assertOneNic(VM_AUTO, DEFAULT_NETWORK, DEFAULT_PREFIX);

    String auto = deleteServers(List.of(VM_NONE, VM_AUTO)).get(VM_AUTO);
    assertOnIronic(auto, false);
    assertThat(portsOf(auto)).as("the ports of the deleted " + VM_AUTO).isEmpty();
    assertThat(ipTaken(DEFAULT_NETWORK, ip)).as(ip + " still allocated").isFalse();
  }

  @Test
  @Order(18)
  void portSubnetNetworkDelete() throws Exception {
    assertThat(servers).as("servers left by earlier steps").isEmpty();
    assertThat(labPortId).as("port lab-port was not created").isNotNull();
    openstack("port", "delete", LAB_PORT);
    assertThat(neutron("port", labPortId)).as("port " + labPortId).isNull();
    openstack("subnet", "delete", LAB_SUBNET, PRIVATE_SUBNET);
    assertThat(neutron("subnet", labSubnetId)).as("subnet " + labSubnetId).isNull();
    assertThat(neutron("subnet", privateSubnetId)).as("subnet " + privateSubnetId).isNull();
    openstack("network", "delete", LAB, PRIVATE);
    assertThat(neutron("network", labId)).as("network " + labId).isNull();
    assertThat(neutron("network", privateId)).as("network " + privateId).isNull();
    assertThat(openstack("network", "list", "-f", "json").json().findValuesAsText("Name"))
        .containsExactly(DEFAULT_NETWORK);
  }
}
