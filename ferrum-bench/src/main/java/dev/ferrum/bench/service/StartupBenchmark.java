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
    double[] again = new double[runs];
    for (int i = 0; i < runs; i++) {
      Path dir = ServiceBench.tempDir("ferrum-bench-startup");
      try {
        fresh[i] = once(dir);
        again[i] = once(dir);
      } finally {
        ServiceBench.deleteTree(dir);
      }
    }
    Percentiles f = new Percentiles(fresh);
    Percentiles a = new Percentiles(again);
    List<Figure> figures = new ArrayList<>();
    figures.add(Figure.atMost("new data directory: median", f.at(50), "s", TARGET_S));
    figures.add(Figure.of("new data directory: slowest", f.at(100), "s"));
    figures.add(Figure.atMost("existing data directory: median", a.at(50), "s", TARGET_S));
    figures.add(Figure.of("existing data directory: slowest", a.at(100), "s"));
    List<String> notes =
        List.of(
            String.format(
                Locale.ROOT,
                "%d runs of each; a run launches `java -cp <bench class path> %s --data-dir <temp>"
                    + " --port <free>` (no JVM options) and polls GET /v2.1 every 10 ms",
                runs,
                dev.ferrum.service.ServeMain.class.getName()),
            "new = empty data directory (H2 created, migrations, admin token, catalog seeded);"
                + " existing = the same directory again right after the child was stopped",
            "the embedded simulator (8 nodes) starts inside the child; the time ends at the first"
                + " 200, after reconciliation and the first node refresh");
    return new BenchResult(name(), description(), figures, notes);
  }

  /** Launches one child, returns seconds to the first 200, stops it. */
  private static double once(Path dir) throws Exception {
    int port = ChildServe.freePort();
    Path log = dir.resolveSibling(dir.getFileName() + ".log");
    long t0 = System.nanoTime();
    try (ChildServe child =
            ChildServe.launch(
                List.of(),
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
            return (System.nanoTime() - t0) / 1e9;
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
