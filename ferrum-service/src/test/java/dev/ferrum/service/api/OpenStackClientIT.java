package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferrum.service.Role;
import dev.ferrum.service.ServiceConfig;
import dev.ferrum.service.TokenCredential;
import dev.ferrum.service.UserCredential;
import dev.ferrum.service.api.OpenStackCli.Run;
import dev.ferrum.service.store.Database;
import dev.ferrum.service.store.Flavor;
import dev.ferrum.service.store.Image;
import dev.ferrum.service.store.ImageVisibility;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs Debian's real {@code openstack} client (python3-openstackclient) against the API with a
 * generated clouds.yaml: the {@code admin_token} and {@code http_basic} profiles of the compat
 * reference. Skipped when {@code /usr/bin/openstack} is not installed.
 */
class OpenStackClientIT {
  private static final String TOKEN = "it-admin-token-5c1e";
  private static final String PUBLIC_KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBFc7Kk0fvfPzFfhdKQdKbyW/8NLRuIPtHufZtvyNBoY alice@example";

  private static Database db;
  private static ApiServer server;
  private static Path home;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(Files.isExecutable(OpenStackCli.OPENSTACK), "/usr/bin/openstack is not installed");
    db = Database.h2InMemory();
    db.flavors()
        .create(
            Flavor.builder("bm.small", "baremetal-small")
                .size(8, 16_384, 100)
                .description("small nodes")
                .extraSpecs(Map.of("resources:CUSTOM_BAREMETAL_SMALL", "1"))
                .build());
    db.flavors()
        .create(Flavor.builder("bm.large", "baremetal-large").size(64, 262_144, 900).build());
    Instant now = Instant.now();
    db.images()
        .create(
            new Image(
                "0a0b0c0d-1111-4222-8333-444455556666",
                "ubuntu-22.04",
                "http://127.0.0.1:9/ubuntu.qcow2",
                null,
                "qcow2",
                "bare",
                1_000_000L,
                ImageVisibility.PUBLIC,
                "active",
                0,
                0,
                Map.of(),
                "admin",
                now,
                now));
    var registered = db.services().register("ferrum-it", "ferrum-compute", 1, now);
    db.services().heartbeat(registered.id(), now);
    ServiceConfig config =
        ServiceConfig.builder()
            .port(0)
            .token(new TokenCredential(TOKEN, "admin", "admin", Role.ADMIN))
            .user(new UserCredential("carol", "carol-it-pass", "p1", Role.MEMBER))
            .build();
    server = ApiServer.start(config, db);
    home = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "osc-home-");
    String base = server.baseUri().toString();
    String clouds =
        """
        clouds:
          bm:
            auth_type: admin_token
            auth:
              token: %s
              endpoint: %s/v2.1
            image_endpoint_override: %s/image
          bm-basic:
            auth_type: http_basic
            auth:
              username: carol
              password: carol-it-pass
              endpoint: %s/v2.1
            image_endpoint_override: %s/image
        """
            .formatted(TOKEN, base, base, base, base);
    Files.writeString(home.resolve("clouds.yaml"), clouds);
    Files.writeString(home.resolve("key.pub"), PUBLIC_KEY + "\n");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (db != null) {
      db.close();
    }
  }

  static Run openstack(String cloud, String... args) throws Exception {
    return OpenStackCli.run(home, cloud, Duration.ofSeconds(90), args);
  }

  @Test
  void flavorList() throws Exception {
    Run r = openstack("bm", "flavor", "list", "-f", "json");

    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode rows = r.json();
    assertThat(rows).hasSize(2);
    assertThat(rows.findValuesAsText("Name"))
        .containsExactlyInAnyOrder("baremetal-small", "baremetal-large");
    assertThat(rows.findValuesAsText("ID")).containsExactlyInAnyOrder("bm.small", "bm.large");
  }

  @Test
  void flavorListLongShowsExtraSpecs() throws Exception {
    Run r = openstack("bm", "flavor", "list", "--long", "-f", "json");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("resources:CUSTOM_BAREMETAL_SMALL");
  }

  @Test
  void flavorShowByName() throws Exception {
    Run r = openstack("bm", "flavor", "show", "baremetal-small", "-f", "json");

    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode f = r.json();
    assertThat(f.path("id").asText()).isEqualTo("bm.small");
    assertThat(f.path("ram").asInt()).isEqualTo(16_384);
    assertThat(f.path("vcpus").asInt()).isEqualTo(8);
    assertThat(f.path("disk").asInt()).isEqualTo(100);
  }

  @Test
  void flavorShowUnknownFailsCleanly() throws Exception {
    Run r = openstack("bm", "flavor", "show", "no-such-flavor");

    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).containsIgnoringCase("no-such-flavor");
  }

  @Test
  void imageList() throws Exception {
    Run r = openstack("bm", "image", "list", "-f", "json");

    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode rows = r.json();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).path("Name").asText()).isEqualTo("ubuntu-22.04");
    assertThat(rows.get(0).path("Status").asText()).isEqualTo("active");
  }

  @Test
  void imageShowByName() throws Exception {
    Run r = openstack("bm", "image", "show", "ubuntu-22.04", "-f", "json");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.json().path("id").asText()).isEqualTo("0a0b0c0d-1111-4222-8333-444455556666");
  }

  @Test
  void keypairCreateWithoutPublicKeyPrintsAUsablePrivateKey() throws Exception {
    Path sshKeygen = Path.of("/usr/bin/ssh-keygen");
    assumeTrue(Files.isExecutable(sshKeygen), "ssh-keygen is not installed");
    Run created = openstack("bm", "keypair", "create", "generated");
    assertThat(created.exit()).as(created.err()).isZero();
    assertThat(created.out()).startsWith("-----BEGIN RSA PRIVATE KEY-----");
    Path key = home.resolve("generated.pem");
    Files.writeString(key, created.out());
    Files.setPosixFilePermissions(
        key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

    Process p = new ProcessBuilder(sshKeygen.toString(), "-y", "-f", key.toString()).start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String derived = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    String stored = db.keyPairs().find("admin", "generated").orElseThrow().publicKey();
    assertThat(p.exitValue()).isZero();
    assertThat(stored).startsWith(derived);
  }

  @Test
  void computeServiceList() throws Exception {
    Run r = openstack("bm", "compute", "service", "list", "-f", "json");

    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode row = r.json().get(0);
    assertThat(row.path("Host").asText()).isEqualTo("ferrum-it");
    assertThat(row.path("Binary").asText()).isEqualTo("ferrum-compute");
    assertThat(row.path("State").asText()).isEqualTo("up");
    assertThat(row.path("Status").asText()).isEqualTo("enabled");
  }

  @Test
  void httpBasicMemberListsFlavors() throws Exception {
    Run r = openstack("bm-basic", "flavor", "list", "-f", "json");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.json()).hasSize(2);
  }

  @Test
  void keypairCreateListDelete() throws Exception {
    Run created =
        openstack("bm", "keypair", "create", "--public-key", "key.pub", "laptop", "-f", "json");
    assertThat(created.exit()).as(created.err()).isZero();
    assertThat(created.json().path("fingerprint").asText())
        .isEqualTo("63:e5:1f:fa:8f:58:22:8f:18:e0:1c:64:ec:bc:84:93");

    Run list = openstack("bm", "keypair", "list", "-f", "json");
    assertThat(list.exit()).as(list.err()).isZero();
    assertThat(list.json().findValuesAsText("Name")).contains("laptop");

    Run deleted = openstack("bm", "keypair", "delete", "laptop");
    assertThat(deleted.exit()).as(deleted.err()).isZero();
    assertThat(db.keyPairs().find("admin", "laptop")).isEmpty();
  }
}
