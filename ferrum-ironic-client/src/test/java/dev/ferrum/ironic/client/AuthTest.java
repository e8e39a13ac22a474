package dev.ferrum.ironic.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.auth.IronicAuth;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class AuthTest extends MockIronic {

  /** Hands out token-1, token-2... ; renewal allowed while {@code renewable}. */
  static final class FakeAuth implements IronicAuth {
    final AtomicInteger generation = new AtomicInteger(1);
    final AtomicInteger invalidations = new AtomicInteger();
    final boolean renewable;
    final URI catalogEndpoint;

    FakeAuth(boolean renewable, URI catalogEndpoint) {
      this.renewable = renewable;
      this.catalogEndpoint = catalogEndpoint;
    }

    @Override
    public Optional<URI> endpoint() {
      return Optional.ofNullable(catalogEndpoint);
    }

    @Override
    public Map<String, String> requestHeaders() {
      return Map.of("X-Auth-Token", "token-" + generation.get());
    }

    @Override
    public boolean invalidate() {
      invalidations.incrementAndGet();
      generation.incrementAndGet();
      return renewable;
    }

    @Override
    public String type() {
      return "fake";
    }
  }

  @Override
  String expectedToken() {
    return null;
  }

  static MockResponse unauthorized() {
    return new MockResponse.Builder()
        .code(401)
        .addHeader("Www-Authenticate", "Basic realm=\"Baremetal API\"")
        .body("{\"error\":{\"message\":\"Incorrect username or password\",\"code\":401}}")
        .build();
  }

  @Test
  void authHeadersAreSentAndA401RenewsOnce() throws Exception {
    FakeAuth auth = new FakeAuth(true, null);
    enqueueRoot(82);
    server.enqueue(unauthorized());
    server.enqueue(json(200, "{\"uuid\": \"" + NODE_UUID + "\"}"));
    try (IronicClient client = builder().auth(auth).build()) {
      assertThat(client.nodes().get(NODE_UUID).uuid()).isEqualTo(NODE_UUID);
    }
    assertThat(take().getHeaders().get("X-Auth-Token")).isEqualTo("token-1");
    assertThat(takeApi("GET", "/v1/nodes/" + NODE_UUID, "1.82").getHeaders().get("X-Auth-Token"))
        .isEqualTo("token-1");
    RecordedRequest retried = takeApi("GET", "/v1/nodes/" + NODE_UUID, "1.82");
    assertThat(retried.getHeaders().get("X-Auth-Token")).isEqualTo("token-2");
    assertThat(auth.invalidations).hasValue(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void aSecond401SurfacesAsUnauthorizedWithShapeCMessage() throws Exception {
    FakeAuth auth = new FakeAuth(true, null);
    enqueueRoot(82);
    server.enqueue(unauthorized());
    server.enqueue(unauthorized());
    try (IronicClient client = builder().auth(auth).build()) {
      assertThatThrownBy(() -> client.nodes().get(NODE_UUID))
          .isInstanceOfSatisfying(
              IronicUnauthorizedException.class,
              e -> {
                assertThat(e.status()).isEqualTo(401);
                assertThat(e.faultstring()).contains("Incorrect username or password");
              });
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(auth.invalidations).hasValue(1);
  }

  @Test
  void noRetryWhenTheAuthCannotRenew() throws Exception {
    FakeAuth auth = new FakeAuth(false, null);
    enqueueRoot(82);
    server.enqueue(unauthorized());
    try (IronicClient client = builder().auth(auth).build()) {
      assertThatThrownBy(() -> client.nodes().get(NODE_UUID))
          .isInstanceOf(IronicUnauthorizedException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void theAuthsCatalogEndpointIsUsedWhenNoneIsConfigured() throws Exception {
    FakeAuth auth = new FakeAuth(true, URI.create(endpoint() + "/v1/"));
    enqueueRoot(82);
    server.enqueue(json(200, "{\"uuid\": \"" + NODE_UUID + "\"}"));
    try (IronicClient client = IronicClient.builder().auth(auth).sleeper(sleeps::add).build()) {
      assertThat(client.endpoint()).isEqualTo(endpoint());
      client.nodes().get(NODE_UUID);
    }
    takeDiscovery();
    takeApi("GET", "/v1/nodes/" + NODE_UUID, "1.82");
  }
}
