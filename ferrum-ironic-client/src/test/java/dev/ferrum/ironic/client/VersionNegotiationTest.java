package dev.ferrum.ironic.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.model.ApiVersion;
import dev.ferrum.ironic.client.model.Microversion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class VersionNegotiationTest extends MockIronic {

  static final String NODE = "{\"uuid\": \"" + NODE_UUID + "\"}";

  @Test
  void sendsTheClientsLatestWhenTheServerIsNewer() throws Exception {
    enqueueRoot(109);
    server.enqueue(json(200, NODE));
    try (IronicClient client = client()) {
      client.nodes().get(NODE_UUID);
      assertThat(client.version())
          .isEqualTo(new ApiVersion(Microversion.of(1), Microversion.of(109)));
      assertThat(client.microversion()).isEqualTo(IronicClient.LATEST_KNOWN);
    }
    takeDiscovery();
    takeApi("GET", "/v1/nodes/" + NODE_UUID, IronicClient.LATEST_KNOWN.toString());
  }

  @Test
  void aConfiguredCapWins() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, NODE));
    try (IronicClient client = builder().maxMicroversion(Microversion.of(46)).build()) {
      client.nodes().get(NODE_UUID);
      assertThat(client.microversion()).hasToString("1.46");
    }
    takeDiscovery();
    takeApi("GET", "/v1/nodes/" + NODE_UUID, "1.46");
  }

  @Test
  void aCapBelowTheServersMinimumRefusesEveryCall() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"default_version\": {\"id\": \"v1\", \"min_version\": \"1.50\","
                + " \"version\": \"1.82\"}}"));
    try (IronicClient client = builder().maxMicroversion(Microversion.of(40)).build()) {
      assertThatThrownBy(() -> client.nodes().get(NODE_UUID))
          .isInstanceOf(IronicVersionNotSupportedException.class)
          .hasMessageContaining("[1.50, 1.82]");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void discoveryIsCachedAcrossCallsAndThreads() throws Exception {
    enqueueRoot(82);
    for (int i = 0; i < 8; i++) {
      server.enqueue(json(200, NODE));
    }
    try (IronicClient client = client();
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Callable<String>> calls =
          new ArrayList<>(Collections.nCopies(8, () -> client.nodes().get(NODE_UUID).uuid()));
      for (Future<String> f : pool.invokeAll(calls)) {
        assertThat(f.get()).isEqualTo(NODE_UUID);
      }
    }
    int discoveries = 0;
    for (int i = 0; i < 9; i++) {
      if (take().getTarget().equals("/")) {
        discoveries++;
      }
    }
    assertThat(discoveries).isEqualTo(1);
  }

  @Test
  void aFailedDiscoveryIsRetriedOnTheNextCall() throws Exception {
    server.enqueue(errorA(500, "not ready"));
    enqueueRoot(82);
    server.enqueue(json(200, NODE));
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().get(NODE_UUID))
          .isInstanceOf(IronicServerException.class);
      assertThat(client.nodes().get(NODE_UUID).uuid()).isEqualTo(NODE_UUID);
    }
  }

  @Test
  void fallsBackToV1HeadersWhenTheRootIsHidden() throws Exception {
    server.enqueue(errorA(404, "no root here"));
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("X-OpenStack-Ironic-API-Minimum-Version", "1.1")
            .addHeader("X-OpenStack-Ironic-API-Maximum-Version", "1.65")
            .body("{}")
            .build());
    server.enqueue(json(200, NODE));
    try (IronicClient client = client()) {
      client.nodes().get(NODE_UUID);
    }
    takeDiscovery();
    assertThat(take().getTarget()).isEqualTo("/v1/");
    takeApi("GET", "/v1/nodes/" + NODE_UUID, "1.65");
  }

  @Test
  void readsTheVersionsListAndTheV1BodyToo() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"versions\": [{\"id\": \"v1\", \"min_version\": \"1.1\", \"version\": \"1.70\"}]}"));
    try (IronicClient client = client()) {
      assertThat(client.version().maximum()).hasToString("1.70");
    }
    server.enqueue(errorA(404, "no root"));
    server.enqueue(json(200, "{\"version\": {\"min_version\": \"1.1\", \"version\": \"1.60\"}}"));
    try (IronicClient client = client()) {
      assertThat(client.version().maximum()).hasToString("1.60");
    }
  }

  @Test
  void anEndpointWithoutVersionsIsRejected() throws Exception {
    server.enqueue(json(200, "{\"hello\": \"world\"}"));
    server.enqueue(json(200, "{\"hello\": \"world\"}"));
    server.enqueue(json(200, "{\"default_version\": {\"version\": \"banana\"}}"));
    server.enqueue(new MockResponse.Builder().code(200).body("<html/>").build());
    try (IronicClient client = client()) {
      assertThatThrownBy(client::version)
          .isInstanceOf(IronicTransportException.class)
          .hasMessageContaining("did not advertise");
      assertThatThrownBy(client::version)
          .isInstanceOf(IronicTransportException.class)
          .hasMessageContaining("unreadable version range");
      assertThatThrownBy(client::version)
          .isInstanceOf(IronicTransportException.class)
          .hasMessageContaining("not JSON");
    }
  }

  @Test
  void a406ForgetsTheCachedRangeAndParsesShapeB() throws Exception {
    enqueueRoot(83);
    server.enqueue(
        json(
            406,
            "{\"error_message\": \"{\\\"code\\\": 406, \\\"title\\\": \\\"Not Acceptable\\\","
                + " \\\"description\\\": \\\"Version 1.83 was requested but the minor version is"
                + " not supported by this service. The supported version range is: [1.1,"
                + " 1.82].\\\"}\"}"));
    enqueueRoot(82);
    server.enqueue(json(200, NODE));
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().get(NODE_UUID))
          .isInstanceOfSatisfying(
              IronicNotAcceptableException.class,
              e ->
                  assertThat(e.faultstring().orElseThrow())
                      .startsWith("Version 1.83 was requested"));
      client.nodes().get(NODE_UUID);
    }
    takeDiscovery();
    takeApi("GET", "/v1/nodes/" + NODE_UUID, "1.83");
    takeDiscovery();
    takeApi("GET", "/v1/nodes/" + NODE_UUID, "1.82");
  }

  @Test
  void microversionsCompareNumerically() {
    assertThat(Microversion.parse("1.9")).isLessThan(Microversion.parse("1.10"));
    assertThat(Microversion.parse(" 1.82 ")).isEqualTo(Microversion.of(82));
    assertThat(Microversion.of(82)).hasToString("1.82");
    assertThat(new Microversion(2, 0)).isGreaterThan(Microversion.of(99));
    assertThat(Microversion.of(46).atLeast(Microversion.of(46))).isTrue();
    assertThat(Microversion.min(Microversion.of(5), Microversion.of(40)))
        .isEqualTo(Microversion.of(5));
    assertThatThrownBy(() -> Microversion.parse("1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Microversion.parse("latest"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Microversion(1, -1)).isInstanceOf(IllegalArgumentException.class);
    ApiVersion range = new ApiVersion(Microversion.of(1), Microversion.of(82));
    assertThat(range.supports(Microversion.of(82))).isTrue();
    assertThat(range.supports(Microversion.of(83))).isFalse();
    assertThat(range).hasToString("[1.1, 1.82]");
    assertThatThrownBy(() -> new ApiVersion(Microversion.of(5), Microversion.of(4)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
