package dev.ferrum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchResultTest {

  @Test
  void printsOneRowPerFigureWithTargetAndVerdict() {
    BenchResult r =
        new BenchResult(
            "demo",
            "what it measures",
            List.of(
                Figure.atMost("requests per lifecycle", 10.5, "req", 12),
                Figure.atMost("ratio", 1.37, "", 1.15),
                Figure.of("time", 105.25, "ms")),
            List.of("1000 nodes"));

    String table = r.toTable();

    assertThat(table).startsWith("### demo - what it measures\n");
    assertThat(table.lines())
        .anyMatch(l ->
            l.matches("\\| requests per lifecycle +\\| 10\\.500 req +\\| <= 12 req +\\| yes +\\|"))
        .anyMatch(l -> l.matches("\\| ratio +\\| 1\\.370 +\\| <= 1\\.150 +\\| NO +\\|"))
        .anyMatch(l -> l.matches("\\| time +\\| 105\\.3 ms +\\| - +\\| - +\\|"))
        .contains("- 1000 nodes");
    assertThat(r.allTargetsMet()).isFalse();
  }

  @Test
  void aResultWithoutMissesMeetsAllTargets() {
    BenchResult r =
        new BenchResult("d", "x", List.of(Figure.atMost("a", 12, "req", 12)), List.of());

    assertThat(r.allTargetsMet()).isTrue();
    assertThat(Figure.of("n", Double.NaN, "s").formattedValue()).isEqualTo("n/a s");
  }
}
