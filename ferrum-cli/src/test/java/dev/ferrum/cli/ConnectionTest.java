package dev.ferrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ConnectionTest extends CliTestSupport {

  private static final String EMPTY_IMAGES = "{\"images\": []}";

  private FakeNova.Recorded onlyRequest() {
    assertThat(nova.requests()).hasSize(1);
    return nova.requests().getFirst();
  }

  @Test
  void withNoCredentialsNoAuthHeaderIsSent() {
    nova.on("GET /image/v2/images", 200, EMPTY_IMAGES);

    assertThat(run("image", "list").code()).isZero();
    assertThat(onlyRequest().header("X-Auth-Token")).isNull();
    assertThat(onlyRequest().header("Authorization")).isNull();
    assertThat(onlyRequest().header("Accept")).isEqualTo("application/json");
  }

  @Test
  void tokenOptionBeatsTheEnvironment() {
    env.put("FERRUM_TOKEN", "from-env");
    nova.on("GET /image/v2/images", 200, EMPTY_IMAGES);

    assertThat(run("image", "list", "--token", "from-flag").code()).isZero();
    assertThat(onlyRequest().header("X-Auth-Token")).isEqualTo("from-flag");
  }

  @Test
  void globalOptionsMayPrecedeTheCommand() {
    env.remove("FERRUM_URL");
    nova.on("GET /image/v2/images", 200, EMPTY_IMAGES);

    Run r = run("--url", nova.url().toString(), "--token", "t", "image", "list");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(onlyRequest().header("X-Auth-Token")).isEqualTo("t");
  }

  @Test
  void userAndPasswordFromTheEnvironmentUseHttpBasic() {
    env.put("FERRUM_USER", "alice");
    env.put("FERRUM_PASSWORD", "pw");
    nova.on("GET /image/v2/images", 200, EMPTY_IMAGES);

    assertThat(run("image", "list").code()).isZero();
    assertThat(onlyRequest().header("Authorization")).isEqualTo("Basic " + b64("alice:pw"));
  }

  @Test
  void aUserWithoutPasswordIsAConfigurationError() {
    Run r = run("image", "list", "--user", "alice");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("user alice needs a password (--password or FERRUM_PASSWORD)\n");
    assertThat(nova.requests()).isEmpty();
  }

  @Test
  void cloudsYamlAdminTokenWithEndpointOverrides() throws Exception {
    env.remove("FERRUM_URL");
    env.put("OS_CLOUD", "bm");
    Files.writeString(
        dir.resolve("clouds.yaml"),
        """
        clouds:
          bm:
            auth_type: admin_token
            auth:
              token: s3cret
              endpoint: http://127.0.0.1:1/v2.1
            compute_endpoint_override: %s/v2.1
            image_endpoint_override: %s/image
        """
            .formatted(nova.url(), nova.url()));
    nova.on("GET /image/v2/images", 200, EMPTY_IMAGES);
    nova.on("GET /v2.1/os-hypervisors/detail", 200, "{\"hypervisors\": []}");

    assertThat(run("image", "list").code()).isZero();
    assertThat(run("node", "list").code()).isZero();

    assertThat(nova.targets())
        .containsExactly("GET /image/v2/images", "GET /v2.1/os-hypervisors/detail");
    assertThat(nova.requests())
        .allSatisfy(q -> assertThat(q.header("X-Auth-Token")).isEqualTo("s3cret"));
  }

  @Test
  void cloudsYamlHttpBasicFromTheHomeDirectoryWithImagesUnderCompute() throws Exception {
    Path conf = dir.resolve("home/.config/openstack");
    Files.createDirectories(conf);
    Files.writeString(
        conf.resolve("clouds.yaml"),
        """
        clouds:
          bm-basic:
            auth_type: http_basic
            auth: {username: admin, password: secret, endpoint: %s/v2.1}
        """
            .formatted(nova.url()));
    nova.on("GET /v2.1/images", 200, EMPTY_IMAGES);

    Run r = run("image", "list", "--os-cloud", "bm-basic");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(onlyRequest().header("Authorization")).isEqualTo("Basic " + b64("admin:secret"));
  }

  @Test
  void anUnsupportedAuthTypeIsReportedWithoutSecrets() throws Exception {
    Files.writeString(
        dir.resolve("clouds.yaml"),
        """
        clouds:
          ks:
            auth_type: password
            auth: {auth_url: "http://127.0.0.1:5000/v3", username: u, password: topsecret}
        """);

    Run r = run("server", "list", "--os-cloud", "ks");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "cloud 'ks': auth_type password is not supported by ferrum; use admin_token, http_basic"
                + " or none\n")
        .doesNotContain("topsecret");
  }

  @Test
  void anUnknownCloudNamesTheFileSearched() throws Exception {
    Files.writeString(dir.resolve("clouds.yaml"), "clouds: {}\n");

    Run r = run("server", "list", "--os-cloud", "nope");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo("cloud 'nope' is not defined in " + dir.resolve("clouds.yaml") + "\n");
  }

  @Test
  void brokenYamlDoesNotEchoTheSecretLine() throws Exception {
    Files.writeString(
        dir.resolve("clouds.yaml"), "clouds:\n  bm:\n    auth: {token: hunter2\n  x: [\n");

    Run r = run("server", "list", "--os-cloud", "bm");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("is not valid YAML").doesNotContain("hunter2");
  }

  @Test
  void aRejectedTokenPrintsTheServiceMessageNotTheToken() {
    nova.on(
        "GET /image/v2/images",
        401,
        "{\"unauthorized\": {\"code\": 401, \"message\": \"The request you have made requires"
            + " authentication.\"}}");

    Run r = run("image", "list", "--token", "wrong-token");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith("The request you have made requires authentication. (HTTP 401)")
        .doesNotContain("wrong-token");
  }

  @Test
  void anUnreachableServiceExits1() {
    env.put("FERRUM_URL", "http://127.0.0.1:1");

    Run r = run("server", "list");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("Cannot reach http://127.0.0.1:1: connection refused\n");
  }

  @Test
  void aServiceUrlInTheEnvironmentWinsOverOsCloudButNotOverTheOption() throws Exception {
    env.put("OS_CLOUD", "elsewhere");
    nova.on("GET /image/v2/images", 200, EMPTY_IMAGES);

    assertThat(run("image", "list").code()).isZero();

    Files.writeString(
        dir.resolve("clouds.yaml"),
        """
        clouds:
          elsewhere:
            auth_type: admin_token
            auth: {token: cloud-token, endpoint: "http://127.0.0.1:1/v2.1"}
        """);
    Run r = run("--url", nova.url().toString(), "image", "list", "--os-cloud", "elsewhere");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(nova.requests()).hasSize(2);
    assertThat(nova.requests().get(0).header("X-Auth-Token")).isNull();
    assertThat(nova.requests().get(1).header("X-Auth-Token")).isEqualTo("cloud-token");
  }

  @Test
  void usageErrorsExit2() {
    assertThat(run().code()).isEqualTo(2);
    assertThat(run("server").code()).isEqualTo(2);
    assertThat(run("server", "list", "--bogus").code()).isEqualTo(2);
    Run missing = run("server", "create", "x", "--image", "i");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing required option: '--flavor=FLAVOR'");
    assertThat(
            run("server", "create", "x", "--image", "i", "--flavor", "f", "--wait-timeout", "soon")
                .code())
        .isEqualTo(2);
    assertThat(nova.requests()).isEmpty();
  }

  @Test
  void helpExits0() {
    Run r = run("server", "create", "--help");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--flavor=FLAVOR").contains("--wait-timeout=DURATION");
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
