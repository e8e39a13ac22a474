package dev.ferrum.ironic.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.model.PowerTarget;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

class TransportFailureTest extends MockIronic {

  static MockResponse dropped() {
    return new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
        .build();
  }

  static MockResponse slow() {
    return new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).body("{}").build();
  }

  IronicClient.Builder fastTimeout() {
    return builder().requestTimeout(Duration.ofMillis(300));
  }

  @Test
  void aTimedOutGetIsRetriedAndThenSucceeds() throws Exception {
    enqueueRoot(82);
    server.enqueue(slow());
    server.enqueue(json(200, "{\"uuid\": \"" + NODE_UUID + "\"}"));
    try (IronicClient client = fastTimeout().build()) {
      assertThat(client.nodes().get(NODE_UUID).uuid()).isEqualTo(NODE_UUID);
    }
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void aTimedOutPutIsNeverRepeated() throws Exception {
    enqueueRoot(82);
    server.enqueue(slow());
    try (IronicClient client = fastTimeout().build()) {
      assertThatThrownBy(() -> client.nodes().setPowerState(NODE_UUID, PowerTarget.POWER_ON))
          .isInstanceOfSatisfying(
              IronicTransportException.class,
              e -> {
                assertThat(e.status()).isZero();
                assertThat(e.getMessage()).contains("timed out", "PUT /v1/nodes/");
              });
    }
    assertThat(sleeps).isEmpty();
  }

  @Test
  void aDroppedConnectionFailsAPutWithoutRetry() throws Exception {
    enqueueRoot(82);
    server.enqueue(dropped());
    server.enqueue(empty(202));
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().setPowerState(NODE_UUID, PowerTarget.POWER_ON))
          .isInstanceOf(IronicTransportException.class)
          .hasMessageContaining("I/O failure");
    }
    assertThat(sleeps).isEmpty();
  }

  @Test
  void aDroppedConnectionOnGetIsRetriedUnlessDisabled() throws Exception {
    enqueueRoot(82);
    // The JDK client itself repeats an idempotent request once on a dropped connection, so
    // drop three in a row to be sure the client's own retry is exercised.
    server.enqueue(dropped());
    server.enqueue(dropped());
    server.enqueue(dropped());
    server.enqueue(json(200, "{\"uuid\": \"" + NODE_UUID + "\"}"));
    try (IronicClient client = client()) {
      assertThat(client.nodes().get(NODE_UUID).uuid()).isEqualTo(NODE_UUID);
    }
    assertThat(sleeps).isNotEmpty();
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void transportRetriesOnGetCanBeTurnedOff() throws Exception {
    enqueueRoot(82);
    server.enqueue(slow());
    RetryPolicy noTransport =
        RetryPolicy.builder().jitter(false).retryTransportErrorsOnGet(false).build();
    try (IronicClient client = fastTimeout().retryPolicy(noTransport).build()) {
      assertThatThrownBy(() -> client.nodes().get(NODE_UUID))
          .isInstanceOf(IronicTransportException.class);
    }
    assertThat(sleeps).isEmpty();
  }

  @Test
  void connectionRefusedExhaustsRetriesOfTheDiscovery() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    try (IronicClient client = builder().endpoint(URI.create("http://127.0.0.1:" + port)).build()) {
      assertThatThrownBy(() -> client.nodes().get(NODE_UUID))
          .isInstanceOfSatisfying(
              IronicTransportException.class,
              e -> {
                assertThat(e.method()).isEqualTo("GET");
                assertThat(e.path()).isEqualTo("/");
              });
    }
    assertThat(sleeps).hasSize(4);
  }

  @Test
  void aSuccessfulAnswerThatIsNotJsonIsAProtocolError() throws Exception {
    enqueueRoot(82);
    server.enqueue(new MockResponse.Builder().code(200).body("<html>proxy</html>").build());
    server.enqueue(new MockResponse.Builder().code(200).body("").build());
    server.enqueue(json(200, "{\"uuid\": 5, \"traits\": \"not a list\"}"));
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().get(NODE_UUID))
          .isInstanceOfSatisfying(
              IronicTransportException.class,
              e -> {
                assertThat(e.status()).isEqualTo(200);
                assertThat(e.getMessage()).contains("not JSON");
              });
      assertThatThrownBy(() -> client.nodes().get(NODE_UUID))
          .isInstanceOf(IronicTransportException.class)
          .hasMessageContaining("empty answer");
      assertThatThrownBy(() -> client.nodes().get(NODE_UUID))
          .isInstanceOf(IronicTransportException.class)
          .hasMessageContaining("unexpected answer");
    }
  }

  @Test
  void anInjectedHttpClientIsUsedAndLeftOpen() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, "{\"uuid\": \"" + NODE_UUID + "\"}"));
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      try (IronicClient client = builder().httpClient(http).build()) {
        client.nodes().get(NODE_UUID);
      }
      assertThat(http.isTerminated()).isFalse();
    }
  }
}
