package dev.ferrum.bench.service;

import dev.ferrum.bench.BenchResult;
import dev.ferrum.bench.BenchSettings;
import dev.ferrum.bench.Benchmark;
import dev.ferrum.bench.Figure;
import dev.ferrum.bench.internal.Percentiles;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Time from launching {@code ferrum serve} to its first answer on {@code GET /v2.1} (issue #6, item
 * 5; target at most 2 s with H2).
 *
 * <p>Exists because start-up is paid on every restart and upgrade, and it includes JVM start,
 * migrations, the embedded simulator, reconciliation and the first node refresh.
 */
public final class StartupBenchmark implements Benchmark {
  static final double TARGET_S = 2.0;
  private static final Duration BOUND = Duration.ofSeconds(60);
  private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

  @Override
  public String name() {
    return "startup";
  }

  @Override
  public String description() {
    return "ferrum serve (H2, embedded simulator) from launch to the first 200 on GET /v2.1"
        + " (issue #6, item 5)";
  }

  @Override
  public BenchResult run(BenchSettings settings) throws Exception {
    int runs = settings.pick(5, 1);
    double[] fresh = new double[runs];
    double[] freshCpu = new double[runs];
    double[] again = new double[runs];
    double[] c1 = new double[runs];
    for (int i = 0; i < runs; i++) {
      Path dir = ServiceBench.tempDir("ferrum-bench-startup");
      Path c1Dir = ServiceBench.tempDir("ferrum-bench-startup-c1");
      try {
        Run first = once(dir, List.of());
        fresh[i] = first.seconds();
        freshCpu[i] = first.cpuSeconds();
        again[i] = once(dir, List.of()).seconds();
        c1[i] = once(c1Dir, List.of(C1_ONLY)).seconds();
      } finally {
        ServiceBench.deleteTree(dir);
        ServiceBench.deleteTree(c1Dir);
      }
    }
    Percentiles f = new Percentiles(fresh);
    Percentiles a = new Percentiles(again);
    List<Figure> figures = new ArrayList<>();
    figures.add(Figure.atMost("new data directory: median", f.at(50), "s", TARGET_S));
    figures.add(Figure.of("new data directory: slowest", f.at(100), "s"));
    figures.add(Figure.of("new data directory: child CPU time (median)", median(freshCpu), "s"));
    figures.add(Figure.atMost("existing data directory: median", a.at(50), "s", TARGET_S));
    figures.add(Figure.of("existing data directory: slowest", a.at(100), "s"));
    figures.add(Figure.of("new data directory, " + C1_ONLY + ": median", median(c1), "s"));
    List<String> notes =
        List.of(
            String.format(
                Locale.ROOT,
                "%d runs of each; a run launches `java [options] -cp <bench class path> %s"
                    + " --data-dir <temp> --port <free>` and polls GET /v2.1 every 10 ms",
                runs,
                dev.ferrum.service.ServeMain.class.getName()),
            "new = empty data directory (H2 created, migrations, admin token, catalog seeded);"
                + " existing = the same directory again right after the child was stopped",
            "the embedded simulator (8 nodes) starts inside the child; the time ends at the first"
                + " 200, after reconciliation and the first node refresh",
            "child CPU time = user + system time of all the child's threads at the first 200"
                + " (JIT compiler threads included); "
                + C1_ONLY
                + " = the C1 compiler only (no C2 compilations competing for the cores)");
    return new BenchResult(name(), description(), figures, notes);
  }

  private static double median(double[] sample) {
    return new Percentiles(sample).at(50);
  }

  private record Run(double seconds, double cpuSeconds) {}

  /** Launches one child, returns the time to the first 200 and its CPU time then, stops it. */
  private static Run once(Path dir, List<String> jvmArgs) throws Exception {
    int port = ChildServe.freePort();
    Path log = dir.resolveSibling(dir.getFileName() + ".log");
    long t0 = System.nanoTime();
    try (ChildServe child =
            ChildServe.launch(
                jvmArgs,
                List.of("--data-dir", dir.toString(), "--port", Integer.toString(port)),
                log);
        Http http = new Http(URI.create("http://127.0.0.1:" + port))) {
      long deadline = t0 + BOUND.toNanos();
      while (System.nanoTime() < deadline) {
        if (!child.isAlive()) {
          throw new IllegalStateException("ferrum serve exited:\n" + child.logTail());
        }
        try {
          if (http.get("/v2.1").status() == 200) {
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Run(seconds, child.cpuTime().toNanos() / 1e9);
          }
        } catch (java.io.IOException e) {
          // not listening yet
        }
        Thread.sleep(10);
      }
      throw new IllegalStateException(
          "no answer on /v2.1 within " + BOUND.toSeconds() + " s:\n" + child.logTail());
    } finally {
      java.nio.file.Files.deleteIfExists(log);
    }
  }
}
