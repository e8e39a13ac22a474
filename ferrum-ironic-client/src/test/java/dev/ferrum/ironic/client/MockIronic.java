package dev.ferrum.ironic.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferrum.ironic.client.auth.IronicAuth;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;

/** Base of the HTTP-level tests: a MockWebServer playing Ironic, and answer builders. */
abstract class MockIronic {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String NODE_UUID = "1be26c0b-03f2-4d2e-ae87-c02d7f33c123";
  static final String INSTANCE_UUID = "11111111-2222-3333-4444-555555555555";

  @StartStop final MockWebServer server = new MockWebServer();

  /** Delays the client asked to sleep, instead of sleeping. */
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  URI endpoint() {
    return URI.create(
        "http://"
            + server.getSocketAddress().getAddress().getHostAddress()
            + ":"
            + server.getPort());
  }

  /** Sends a fixed token, so every test also checks that auth headers reach Ironic. */
  static final IronicAuth TOKEN_AUTH =
      new IronicAuth() {
        @Override
        public Optional<URI> endpoint() {
          return Optional.empty();
        }

        @Override
        public Map<String, String> requestHeaders() {
          return Map.of("X-Auth-Token", "test-token");
        }

        @Override
        public boolean invalidate() {
          return false;
        }

        @Override
        public String type() {
          return "test-token";
        }
      };

  IronicClient.Builder builder() {
    return IronicClient.builder()
        .endpoint(endpoint())
        .auth(TOKEN_AUTH)
        .requestTimeout(Duration.ofSeconds(5))
        .connectTimeout(Duration.ofSeconds(2))
        .retryPolicy(RetryPolicy.builder().jitter(false).build())
        .sleeper(sleeps::add);
  }

  IronicClient client() {
    return builder().build();
  }

  /** Enqueues the root document advertising [1.1, 1.max]. */
  void enqueueRoot(int maxMinor) {
    server.enqueue(
        json(
            200,
            """
            {"name": "OpenStack Ironic API", "description": "Ironic",
             "default_version": {"id": "v1", "links": [], "status": "CURRENT",
               "min_version": "1.1", "version": "1.%d"},
             "versions": []}
            """
                .formatted(maxMinor)));
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .addHeader("Openstack-Request-Id", "req-" + code)
        .body(body)
        .build();
  }

  static MockResponse empty(int code) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Openstack-Request-Id", "req-" + code)
        .build();
  }

  /** Ironic's usual error body: faultstring inside a JSON string (shape A). */
  static MockResponse errorA(int code, String faultstring) {
    try {
      String inner =
          JSON.writeValueAsString(
              java.util.Map.of("faultcode", "Client", "faultstring", faultstring, "debuginfo", ""));
      return json(code, JSON.writeValueAsString(java.util.Map.of("error_message", inner)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static MockResponse locked() {
    return errorA(
        409,
        "Node "
            + NODE_UUID
            + " is locked by host 127.0.0.1, please retry after the current operation is"
            + " completed.");
  }

  /** The token {@link #takeApi} expects; {@code null} when a test checks auth itself. */
  String expectedToken() {
    return "test-token";
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("a request reached the server").isNotNull();
    return r;
  }

  /** Takes the discovery request and checks it. */
  void takeDiscovery() throws InterruptedException {
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/");
    assertThat(r.getHeaders().get("X-OpenStack-Ironic-API-Version")).isNull();
  }

  /** Takes an API request and checks method, target and the version headers. */
  RecordedRequest takeApi(String method, String target, String version)
      throws InterruptedException {
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo(method);
    assertThat(r.getTarget()).isEqualTo(target);
    assertThat(r.getHeaders().get("X-OpenStack-Ironic-API-Version")).isEqualTo(version);
    assertThat(r.getHeaders().get("OpenStack-API-Version")).isEqualTo("baremetal " + version);
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    if (expectedToken() != null) {
      assertThat(r.getHeaders().get("X-Auth-Token")).isEqualTo(expectedToken());
    }
    if (r.getBodySize() == 0) {
      assertThat(r.getHeaders().get("Content-Type")).isNull();
    }
    return r;
  }

  static JsonNode body(RecordedRequest r) throws java.io.IOException {
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json");
    return JSON.readTree(r.getBody().utf8());
  }

  static JsonNode tree(String json) throws java.io.IOException {
    return JSON.readTree(json);
  }
}
