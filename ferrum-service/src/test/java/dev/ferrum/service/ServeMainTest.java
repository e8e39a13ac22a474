package dev.ferrum.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.simulator.IronicSimulator;
import dev.ferrum.service.api.ApiSettings;
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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeMainTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  private static int get(URI base, String path, String token) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
    if (token != null) {
      b.header("X-Auth-Token", token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void embeddedDefaultsGenerateAndKeepTheAdminTokenAndPrintClouds() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String token;
    try (ServeMain serve =
        ServeMain.start(
            List.of("--data-dir", dir.toString(), "--port", "0", "--bind", "127.0.0.1"),
            new PrintStream(out, true, StandardCharsets.UTF_8))) {
      token = serve.adminToken().orElseThrow();
      String printed = out.toString(StandardCharsets.UTF_8);
      assertThat(printed)
          .contains("Admin token: " + token)
          .contains("auth_type: admin_token")
          .contains("endpoint: " + serve.baseUri() + "/v2.1")
          .contains("image_endpoint_override: " + serve.baseUri() + "/image");
      assertThat(get(serve.baseUri(), "/v2.1/flavors/baremetal-large", token)).isEqualTo(200);
      assertThat(get(serve.baseUri(), "/v2.1/os-hypervisors", token)).isEqualTo(200);
      assertThat(get(serve.baseUri(), "/v2.1/servers", null)).isEqualTo(401);
      assertThat(serve.service().compute()).isPresent();
      assertThat(serve.service().compute().get().hypervisors()).hasSize(EmbeddedDefaults.NODES);
    }
    assertThat(Files.readString(dir.resolve("admin-token")).strip()).isEqualTo(token);
    try (ServeMain again =
        ServeMain.start(
            List.of("--data-dir", dir.toString(), "--port", "0"),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      assertThat(again.adminToken()).contains(token);
      assertThat(again.service().database().flavors().list()).hasSize(2);
      assertThat(again.service().database().images().list()).hasSize(1);
    }
  }

  @Test
  void theEnvironmentWinsOverTheFileAndTheCommandLineOverTheEnvironment() throws Exception {
    Path file = dir.resolve("ferrum.yaml");
    Files.writeString(
        file, "port: 1\nbind: 127.0.0.1\ndata_dir: " + dir.resolve("from-file") + "\n");
    Path envData = dir.resolve("from-env");
    var sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Map<String, String> env =
        Map.of(
            "FERRUM_CONFIG",
            file.toString(),
            "FERRUM_PORT",
            "0",
            "FERRUM_DATA_DIR",
            envData.toString());
    try (ServeMain serve = ServeMain.start(List.of(), env, sink)) {
      assertThat(serve.baseUri().getPort()).isNotIn(0, 1);
      assertThat(envData.resolve("admin-token")).exists();
      assertThat(dir.resolve("from-file")).doesNotExist();
    }
    assertThatThrownBy(
            () -> ServeMain.start(List.of(), Map.of("FERRUM_DATABASE_PASSWORD", "pw"), sink))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("no database url")
        .hasMessageNotContaining("pw");
    assertThatThrownBy(() -> ServeMain.start(List.of(), Map.of("FERRUM_PORT", "x"), sink))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("FERRUM_PORT");
    assertThatThrownBy(() ->
            ServeMain.start(
                List.of("--data-dir", envData.toString(), "--port", "0"),
                Map.of(
                    "FERRUM_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/ferrum",
                    "FERRUM_DATABASE_USER", "ferrum",
                    "FERRUM_DATABASE_PASSWORD", "never-logged"),
                sink))
        .isInstanceOf(FerrumServiceException.class)
        .hasMessageNotContaining("never-logged");
  }

  @Test
  void aConfigFileNamesIronicCredentialsAndIntervals() throws Exception {
    try (IronicSimulator sim = EmbeddedDefaults.startSimulator()) {
      Path file = dir.resolve("ferrum.yaml");
      Files.writeString(
          file,
          """
          bind: 127.0.0.1
          port: 0
          service_host: cfg-host
          ironic: {endpoint: "%s", auth_type: none}
          ironic_options: {api_retry_interval: 0.05, api_max_retries: 5}
          tokens: [{token: cfg-token, user: root, project: ops, role: admin}]
          users: [{username: alice, password: pw, project: p1}]
          compute: {max_build_attempts: 2, node_refresh_interval: 30, heartbeat_interval: 5}
          """
              .formatted(sim.baseUri()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ServeMain serve =
          ServeMain.start(
              List.of("--config", file.toString(), "--data-dir", dir.resolve("d").toString()),
              new PrintStream(out, true, StandardCharsets.UTF_8))) {
        assertThat(serve.adminToken()).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Admin token");
        assertThat(get(serve.baseUri(), "/v2.1/os-hypervisors", "cfg-token")).isEqualTo(200);
        assertThat(serve.service().compute().orElseThrow().host()).isEqualTo("cfg-host");
        assertThat(serve.service().compute().orElseThrow().hypervisors())
            .hasSize(EmbeddedDefaults.NODES);
        assertThat(serve.service().database().flavors().list()).isEmpty();
      }
    }
  }

  @Test
  void apiLimitsComeFromTheConfigFileWithDefaultsOtherwise() throws Exception {
    Path file = dir.resolve("api.yaml");
    Files.writeString(
        file,
        """
        api: {request_header_timeout: 2.5, max_connections_per_client: 16,
              keypair_generation_concurrency: 3, keypair_generation_wait: 0}
        public_endpoint: https://cloud.example:8774/
        """);
    ServiceConfig.Builder b = ServiceConfig.builder().authNone(true);
    ServeConfigFile.read(file).applyTo(b, dir);
    ApiSettings api = b.build().api();
    assertThat(api.requestHeaderTimeout()).isEqualTo(Duration.ofMillis(2500));
    assertThat(api.maxConnectionsPerClient()).isEqualTo(16);
    assertThat(api.keyPairGenerationConcurrency()).isEqualTo(3);
    assertThat(api.keyPairGenerationWait()).isEqualTo(Duration.ZERO);
    assertThat(api.publicEndpoint()).isEqualTo(URI.create("https://cloud.example:8774"));

    ApiSettings defaults = ServiceConfig.builder().authNone(true).build().api();
    assertThat(defaults.requestHeaderTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(defaults.maxConnectionsPerClient()).isEqualTo(256);
    assertThat(defaults.keyPairGenerationConcurrency()).isEqualTo(2);
    assertThat(defaults.keyPairGenerationWait()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.publicEndpoint()).isNull();
    Files.writeString(file, "public_endpoint: https://cloud.example\n");
    ServiceConfig.Builder onlyEndpoint = ServiceConfig.builder().authNone(true);
    ServeConfigFile.read(file).applyTo(onlyEndpoint, dir);
    assertThat(onlyEndpoint.build().api().publicEndpoint())
        .isEqualTo(URI.create("https://cloud.example"));
    assertThat(onlyEndpoint.build().api().maxConnectionsPerClient()).isEqualTo(256);
    Files.writeString(file, "public_endpoint: cloud.example:8774\n");
    assertThatThrownBy(() -> ServeConfigFile.read(file).applyTo(ServiceConfig.builder(), dir))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("publicEndpoint");

    Files.writeString(file, "api: {max_connections_per_client: 0}\n");
    assertThatThrownBy(() -> ServeConfigFile.read(file).applyTo(ServiceConfig.builder(), dir))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("maxConnectionsPerClient");
    Files.writeString(file, "api: {header_timeout: 1}\n");
    assertThatThrownBy(() -> ServeConfigFile.read(file).applyTo(ServiceConfig.builder(), dir))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("unknown key 'header_timeout'");
  }

  @Test
  void badOptionsAndUnknownKeysAreRefused() throws Exception {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ServeMain.start(List.of("--frobnicate"), sink))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("--frobnicate");
    assertThatThrownBy(() -> ServeMain.start(List.of("--port"), sink))
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> ServeMain.start(List.of("--port", "x"), sink))
        .isInstanceOf(ConfigurationException.class);
    Path file = dir.resolve("typo.yaml");
    Files.writeString(file, "prot: 8774\n");
    assertThatThrownBy(() -> ServeMain.start(List.of("--config", file.toString()), sink))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("unknown key 'prot'");
    Files.writeString(file, "compute: {max_build_attempts: 0}\n");
    assertThatThrownBy(() -> ServeMain.start(List.of("--config", file.toString()), sink))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("maxBuildAttempts");
    assertThat(ServeMain.start(List.of("--help"), sink)).isNull();
  }
}
