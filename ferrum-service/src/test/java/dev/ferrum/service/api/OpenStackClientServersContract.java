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
import java.util.List;
import java.util.Optional;
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
 * Skipped when {@code /usr/bin/openstack} is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class OpenStackClientServersContract {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration WAIT = Duration.ofSeconds(60);

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
  }
}
