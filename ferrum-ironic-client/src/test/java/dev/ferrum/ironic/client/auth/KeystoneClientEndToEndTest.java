package dev.ferrum.ironic.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.RetryPolicy;
import dev.ferrum.ironic.client.config.CloudConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path an operator configures: Keystone issues tokens whose catalog points at Ironic, the
 * client sends them, renews them when they expire, and re-authenticates once after a 401.
 */
class KeystoneClientEndToEndTest {

  private static final Instant START = Instant.parse("2026-11-24T12:00:00Z");

  private final MutableClock clock = new MutableClock(START);
  private final AtomicInteger tokensIssued = new AtomicInteger();
  private final List<String> tokensSeenByIronic = new CopyOnWriteArrayList<>();
  private final AtomicBoolean rejectNextToken = new AtomicBoolean();

  private MockWebServer keystone;
  private MockWebServer ironic;

  @BeforeEach
  void startServers() {
    ironic = KeystoneFixture.start();
    ironic.setDispatcher(new IronicDispatcher());
    keystone = KeystoneFixture.start();
    keystone.setDispatcher(new KeystoneDispatcher());
  }

  @AfterEach
  void stopServers() {
    ironic.close();
    keystone.close();
  }

  @Test
  void cloudsYamlPasswordAuthFindsIronicInTheCatalogAndSendsTheToken(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("clouds.yaml"),
        """
        clouds:
          lab:
            auth_type: password
            auth:
              auth_url: %s/v3
              username: admin
              password: s3cret
              project_name: admin
              user_domain_name: Default
              project_domain_name: Default
            region_name: RegionOne
        """
            .formatted(KeystoneFixture.base(keystone)));
    CloudConfig cloud =
        CloudConfig.load(Optional.empty(), Map.of("OS_CLOUD", "lab"), dir, dir.resolve("home"));

    try (IronicClient client =
        IronicClient.builder().cloud(cloud).retryPolicy(RetryPolicy.none()).build()) {
      assertThat(client.endpoint().getPort()).isEqualTo(ironic.getPort());
      assertThat(client.nodes().get("node-1").uuid()).isEqualTo("node-1");
    }

    assertThat(tokensIssued).hasValue(1);
    assertThat(tokensSeenByIronic).isNotEmpty().allMatch("token-1"::equals);
  }

  @Test
  void aTokenRejectedByIronicIsRenewedOnceAndTheRequestRepeated() {
    try (IronicClient client = clientWithClock()) {
      client.nodes().get("node-1");
      rejectNextToken.set(true);

      assertThat(client.nodes().get("node-1").uuid()).isEqualTo("node-1");
    }

    assertThat(tokensIssued).hasValue(2);
    assertThat(tokensSeenByIronic).endsWith("token-1", "token-2");
  }

  @Test
  void anExpiringTokenIsRenewedBeforeIronicSeesItExpire() {
    try (IronicClient client = clientWithClock()) {
      client.nodes().get("node-1");
      clock.advance(Duration.ofMinutes(58));
      client.nodes().get("node-1");
    }

    assertThat(tokensIssued).hasValue(2);
    assertThat(tokensSeenByIronic).contains("token-1").last().isEqualTo("token-2");
  }

  private IronicClient clientWithClock() {
    KeystoneCredentials credentials =
        KeystoneCredentials.Password.forProject(
            URI.create(KeystoneFixture.base(keystone) + "/v3"),
            KeystoneRef.byName("admin", KeystoneRef.byName("Default")),
            "s3cret",
            KeystoneRef.byName("admin", KeystoneRef.byName("Default")));
    IronicAuth auth =
        IronicAuth.keystone(
            credentials, KeystoneOptions.defaults().withRegion("RegionOne").withClock(clock));
    return IronicClient.builder().auth(auth).retryPolicy(RetryPolicy.none()).build();
  }

  private String catalogPointingAtIronic() {
    return """
    [{"type": "baremetal", "name": "ironic", "endpoints": [
      {"interface": "public", "region_id": "RegionOne",
       "url": "http://127.0.0.1:%d/v1"}]}]
    """
        .formatted(ironic.getPort());
  }

  /** Issues token-1, token-2... valid for one hour of the test's clock. */
  private final class KeystoneDispatcher extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      if (!"POST".equals(request.getMethod()) || !request.getTarget().equals("/v3/auth/tokens")) {
        return new MockResponse.Builder().code(404).build();
      }
      String token = "token-" + tokensIssued.incrementAndGet();
      Instant now = clock.instant();
      return KeystoneFixture.token(
          token, now, now.plus(Duration.ofHours(1)), catalogPointingAtIronic());
    }
  }

  /** Answers discovery and node GETs, recording the token; 401 once when asked to. */
  private final class IronicDispatcher extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String token = request.getHeaders().get("X-Auth-Token");
      tokensSeenByIronic.add(String.valueOf(token));
      if (rejectNextToken.compareAndSet(true, false)) {
        return new MockResponse.Builder()
            .code(401)
            .body("{\"error\": {\"message\": \"Authentication required\", \"code\": 401}}")
            .build();
      }
      String path = request.getUrl().encodedPath();
      if (path.equals("/") || path.equals("/v1") || path.equals("/v1/")) {
        return json(
            """
            {"name": "OpenStack Ironic API", "default_version": {"id": "v1",
              "min_version": "1.1", "version": "1.82", "status": "CURRENT"}}
            """);
      }
      if (path.equals("/v1/nodes/node-1")) {
        return json("{\"uuid\": \"node-1\", \"provision_state\": \"available\"}");
      }
      return new MockResponse.Builder().code(404).build();
    }

    private MockResponse json(String body) {
      return new MockResponse.Builder()
          .code(200)
          .addHeader("Content-Type", "application/json")
          .body(body)
          .build();
    }
  }
}
