package dev.ferrum.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void nearestRank() {
    double[] sample = new double[100];
    for (int i = 0; i < 100; i++) {
      sample[i] = 100 - i; // 100..1, unsorted on purpose
    }
    Percentiles p = new Percentiles(sample);

    assertThat(p.at(50)).isEqualTo(50);
    assertThat(p.at(99)).isEqualTo(99);
    assertThat(p.at(100)).isEqualTo(100);
    assertThat(new Percentiles(new double[0]).at(50)).isNaN();
  }

  @Test
  void requestCountDifferencesAndSums() {
    RequestCounts a = new RequestCounts(Map.of("GET /v1/nodes", 2L, "GET /", 1L));
    RequestCounts b = new RequestCounts(Map.of("GET /v1/nodes", 5L, "GET /", 1L, "PUT /x", 4L));

    RequestCounts d = b.since(a);

    assertThat(d.byRoute()).containsOnly(Map.entry("GET /v1/nodes", 3L), Map.entry("PUT /x", 4L));
    assertThat(d.total()).isEqualTo(7);
    assertThat(d.plus(d).total()).isEqualTo(14);
    assertThat(d.perUnit(2)).isEqualTo("`GET /v1/nodes` 1.50, `PUT /x` 2.00");
  }
}
