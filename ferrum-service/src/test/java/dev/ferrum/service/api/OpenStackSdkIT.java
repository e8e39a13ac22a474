package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferrum.service.EmbeddedDefaults;
import dev.ferrum.service.ServeMain;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Debian's python3-openstacksdk, cloud layer, as Ansible's {@code openstack.cloud.server} module
 * uses it, against {@code ferrum serve} on its embedded defaults with the printed {@code
 * clouds.yaml}: {@code create_server(name, image, flavor, wait=True)} must give an ACTIVE server
 * with an address (the SDK deletes a server that reaches ACTIVE without one) that still exists
 * afterwards, and {@code delete_server(name, wait=True)} must free that address again. The SDK
 * calls are the script {@code openstacksdk/cloud_layer_server.py}, run with {@code
 * /usr/bin/python3}; it prints what it saw as JSON and this class asserts on it. Skipped when
 * python3-openstacksdk is not installed, unless {@code CI=true}: then it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenStackSdkIT {
  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(5);
  private static final String CLOUD = "ferrum";
  private static final String DEFAULT_NETWORK = EmbeddedDefaults.NETWORK;
  private static final String DEFAULT_PREFIX = "192.0.2.";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ServeMain serve;
  private Path home;
  private String token;

  @BeforeAll
  void start() throws Exception {
    String missing = sdkMissing();
    if (missing != null) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true but " + missing + ": the openstacksdk IT must run in CI");
      }
      assumeTrue(false, missing + " (Debian python3-openstacksdk)");
    }
    home = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "sdk-");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    serve =
        ServeMain.start(
            List.of("--data-dir", home.resolve("data").toString(), "--port", "0"),
            new PrintStream(printed, true, StandardCharsets.UTF_8));
    token = serve.adminToken().orElseThrow();
    String banner = printed.toString(StandardCharsets.UTF_8);
    assertThat(banner).contains("clouds:", "network_endpoint_override:");
    Files.writeString(home.resolve("clouds.yaml"), banner.substring(banner.indexOf("clouds:")));
  }

  @AfterAll
  void stop() {
    if (serve != null) {
      serve.close();
    }
  }

  /** Why the SDK cannot be run here, or {@code null} when it can. */
  private static String sdkMissing() throws IOException, InterruptedException {
    if (!Files.isExecutable(PYTHON)) {
      return PYTHON + " is not installed";
    }
    Process p =
        new ProcessBuilder(PYTHON.toString(), "-c", "import openstack.connection")
            .redirectErrorStream(true)
            .start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return "'import openstack' did not finish within 60 s";
    }
    return p.exitValue() == 0 ? null : "python3 cannot import openstack";
  }

  @Test
  void cloudLayerCreateServerWaitKeepsTheServerAndDeleteFreesItsAddress() throws Exception {
    Script run =
        runScript(
            "cloud_layer_server.py",
            CLOUD,
            "sdk-vm1",
            EmbeddedDefaults.IMAGE_NAME,
            EmbeddedDefaults.FLAVOR);
    String seen = "exit " + run.exit() + ", stdout:\n" + run.out() + "\nstderr:\n" + run.err();
    assertThat(run.exit()).as(seen).isZero();
    JsonNode out = MAPPER.readTree(run.out());

    JsonNode created = out.path("created");
    assertThat(created.path("status").asText()).as(seen).isEqualTo("ACTIVE");
    JsonNode onDefault = created.at("/addresses/" + DEFAULT_NETWORK);
    assertThat(onDefault).as(seen).hasSize(1);
    String ip = onDefault.get(0).path("addr").asText();
    String mac = onDefault.get(0).path("OS-EXT-IPS-MAC:mac_addr").asText();
    assertThat(ip).as(seen).startsWith(DEFAULT_PREFIX);
    assertThat(onDefault.get(0).path("version").asInt()).isEqualTo(4);
    assertThat(onDefault.get(0).path("OS-EXT-IPS:type").asText()).isEqualTo("fixed");
    assertThat(out.path("exists_after_create").asBoolean()).as(seen).isTrue();
    assertThat(out.path("status_after_create").asText()).as(seen).isEqualTo("ACTIVE");

    JsonNode ports = out.path("ports_before_delete");
    assertThat(ports).as(seen).hasSize(1);
    assertThat(ports.get(0).path("mac_address").asText()).as(seen).isNotBlank().isEqualTo(mac);
    assertThat(ports.get(0).at("/fixed_ips/0/ip_address").asText()).as(seen).isEqualTo(ip);

    assertThat(out.path("deleted").asBoolean()).as(seen).isTrue();
    assertThat(out.path("exists_after_delete").asBoolean()).as(seen).isFalse();
    assertThat(out.path("ports_after_delete")).as(seen).isEmpty();
    assertThat(out.path("ports_with_released_ip")).as(seen).isEmpty();
    assertThat(out.path("reused")).as(seen).hasSize(1);
    assertThat(out.at("/reused/0/0").asText()).as(seen).isEqualTo(ip);

    // and through the API: no server left, no port with the address
    assertThat(api("/v2.1/servers/detail").path("servers")).isEmpty();
    assertThat(api("/network/v2.0/ports").findValuesAsText("ip_address")).doesNotContain(ip);
  }

  private JsonNode api(String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(serve.baseUri() + path))
                .header("X-Auth-Token", token)
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("GET " + path + ": " + r.body()).isEqualTo(200);
    return MAPPER.readTree(r.body());
  }

  private record Script(int exit, String out, String err) {}

  /**
   * Runs {@code /usr/bin/python3 openstacksdk/NAME ARGS…} with only {@code home/clouds.yaml} (every
   * {@code OS_*} variable removed), killed after {@link #SCRIPT_TIMEOUT}.
   */
  private Script runScript(String name, String... args)
      throws IOException, InterruptedException, URISyntaxException {
    Path script = Path.of(getClass().getResource("/openstacksdk/" + name).toURI());
    List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), script.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("OS_") || k.startsWith("PYTHON"));
    env.put("HOME", home.toString());
    env.put("OS_CLIENT_CONFIG_FILE", home.resolve("clouds.yaml").toString());
    Path out = home.resolve(name + ".out");
    Path err = home.resolve(name + ".err");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(SCRIPT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(
          name
              + " did not end within "
              + SCRIPT_TIMEOUT
              + "; stdout so far:\n"
              + Files.readString(out, StandardCharsets.UTF_8)
              + "\nstderr:\n"
              + Files.readString(err, StandardCharsets.UTF_8));
    }
    return new Script(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
