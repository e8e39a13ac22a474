package dev.ferrum.ironic.client.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferrum.ironic.client.auth.EndpointInterface;
import dev.ferrum.ironic.client.auth.KeystoneFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** clouds.yaml, secure.yaml and OS_* variables, read from temporary directories only. */
class CloudConfigTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path root;
  private Path work;
  private Path home;
  private Path etc;
  private final Map<String, String> env = new HashMap<>();
  private MockWebServer keystone;

  @BeforeEach
  void setUp() throws IOException {
    work = Files.createDirectories(root.resolve("work"));
    home = Files.createDirectories(root.resolve("home"));
    etc = Files.createDirectories(root.resolve("etc/openstack"));
    keystone = KeystoneFixture.start();
  }

  @AfterEach
  void tearDown() {
    keystone.close();
  }

  private CloudConfig load(String cloud) {
    return new CloudConfigLoader(env, work, home, List.of(etc)).load(Optional.ofNullable(cloud));
  }

  private String authUrl() {
    return KeystoneFixture.base(keystone) + "/v3";
  }

  /** Lets Keystone answer once and returns the JSON the auth sent. */
  private JsonNode tokenRequestOf(CloudConfig config) throws Exception {
    Instant now = Instant.now();
    keystone.enqueue(KeystoneFixture.token("tok", now, now.plus(Duration.ofHours(1))));
    assertThat(config.auth().requestHeaders()).containsEntry("X-Auth-Token", "tok");
    RecordedRequest request = keystone.takeRequest(5, TimeUnit.SECONDS);
    return JSON.readTree(request.getBody().utf8());
  }

  private static Path write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path homeClouds(String yaml) {
    return write(home.resolve(".config/openstack/clouds.yaml"), yaml);
  }

  @Test
  void passwordCloudWithSecretFromSecureYaml() throws Exception {
    homeClouds(
        """
        clouds:
          lab:
            region_name: RegionTwo
            auth:
              auth_url: %s
              username: admin
              user_domain_name: Default
              project_name: baremetal
              project_domain_id: default
        """
            .formatted(authUrl()));
    write(
        home.resolve(".config/openstack/secure.yaml"),
        "clouds:\n  lab:\n    auth:\n      password: from-secure\n");
    env.put("OS_CLOUD", "lab");

    CloudConfig config = load(null);

    assertThat(config.cloud()).contains("lab");
    assertThat(config.auth().type()).isEqualTo("password");
    assertThat(config.region()).contains("RegionTwo");
    assertThat(config.endpoint()).isEmpty();
    assertThat(tokenRequestOf(config))
        .isEqualTo(
            JSON.readTree(
                """
                {"auth": {"identity": {"methods": ["password"], "password": {"user":
                  {"name": "admin", "domain": {"name": "Default"}, "password": "from-secure"}}},
                  "scope": {"project": {"name": "baremetal", "domain": {"id": "default"}}}}}
                """));
    // the region reaches the catalog lookup
    assertThat(config.auth().endpoint()).contains(URI.create("http://ironic-two.test:6385"));
    assertThat(config.toString()).doesNotContain("from-secure");
  }

  @Test
  void environmentOverridesFilesAndFilesFollowTheSearchOrder() throws Exception {
    homeClouds("clouds:\n  lab:\n    auth_type: none\n    endpoint: http://home:6385\n");
    write(
        work.resolve("clouds.yaml"),
        """
        clouds:
          lab:
            auth_type: password
            region-name: RegionOne
            interface: public
            auth:
              auth_url: %s
              user_id: u-1
              password: from-file
              project_id: p-1
        """
            .formatted(authUrl()));
    write(work.resolve("secure.yaml"), "clouds:\n  lab:\n    auth:\n      password: from-secure\n");
    env.put("OS_PASSWORD", "from-env");
    env.put("OS_INTERFACE", "internal");

    CloudConfig config = load("lab");

    assertThat(config.endpointInterface()).isEqualTo(EndpointInterface.INTERNAL);
    assertThat(config.region()).contains("RegionOne");
    assertThat(tokenRequestOf(config).at("/auth/identity/password/user"))
        .isEqualTo(JSON.readTree("{\"id\": \"u-1\", \"password\": \"from-env\"}"));
    assertThat(config.auth().endpoint()).contains(URI.create("http://ironic-internal.test:6385"));

    // OS_CLIENT_CONFIG_FILE beats the working directory
    Path explicit =
        write(root.resolve("elsewhere.yaml"), "clouds:\n  lab:\n    endpoint: http://x:1/v1\n");
    env.put("OS_CLIENT_CONFIG_FILE", explicit.toString());
    env.remove("OS_PASSWORD");
    CloudConfig fromExplicit = load("lab");
    assertThat(fromExplicit.auth().type()).isEqualTo("none");
    assertThat(fromExplicit.endpoint()).contains(URI.create("http://x:1"));
  }

  @Test
  void explicitNameBeatsOsCloudAndSystemDirectoryIsSearchedLast() {
    write(
        etc.resolve("clouds.yml"),
        """
        clouds:
          a: {auth_type: none, endpoint: "http://a:6385"}
          b: {auth_type: none, endpoint: "http://b:6385"}
        """);
    env.put("OS_CLOUD", "a");

    assertThat(load("b").endpoint()).contains(URI.create("http://b:6385"));
    assertThat(load(null).endpoint()).contains(URI.create("http://a:6385"));
  }

  @Test
  void unknownCloudListsKnownCloudsAndSearchedFiles() {
    Path file =
        homeClouds(
            """
            clouds:
              zeta: {auth_type: none, endpoint: "http://z"}
              alpha: {auth_type: none, endpoint: "http://a"}
            """);

    assertThatThrownBy(() -> load("prod"))
        .isInstanceOfSatisfying(
            UnknownCloudException.class,
            e -> {
              assertThat(e.cloud()).isEqualTo("prod");
              assertThat(e.knownClouds()).containsExactly("alpha", "zeta");
            })
        .hasMessageContaining("cloud 'prod' not found")
        .hasMessageContaining("[alpha, zeta]")
        .hasMessageContaining(file.toString())
        .hasMessageContaining(work.resolve("clouds.yaml").toString());
  }

  @Test
  void unknownCloudWithoutAnyFile() {
    assertThatThrownBy(() -> load("prod"))
        .isInstanceOf(UnknownCloudException.class)
        .hasMessageContaining("no clouds.yaml was found")
        .hasMessageContaining(etc.resolve("clouds.yaml").toString());
  }

  @Test
  void nothingConfiguredSaysWhatToSet() {
    homeClouds("clouds:\n  lab: {auth_type: none, endpoint: 'http://l'}\n");
    assertThatThrownBy(() -> load(null))
        .isInstanceOf(CloudConfigException.class)
        .hasMessageContaining("set OS_CLOUD to one of [lab]")
        .hasMessageContaining("OS_AUTH_URL");
  }

  @Test
  void applicationCredentialFromVariablesOnly() throws Exception {
    env.put("OS_AUTH_TYPE", "v3applicationcredential");
    env.put("OS_AUTH_URL", authUrl());
    env.put("OS_APPLICATION_CREDENTIAL_ID", "ac-1");
    env.put("OS_APPLICATION_CREDENTIAL_SECRET", "ac-secret");
    env.put("OS_REGION_NAME", "RegionOne");
    env.put("OS_BAREMETAL_ENDPOINT_OVERRIDE", "https://ironic.test:6385/");

    CloudConfig config = load(null);

    assertThat(config.cloud()).isEmpty();
    assertThat(config.endpoint()).contains(URI.create("https://ironic.test:6385"));
    assertThat(tokenRequestOf(config).at("/auth/identity"))
        .isEqualTo(
            JSON.readTree(
                """
                {"methods": ["application_credential"],
                 "application_credential": {"id": "ac-1", "secret": "ac-secret"}}
                """));
    assertThat(config.toString()).doesNotContain("ac-secret");
  }

  @Test
  void applicationCredentialByNameNeedsItsUser() throws Exception {
    env.put("OS_AUTH_TYPE", "v3applicationcredential");
    env.put("OS_AUTH_URL", authUrl());
    env.put("OS_APPLICATION_CREDENTIAL_NAME", "ferrum");
    env.put("OS_APPLICATION_CREDENTIAL_SECRET", "s");
    env.put("OS_USERNAME", "svc");
    env.put("OS_DEFAULT_DOMAIN_ID", "default");

    assertThat(tokenRequestOf(load(null)).at("/auth/identity/application_credential"))
        .isEqualTo(
            JSON.readTree(
                """
                {"name": "ferrum", "secret": "s", "user": {"name": "svc", "domain": {"id": "default"}}}
                """));

    env.remove("OS_APPLICATION_CREDENTIAL_NAME");
    assertThatThrownBy(() -> load(null))
        .isInstanceOfSatisfying(
            MissingConfigKeyException.class,
            e -> assertThat(e.key()).isEqualTo("auth.application_credential_id"))
        .hasMessageContaining("OS_APPLICATION_CREDENTIAL_NAME");
  }

  @Test
  void domainScopeAndUnscopedPasswords() throws Exception {
    env.put("OS_AUTH_URL", authUrl());
    env.put("OS_USER_ID", "u-1");
    env.put("OS_PASSWORD", "pw");
    env.put("OS_DEFAULT_DOMAIN_NAME", "Default");
    assertThat(tokenRequestOf(load(null)).at("/auth").has("scope")).isFalse();

    env.put("OS_DOMAIN_NAME", "Default");
    assertThat(tokenRequestOf(load(null)).at("/auth/scope"))
        .isEqualTo(JSON.readTree("{\"domain\": {\"name\": \"Default\"}}"));
  }

  @Test
  void missingKeysAreNamedWithTheirVariables() {
    env.put("OS_AUTH_URL", authUrl());
    assertThatThrownBy(() -> load(null))
        .isInstanceOfSatisfying(
            MissingConfigKeyException.class, e -> assertThat(e.key()).isEqualTo("auth.password"))
        .hasMessageContaining("the OS_* environment: auth_type password needs auth.password")
        .hasMessageContaining("(OS_PASSWORD)");

    env.put("OS_PASSWORD", "pw");
    assertThatThrownBy(() -> load(null))
        .hasMessageContaining("auth.username (OS_USERNAME) or auth.user_id (OS_USER_ID)");

    env.put("OS_USERNAME", "admin");
    assertThatThrownBy(() -> load(null)).hasMessageContaining("auth.user_domain_name");

    env.put("OS_USER_DOMAIN_ID", "default");
    env.put("OS_PROJECT_NAME", "demo");
    assertThatThrownBy(() -> load(null)).hasMessageContaining("auth.project_domain_name");

    env.put("OS_PROJECT_DOMAIN_NAME", "Default");
    assertThat(load(null).auth().type()).isEqualTo("password");

    env.clear();
    env.put("OS_AUTH_TYPE", "v3applicationcredential");
    env.put("OS_AUTH_URL", authUrl());
    assertThatThrownBy(() -> load(null)).hasMessageContaining("auth.application_credential_secret");
  }

  @Test
  void httpBasicAndNoneNeedAnEndpoint() {
    homeClouds(
        """
        clouds:
          basic:
            auth_type: http_basic
            auth: {username: ironic, password: hunter2, endpoint: "http://ironic:6385/v1/"}
          basic-no-endpoint:
            auth_type: http_basic
            auth: {username: ironic, password: hunter2}
          none-no-endpoint:
            auth_type: none
        """);

    CloudConfig basic = load("basic");
    assertThat(basic.endpoint()).contains(URI.create("http://ironic:6385"));
    assertThat(basic.auth().requestHeaders())
        .containsEntry("Authorization", "Basic aXJvbmljOmh1bnRlcjI=");
    assertThat(basic.toString()).doesNotContain("hunter2");
    assertThatThrownBy(() -> load("basic-no-endpoint"))
        .isInstanceOf(MissingConfigKeyException.class)
        .hasMessageContaining("cloud 'basic-no-endpoint'")
        .hasMessageContaining("auth.endpoint (OS_ENDPOINT) or baremetal_endpoint_override");
    assertThatThrownBy(() -> load("none-no-endpoint"))
        .isInstanceOf(MissingConfigKeyException.class);
  }

  @Test
  void endpointAloneMeansNoAuth() {
    env.put("OS_ENDPOINT", "http://127.0.0.1:6385");
    CloudConfig config = load(null);
    assertThat(config.auth().type()).isEqualTo("none");
    assertThat(config.endpoint()).contains(URI.create("http://127.0.0.1:6385"));
    assertThat(config.endpointInterface()).isEqualTo(EndpointInterface.PUBLIC);
  }

  @Test
  void badValuesAreReported() {
    homeClouds(
        """
        clouds:
          kerberos: {auth_type: v3kerberos, auth: {auth_url: "http://k"}}
          ftp: {auth_type: none, endpoint: "ftp://files"}
          iface: {auth_type: none, endpoint: "http://i", interface: private}
          verify: {auth_type: none, endpoint: "http://i", verify: maybe}
          keyonly: {auth_type: none, endpoint: "http://i", key: k.pem}
          spaces: {auth_type: none, endpoint: "http://i i"}
        """);

    assertThatThrownBy(() -> load("kerberos"))
        .isInstanceOf(CloudConfigException.class)
        .hasMessageContaining("auth_type 'v3kerberos' is not supported")
        .hasMessageContaining("v3applicationcredential");
    assertThatThrownBy(() -> load("ftp")).hasMessageContaining("not an http(s) URL");
    assertThatThrownBy(() -> load("iface")).hasMessageContaining("unknown endpoint interface");
    assertThatThrownBy(() -> load("verify")).hasMessageContaining("must be true or false");
    assertThatThrownBy(() -> load("keyonly")).hasMessageContaining("without 'cert'");
    assertThatThrownBy(() -> load("spaces")).hasMessageContaining("is not a URL");
  }

  @Test
  void tlsSettingsResolvePathsAndAreCheckedAtLoad() {
    HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).build();
    HeldCertificate client = new HeldCertificate.Builder().signedBy(ca).build();
    write(work.resolve("certs/ca.pem"), ca.certificatePem());
    write(home.resolve("client.pem"), client.certificatePem() + client.privateKeyPkcs8Pem());
    Path key = write(root.resolve("abs/key.pem"), client.privateKeyPkcs8Pem());
    homeClouds(
        """
        clouds:
          tls:
            auth_type: none
            endpoint: https://ironic
            cacert: certs/ca.pem
            cert: ~/client.pem
            baremetal_interface: admin
            interface: internal
          missing-ca: {auth_type: none, endpoint: "https://i", cacert: nowhere.pem}
          insecure: {auth_type: none, endpoint: "https://i", verify: false}
          insecure2: {auth_type: none, endpoint: "https://i", insecure: "yes"}
        """);
    env.put("OS_KEY", key.toString());

    CloudConfig tls = load("tls");
    assertThat(tls.tls())
        .isEqualTo(
            new TlsOptions(
                Optional.of(work.resolve("certs/ca.pem")),
                Optional.of(home.resolve("client.pem")),
                Optional.of(key),
                false));
    assertThat(tls.endpointInterface()).isEqualTo(EndpointInterface.ADMIN);
    env.clear();
    assertThat(load("tls").tls().clientKey()).contains(home.resolve("client.pem"));
    assertThat(load("insecure").tls().insecure()).isTrue();
    assertThat(load("insecure2").tls().insecure()).isTrue();
    assertThatThrownBy(() -> load("missing-ca"))
        .isInstanceOf(CloudConfigException.class)
        .hasMessageContaining("cloud 'missing-ca'")
        .hasMessageContaining(work.resolve("nowhere.pem").toString());
  }

  @Test
  void booleansAsVariablesSpellThem() {
    env.put("OS_ENDPOINT", "https://127.0.0.1:6385");
    for (String yes : List.of("true", "TRUE", "yes", "on", "1")) {
      env.put("OS_INSECURE", yes);
      assertThat(load(null).tls().insecure()).as(yes).isTrue();
    }
    for (String no : List.of("false", "no", "off", "0", " ")) {
      env.put("OS_INSECURE", no);
      assertThat(load(null).tls().insecure()).as(no).isFalse();
    }
  }

  @Test
  void brokenFilesAreNamed() {
    Path file = homeClouds("clouds: [1, 2\n");
    assertThatThrownBy(() -> load("x"))
        .isInstanceOf(CloudConfigException.class)
        .hasMessageContaining("cannot read " + file);

    homeClouds("clouds: just-a-string\n");
    assertThatThrownBy(() -> load("x")).hasMessageContaining("must hold a mapping");

    homeClouds("");
    assertThatThrownBy(() -> load("x")).isInstanceOf(UnknownCloudException.class);
    homeClouds("other: 1\n");
    assertThatThrownBy(() -> load("x")).isInstanceOf(UnknownCloudException.class);
  }

  @Test
  void publicLoaderFindsTheWorkingDirectoryFirst() {
    write(work.resolve("clouds.yaml"), "clouds:\n  w: {auth_type: none, endpoint: 'http://w'}\n");
    CloudConfig config = CloudConfig.load(Optional.of("w"), Map.of(), work, home);
    assertThat(config.endpoint()).contains(URI.create("http://w"));
    assertThatThrownBy(() ->
            new CloudConfig(
                Optional.empty(),
                Optional.empty(),
                null,
                TlsOptions.system(),
                Optional.empty(),
                EndpointInterface.PUBLIC))
        .isInstanceOf(NullPointerException.class);
  }
}
