package dev.ferrum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarksTest {

  @Test
  void theStandardSetHoldsTheDriverAndTheServiceBenchmarksInRunOrder() {
    assertThat(Benchmarks.standard().all())
        .extracting(Benchmark::name)
        .containsExactly(
            "cache-refresh",
            "deploy-storm",
            "incremental-refresh",
            "api-detail",
            "api-churn",
            "memory",
            "startup");
    assertThat(Benchmarks.standard().named("api-detail")).isPresent();
    assertThat(Benchmarks.standard().named("api-details")).isEmpty();
  }
}
