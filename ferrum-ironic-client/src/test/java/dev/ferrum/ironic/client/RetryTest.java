package dev.ferrum.ironic.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.model.PowerTarget;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryTest extends MockIronic {

  @Test
  void nodeLockedIsRetriedWithExponentialBackoffUntilAttemptsRunOut() throws Exception {
    enqueueRoot(82);
    for (int i = 0; i < 5; i++) {
      server.enqueue(locked());
    }
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().setPowerState(NODE_UUID, PowerTarget.POWER_ON))
          .isInstanceOfSatisfying(
              IronicNodeLockedException.class,
              e -> {
                assertThat(e.status()).isEqualTo(409);
                assertThat(e.faultstring().orElseThrow()).contains("is locked by host 127.0.0.1");
              });
    }
    assertThat(server.getRequestCount()).isEqualTo(6);
    assertThat(sleeps)
        .containsExactly(
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4));
  }

  @Test
  void delaysAreCappedByMaxDelay() throws Exception {
    enqueueRoot(82);
    for (int i = 0; i < 4; i++) {
      server.enqueue(
          json(503, "{\"error_message\": \"{\\\"faultstring\\\": \\\"No conductor\\\"}\"}"));
    }
    RetryPolicy policy =
        RetryPolicy.builder()
            .maxAttempts(4)
            .initialDelay(Duration.ofSeconds(1))
            .multiplier(3)
            .maxDelay(Duration.ofSeconds(5))
            .jitter(false)
            .build();
    try (IronicClient client = builder().retryPolicy(policy).build()) {
      assertThatThrownBy(() -> client.nodes().get(NODE_UUID))
          .isInstanceOf(IronicServiceUnavailableException.class)
          .hasMessageContaining("No conductor");
    }
    assertThat(sleeps)
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(5));
  }

  @Test
  void serviceUnavailableIsRetriedThenSucceeds() throws Exception {
    enqueueRoot(82);
    server.enqueue(errorA(503, "No conductor"));
    server.enqueue(empty(202));
    try (IronicClient client = client()) {
      client.nodes().setPowerState(NODE_UUID, PowerTarget.POWER_OFF);
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void otherConflictsAndServerErrorsAreNeverRetried() throws Exception {
    enqueueRoot(82);
    server.enqueue(errorA(409, "Node " + NODE_UUID + " is associated with instance x."));
    server.enqueue(errorA(500, "internal"));
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().setPowerState(NODE_UUID, PowerTarget.POWER_OFF))
          .isExactlyInstanceOf(IronicConflictException.class);
      assertThatThrownBy(() -> client.nodes().get(NODE_UUID))
          .isInstanceOf(IronicServerException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void noRetryPolicyMakesOneAttempt() throws Exception {
    enqueueRoot(82);
    server.enqueue(locked());
    try (IronicClient client = builder().retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> client.nodes().setPowerState(NODE_UUID, PowerTarget.POWER_OFF))
          .isInstanceOf(IronicNodeLockedException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void fullJitterStaysWithinTheComputedDelay() throws Exception {
    enqueueRoot(82);
    for (int i = 0; i < 4; i++) {
      server.enqueue(locked());
    }
    server.enqueue(empty(202));
    RetryPolicy jittered = RetryPolicy.builder().jitter(true).build();
    try (IronicClient client = builder().retryPolicy(jittered).build()) {
      client.nodes().setPowerState(NODE_UUID, PowerTarget.POWER_OFF);
    }
    assertThat(sleeps).hasSize(4);
    for (int i = 0; i < 4; i++) {
      assertThat(sleeps.get(i)).isBetween(Duration.ZERO, jittered.delayBeforeRetry(i + 1));
    }
  }

  @Test
  void interruptedSleepStopsRetryingAndKeepsTheFlag() throws Exception {
    enqueueRoot(82);
    server.enqueue(locked());
    try (IronicClient client =
        builder()
            .sleeper(d -> {
              throw new InterruptedException("stop");
            })
            .build()) {
      assertThatThrownBy(() -> client.nodes().setPowerState(NODE_UUID, PowerTarget.POWER_OFF))
          .isInstanceOf(IronicTransportException.class)
          .hasMessageContaining("interrupted");
      assertThat(Thread.interrupted()).isTrue();
    }
  }

  @Test
  void policyValidatesAndComputesDelays() {
    RetryPolicy d = RetryPolicy.defaults();
    assertThat(d.maxAttempts()).isEqualTo(5);
    assertThat(d.initialDelay()).isEqualTo(Duration.ofMillis(500));
    assertThat(d.multiplier()).isEqualTo(2.0);
    assertThat(d.maxDelay()).isEqualTo(Duration.ofSeconds(10));
    assertThat(d.jitter()).isTrue();
    assertThat(d.retryTransportErrorsOnGet()).isTrue();
    assertThat(d.delayBeforeRetry(6)).isEqualTo(Duration.ofSeconds(10));
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    assertThatThrownBy(() -> d.delayBeforeRetry(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().multiplier(0.5).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().multiplier(Double.NaN).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().initialDelay(Duration.ofSeconds(-1)).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
