package dev.ferrum.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The benchmark runner: {@code ./ferrum bench [--quick] [names...]}.
 *
 * <p>Exists so one documented command produces every figure of {@code BENCHMARKS.md}, and CI can
 * prove with {@code --quick} that the benchmarks still run. The exit code is 0 when every benchmark
 * ran (missed targets are reported, not failed: timings on shared machines vary), 1 when one could
 * not run, 2 on a usage error.
 */
@Command(
    name = "ferrum bench",
    mixinStandardHelpOptions = true,
    description = "Runs Ferrum's benchmarks against an in-process Ironic simulator.")
public final class BenchMain implements Callable<Integer> {

  @Option(
      names = "--quick",
      description = "Small and short runs (CI: checks that they run; timings mean nothing).")
  boolean quick;

  @Option(names = "--list", description = "List the benchmarks and exit.")
  boolean list;

  @Parameters(
      arity = "0..*",
      paramLabel = "NAME",
      description = "Benchmarks to run (default: all).")
  List<String> names = new ArrayList<>();

  private final Benchmarks benchmarks;
  private final PrintWriter out;

  BenchMain(Benchmarks benchmarks, PrintWriter out) {
    this.benchmarks = benchmarks;
    this.out = out;
  }

  /**
   * Runs the command line.
   *
   * @param args options and benchmark names
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    int code = new CommandLine(new BenchMain(Benchmarks.standard(), out)).execute(args);
    System.exit(code);
  }

  @Override
  public Integer call() {
    if (list) {
      benchmarks.all().forEach(b -> out.printf("%-22s %s%n", b.name(), b.description()));
      return 0;
    }
    List<Benchmark> selected = new ArrayList<>();
    if (names.isEmpty() || names.equals(List.of("all"))) {
      selected.addAll(benchmarks.all());
    } else {
      for (String n : names) {
        var b = benchmarks.named(n);
        if (b.isEmpty()) {
          out.println("Unknown benchmark '" + n + "' (--list shows them)");
          return 2;
        }
        selected.add(b.get());
      }
    }
    BenchSettings settings = new BenchSettings(quick);
    out.printf(
        "Ferrum benchmarks (%s mode), JDK %s, %d CPUs%n%n",
        quick ? "quick" : "full", Runtime.version(), Runtime.getRuntime().availableProcessors());
    int failed = 0;
    int missed = 0;
    for (Benchmark b : selected) {
      long start = System.nanoTime();
      try {
        BenchResult r = b.run(settings);
        out.print(r.toTable());
        if (!r.allTargetsMet()) {
          missed++;
        }
      } catch (Exception e) {
        failed++;
        out.println("### " + b.name() + " FAILED: " + e);
        e.printStackTrace(System.err);
      }
      out.printf("%n(%s took %.1f s)%n%n", b.name(), (System.nanoTime() - start) / 1e9);
    }
    out.printf(
        "%d benchmark(s) run, %d failed, %d with a missed target%n",
        selected.size(), failed, missed);
    return failed == 0 ? 0 : 1;
  }
}
