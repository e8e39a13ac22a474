package dev.ferrum.ironic.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Real time: with a lock-retry window a write waits for the running step instead of a 409. */
class LockRetryTest {

  @Test
  void writesWaitForTheLockWithinTheRetryWindow() {
    try (IronicSimulator sim =
        IronicSimulator.builder()
            .timing("deploying", Duration.ofMillis(300))
            .lockRetry(Duration.ofSeconds(10))
            .build()
            .start()) {
      String uuid = sim.control().seed(NodeSeed.builder(1).build()).get(0);
      Api api = new Api(sim.baseUri());
      assertThat(api.put("/v1/nodes/" + uuid + "/states/provision", Api.target("active")).status())
          .isEqualTo(202);
      long t0 = System.nanoTime();
      Api.Resp power = api.put("/v1/nodes/" + uuid + "/states/power", Api.target("power on"));
      assertThat(power.status()).isEqualTo(202);
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThan(Duration.ofMillis(100));
      assertThat(api.get("/v1/nodes/" + uuid).json().get("provision_state").asText())
          .isEqualTo("active");
    }
  }

  @Test
  void withoutARetryWindowTheAnswerIsAnImmediate409() {
    try (IronicSimulator sim =
        IronicSimulator.builder().timing("deploying", Duration.ofSeconds(30)).build().start()) {
      String uuid = sim.control().seed(NodeSeed.builder(1).build()).get(0);
      Api api = new Api(sim.baseUri());
      api.put("/v1/nodes/" + uuid + "/states/provision", Api.target("active"));
      assertThat(api.put("/v1/nodes/" + uuid + "/states/power", Api.target("power on")).status())
          .isEqualTo(409);
    }
  }
}
