package dev.ferrum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchMainTest {

  private final AtomicReference<BenchSettings> seen = new AtomicReference<>();
  private final StringWriter out = new StringWriter();

  private int run(Benchmark b, String... args) {
    return new CommandLine(new BenchMain(new Benchmarks(List.of(b)), new PrintWriter(out, true)))
        .execute(args);
  }

  private Benchmark fixed(double value) {
    return new Benchmark() {
      @Override
      public String name() {
        return "fixed";
      }

      @Override
      public String description() {
        return "a benchmark that measures nothing";
      }

      @Override
      public BenchResult run(BenchSettings settings) {
        seen.set(settings);
        return new BenchResult(
            name(), description(), List.of(Figure.atMost("value", value, "", 1)), List.of());
      }
    };
  }

  @Test
  void runsAllByDefaultAndPassesQuickMode() {
    int code = run(fixed(2), "--quick");

    assertThat(code).isZero();
    assertThat(seen.get().quick()).isTrue();
    assertThat(out.toString()).contains("### fixed").contains("1 with a missed target");
  }

  @Test
  void runsANamedBenchmarkInFullMode() {
    int code = run(fixed(0.5), "fixed");

    assertThat(code).isZero();
    assertThat(seen.get().quick()).isFalse();
    assertThat(out.toString()).contains("0 failed, 0 with a missed target");
  }

  @Test
  void anUnknownNameIsAUsageError() {
    assertThat(run(fixed(0), "nope")).isEqualTo(2);
    assertThat(seen.get()).isNull();
  }

  @Test
  void aBenchmarkThatThrowsFailsTheRun() {
    Benchmark broken =
        new Benchmark() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public String description() {
            return "throws";
          }

          @Override
          public BenchResult run(BenchSettings settings) {
            throw new IllegalStateException("simulator did not start");
          }
        };

    assertThat(run(broken)).isEqualTo(1);
    assertThat(out.toString()).contains("broken FAILED").contains("simulator did not start");
  }
}
