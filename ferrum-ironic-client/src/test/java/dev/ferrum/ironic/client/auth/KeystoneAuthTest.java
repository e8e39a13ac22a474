package dev.ferrum.ironic.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Keystone v3 token auth against a MockWebServer playing Keystone. */
class KeystoneAuthTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant T0 = Instant.parse("2026-11-24T18:00:00Z");
  private static final String PASSWORD = "s3cret-Pa55";

  private final MutableClock clock = new MutableClock(T0);
  private MockWebServer keystone;
  private ListAppender<ILoggingEvent> logs;
  private Logger authLogger;

  @BeforeEach
  void setUp() {
    keystone = KeystoneFixture.start();
    authLogger = (Logger) LoggerFactory.getLogger("dev.ferrum.ironic.client.auth");
    authLogger.setLevel(Level.DEBUG);
    logs = new ListAppender<>();
    logs.start();
    authLogger.addAppender(logs);
  }

  @AfterEach
  void tearDown() {
    authLogger.detachAppender(logs);
    authLogger.setLevel(null);
    keystone.close();
  }

  private KeystoneCredentials.Password password(String authUrlSuffix) {
    URI authUrl = URI.create(KeystoneFixture.base(keystone) + authUrlSuffix);
    return KeystoneCredentials.Password.forProject(
        authUrl,
        KeystoneRef.byName("admin", KeystoneRef.byName("Default")),
        PASSWORD,
        KeystoneRef.byName("baremetal", KeystoneRef.byId("default")));
  }

  private IronicAuth auth(KeystoneCredentials credentials) {
    return IronicAuth.keystone(credentials, KeystoneOptions.defaults().withClock(clock));
  }

  @Test
  void passwordTokenRequestIsKeystoneV3AndTheTokenIsSent() throws Exception {
    keystone.enqueue(KeystoneFixture.token("tok-1", T0, T0.plus(Duration.ofHours(1))));
    IronicAuth auth = auth(password("/identity/v3/"));

    assertThat(auth.requestHeaders()).isEqualTo(Map.of("X-Auth-Token", "tok-1"));
    assertThat(auth.type()).isEqualTo("password");

    RecordedRequest request = keystone.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/identity/v3/auth/tokens");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(JSON.readTree(request.getBody().utf8()))
        .isEqualTo(
            JSON.readTree(
                """
                {"auth": {
                  "identity": {"methods": ["password"],
                    "password": {"user": {"name": "admin", "domain": {"name": "Default"},
                                          "password": "s3cret-Pa55"}}},
                  "scope": {"project": {"name": "baremetal", "domain": {"id": "default"}}}}}
                """));
  }

  @Test
  void applicationCredentialTokenRequest() throws Exception {
    keystone.enqueue(KeystoneFixture.token("tok-ac", T0, T0.plus(Duration.ofHours(1))));
    URI authUrl = KeystoneFixture.base(keystone);
    IronicAuth auth = auth(KeystoneCredentials.ApplicationCredential.byId(authUrl, "ac-1", "shh"));

    assertThat(auth.requestHeaders()).containsEntry("X-Auth-Token", "tok-ac");
    assertThat(auth.type()).isEqualTo("v3applicationcredential");
    RecordedRequest request = keystone.takeRequest();
    assertThat(request.getTarget()).isEqualTo("/v3/auth/tokens");
    assertThat(JSON.readTree(request.getBody().utf8()))
        .isEqualTo(
            JSON.readTree(
                """
                {"auth": {"identity": {"methods": ["application_credential"],
                  "application_credential": {"id": "ac-1", "secret": "shh"}}}}
                """));
  }

  @Test
  void tokenIsReusedUntilShortlyBeforeExpiry() throws Exception {
    keystone.enqueue(KeystoneFixture.token("tok-1", T0, T0.plus(Duration.ofHours(1))));
    keystone.enqueue(KeystoneFixture.token("tok-2", T0, T0.plus(Duration.ofHours(2))));
    IronicAuth auth = auth(password(""));

    assertThat(auth.requestHeaders()).containsEntry("X-Auth-Token", "tok-1");
    clock.advance(Duration.ofMinutes(54));
    assertThat(auth.requestHeaders()).containsEntry("X-Auth-Token", "tok-1");
    assertThat(keystone.getRequestCount()).isEqualTo(1);

    clock.advance(Duration.ofMinutes(2)); // 4 minutes left: inside the 5-minute margin
    assertThat(auth.requestHeaders()).containsEntry("X-Auth-Token", "tok-2");
    assertThat(keystone.getRequestCount()).isEqualTo(2);
  }

  @Test
  void shortLivedTokensRenewAtHalfTheirLifetime() {
    Instant issued = T0.minus(Duration.ofHours(3)); // Keystone's clock is 3 h behind ours
    keystone.enqueue(KeystoneFixture.token("short", issued, issued.plus(Duration.ofMinutes(4))));
    keystone.enqueue(KeystoneFixture.token("next", T0, T0.plus(Duration.ofHours(1))));
    IronicAuth auth = auth(password("/v3"));

    assertThat(auth.requestHeaders()).containsEntry("X-Auth-Token", "short");
    clock.advance(Duration.ofSeconds(119));
    assertThat(auth.requestHeaders()).containsEntry("X-Auth-Token", "short");
    clock.advance(Duration.ofSeconds(2));
    assertThat(auth.requestHeaders()).containsEntry("X-Auth-Token", "next");
  }

  @Test
  void renewalMarginIsConfigurable() {
    keystone.enqueue(KeystoneFixture.token("tok-1", T0, T0.plus(Duration.ofHours(1))));
    keystone.enqueue(KeystoneFixture.token("tok-2", T0, T0.plus(Duration.ofHours(1))));
    IronicAuth auth =
        IronicAuth.keystone(
            password(""),
            KeystoneOptions.defaults().withClock(clock).withRenewalMargin(Duration.ofMinutes(20)));

    auth.requestHeaders();
    clock.advance(Duration.ofMinutes(41));
    assertThat(auth.requestHeaders()).containsEntry("X-Auth-Token", "tok-2");
  }

  @Test
  void invalidateDropsTheTokenAndAsksForARetry() {
    keystone.enqueue(KeystoneFixture.token("tok-1", T0, T0.plus(Duration.ofHours(1))));
    keystone.enqueue(KeystoneFixture.token("tok-2", T0, T0.plus(Duration.ofHours(1))));
    IronicAuth auth = auth(password(""));

    assertThat(auth.requestHeaders()).containsEntry("X-Auth-Token", "tok-1");
    assertThat(auth.invalidate()).isTrue();
    assertThat(auth.requestHeaders()).containsEntry("X-Auth-Token", "tok-2");
    assertThat(keystone.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aStale401DoesNotDropATokenAlreadyRenewed() throws Exception {
    keystone.enqueue(KeystoneFixture.token("tok-1", T0, T0.plus(Duration.ofHours(1))));
    keystone.enqueue(KeystoneFixture.token("tok-2", T0, T0.plus(Duration.ofHours(1))));
    IronicAuth auth = auth(password(""));

    // Two requests go out with tok-1 on two threads; both get 401.
    try (ExecutorService other = Executors.newSingleThreadExecutor()) {
      auth.requestHeaders();
      assertThat(other.submit(auth::requestHeaders).get(5, TimeUnit.SECONDS))
          .containsEntry("X-Auth-Token", "tok-1");
      // This thread's 401 renews the token ...
      assertThat(auth.invalidate()).isTrue();
      assertThat(auth.requestHeaders()).containsEntry("X-Auth-Token", "tok-2");
      // ... the other thread's late 401 about tok-1 keeps tok-2.
      assertThat(other.submit(auth::invalidate).get(5, TimeUnit.SECONDS)).isTrue();
      assertThat(other.submit(auth::requestHeaders).get(5, TimeUnit.SECONDS))
          .containsEntry("X-Auth-Token", "tok-2");
    }
    assertThat(keystone.getRequestCount()).isEqualTo(2);
  }

  @Test
  void concurrentCallersShareOneRenewal() throws Exception {
    keystone.enqueue(
        new MockResponse.Builder(KeystoneFixture.token("tok-1", T0, T0.plus(Duration.ofHours(1))))
            .headersDelay(300, TimeUnit.MILLISECONDS)
            .build());
    IronicAuth auth = auth(password(""));

    List<Thread> threads = new ArrayList<>();
    List<String> tokens = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 32; i++) {
      threads.add(
          Thread.ofVirtual().start(() -> tokens.add(auth.requestHeaders().get("X-Auth-Token"))));
    }
    for (Thread t : threads) {
      t.join(10_000);
    }
    assertThat(tokens).hasSize(32).containsOnly("tok-1");
    assertThat(keystone.getRequestCount()).isEqualTo(1);
  }

  @Test
  void endpointComesFromTheCatalog() {
    keystone.enqueue(KeystoneFixture.token("tok-1", T0, T0.plus(Duration.ofHours(1))));
    IronicAuth auth = auth(password(""));

    assertThat(auth.endpoint()).contains(URI.create("http://ironic-public.test:6385"));
    assertThat(auth.requestHeaders()).containsEntry("X-Auth-Token", "tok-1");
    assertThat(keystone.getRequestCount()).isEqualTo(1);
  }

  @Test
  void endpointHonoursInterfaceAndRegion() {
    keystone.enqueue(KeystoneFixture.token("a", T0, T0.plus(Duration.ofHours(1))));
    keystone.enqueue(KeystoneFixture.token("b", T0, T0.plus(Duration.ofHours(1))));
    KeystoneOptions options = KeystoneOptions.defaults().withClock(clock);

    IronicAuth internal =
        IronicAuth.keystone(
            password(""), options.withEndpointInterface(EndpointInterface.INTERNAL));
    IronicAuth regionTwo = IronicAuth.keystone(password(""), options.withRegion("RegionTwo"));

    assertThat(internal.endpoint()).contains(URI.create("http://ironic-internal.test:6385"));
    assertThat(regionTwo.endpoint()).contains(URI.create("http://ironic-two.test:6385"));
  }

  @Test
  void catalogMissNamesWhatWasWanted() {
    keystone.enqueue(KeystoneFixture.token("a", T0, T0.plus(Duration.ofHours(1))));
    IronicAuth auth =
        IronicAuth.keystone(
            password(""),
            KeystoneOptions.defaults()
                .withClock(clock)
                .withEndpointInterface(EndpointInterface.INTERNAL)
                .withRegion("RegionTwo"));

    assertThatThrownBy(auth::endpoint)
        .isInstanceOf(EndpointNotFoundException.class)
        .hasMessageContaining("'baremetal'")
        .hasMessageContaining("interface 'internal'")
        .hasMessageContaining("region 'RegionTwo'")
        .hasMessageContaining("http://ironic-internal.test:6385");
  }

  @Test
  void keystone401CarriesKeystonesMessage() {
    keystone.enqueue(
        new MockResponse.Builder()
            .code(401)
            .body(
                """
                {"error": {"code": 401, "title": "Unauthorized",
                  "message": "The request you have made requires authentication."}}
                """)
            .build());
    IronicAuth auth = auth(password(""));

    assertThatThrownBy(auth::requestHeaders)
        .isInstanceOfSatisfying(
            KeystoneAuthenticationException.class, e -> assertThat(e.statusCode()).isEqualTo(401))
        .hasMessageContaining("The request you have made requires authentication.")
        .hasMessageContaining("user admin@Default")
        .hasMessageNotContaining(PASSWORD);
  }

  @Test
  void serverErrorsAndBadAnswersHaveTheirOwnExceptions() {
    keystone.enqueue(new MockResponse.Builder().code(503).body("<html>down</html>").build());
    keystone.enqueue(new MockResponse.Builder().code(201).body("{}").build());
    keystone.enqueue(
        new MockResponse.Builder()
            .code(201)
            .addHeader("X-Subject-Token", "t")
            .body("{\"token\": {}}")
            .build());
    keystone.enqueue(
        new MockResponse.Builder().code(201).addHeader("X-Subject-Token", "t").body("{").build());
    keystone.enqueue(
        new MockResponse.Builder()
            .code(201)
            .addHeader("X-Subject-Token", "t")
            .body("{\"token\": {\"expires_at\": \"soon\"}}")
            .build());
    IronicAuth auth = auth(password(""));

    assertThatThrownBy(auth::requestHeaders)
        .isInstanceOf(KeystoneUnavailableException.class)
        .hasMessageContaining("HTTP 503")
        .hasMessageContaining("<html>down</html>");
    assertThatThrownBy(auth::requestHeaders)
        .isInstanceOf(KeystoneResponseException.class)
        .hasMessageContaining("X-Subject-Token");
    assertThatThrownBy(auth::requestHeaders)
        .isInstanceOf(KeystoneResponseException.class)
        .hasMessageContaining("expires_at");
    assertThatThrownBy(auth::requestHeaders)
        .isInstanceOf(KeystoneResponseException.class)
        .hasMessageContaining("unreadable JSON");
    assertThatThrownBy(auth::requestHeaders)
        .isInstanceOf(KeystoneResponseException.class)
        .hasMessageContaining("'soon'");
  }

  @Test
  void keystoneOutageKeepsAStillValidTokenAndRetriesLater() {
    keystone.enqueue(KeystoneFixture.token("tok-1", T0, T0.plus(Duration.ofHours(1))));
    keystone.enqueue(new MockResponse.Builder().code(503).build());
    keystone.enqueue(KeystoneFixture.token("tok-2", T0, T0.plus(Duration.ofHours(2))));
    keystone.enqueue(new MockResponse.Builder().code(502).build());
    IronicAuth auth = auth(password(""));
    auth.requestHeaders();

    clock.advance(Duration.ofMinutes(56)); // due for renewal, but Keystone answers 503
    assertThat(auth.requestHeaders()).containsEntry("X-Auth-Token", "tok-1");
    clock.advance(Duration.ofSeconds(29)); // no new attempt within the retry delay
    assertThat(auth.requestHeaders()).containsEntry("X-Auth-Token", "tok-1");
    assertThat(keystone.getRequestCount()).isEqualTo(2);

    clock.advance(Duration.ofSeconds(2));
    assertThat(auth.requestHeaders()).containsEntry("X-Auth-Token", "tok-2");

    clock.advance(Duration.ofHours(2)); // tok-2 has expired: an outage now surfaces
    assertThatThrownBy(auth::requestHeaders).isInstanceOf(KeystoneUnavailableException.class);
    assertThat(logs.list)
        .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("Cannot renew"));
  }

  @Test
  void redirectsAreNotFollowedButExplained() {
    keystone.enqueue(
        new MockResponse.Builder()
            .code(301)
            .addHeader("Location", "https://keystone.test/v3/auth/tokens")
            .build());
    IronicAuth auth = auth(password(""));

    assertThatThrownBy(auth::requestHeaders)
        .isInstanceOf(KeystoneResponseException.class)
        .hasMessageContaining("redirected (HTTP 301) to https://keystone.test/v3/auth/tokens");
  }

  @Test
  void unreachableKeystoneIsReported() {
    URI closed = KeystoneFixture.base(keystone);
    keystone.close();
    IronicAuth auth = auth(KeystoneCredentials.ApplicationCredential.byId(closed, "ac", "x"));

    assertThatThrownBy(auth::requestHeaders)
        .isInstanceOf(KeystoneUnavailableException.class)
        .isInstanceOf(IronicAuthException.class)
        .hasMessageContaining("cannot reach Keystone at " + closed + "/v3/auth/tokens");
  }

  @Test
  void secretsAndTokensNeverReachLogsOrToString() {
    keystone.enqueue(KeystoneFixture.token("tok-secret", T0, T0.plus(Duration.ofHours(1))));
    keystone.enqueue(new MockResponse.Builder().code(401).body("{}").build());
    IronicAuth auth = auth(password(""));

    auth.requestHeaders();
    auth.invalidate();
    assertThatThrownBy(auth::requestHeaders).isInstanceOf(KeystoneAuthenticationException.class);

    assertThat(logs.list).isNotEmpty();
    for (ILoggingEvent event : logs.list) {
      assertThat(event.getFormattedMessage()).doesNotContain(PASSWORD).doesNotContain("tok-secret");
    }
    assertThat(auth.toString()).contains("user admin@Default").doesNotContain(PASSWORD);
    assertThat(password("").toString()).doesNotContain(PASSWORD);
  }
}
