package dev.ferrum.bench.refresh;

import dev.ferrum.bench.BenchResult;
import dev.ferrum.bench.BenchSettings;
import dev.ferrum.bench.Benchmark;
import dev.ferrum.bench.Figure;
import dev.ferrum.bench.internal.Percentiles;
import dev.ferrum.bench.internal.RequestCounts;
import dev.ferrum.bench.internal.SimulatedIronic;
import dev.ferrum.driver.cache.NodeCache;
import dev.ferrum.driver.cache.NodeCacheSnapshot;
import dev.ferrum.driver.cache.NodeLookup;
import dev.ferrum.driver.ring.RingSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue #6 item 1: a full refresh of the driver's {@link NodeCache} over many simulated nodes,
 * against the bare HTTP listing of the same fields and pages.
 *
 * <p>Exists because the refresh runs periodically on every compute service: whatever the driver
 * adds on top of the HTTP transfer (JSON mapping, ownership, snapshot) is paid on every period.
 */
public final class CacheRefreshBenchmark implements Benchmark {

  @Override
  public String name() {
    return "cache-refresh";
  }

  @Override
  public String description() {
    return "full node cache refresh vs the bare HTTP listing of the same fields and pages";
  }

  @Override
  public BenchResult run(BenchSettings settings) throws Exception {
    int nodes = settings.pick(10_000, 1_000);
    int warmUp = settings.pick(5, 2);
    int rounds = settings.pick(20, 3);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (SimulatedIronic ironic = SimulatedIronic.start(nodes, Duration.ofMillis(5))) {
      NodeCache cache =
          NodeCache.create(
              ironic.client(), RingSettings.forHost(BenchHosts.HOST), new BenchHosts());
      cache.refreshRing(); // version discovery, outside the timed rounds
      try (BareListing bare =
          new BareListing(
              ironic.simulator().baseUri(),
              NodeLookup.NODE_FIELDS,
              ironic.client().microversion().toString())) {
        for (int i = 0; i < warmUp; i++) {
          cache.refresh();
          bare.listAll();
        }
        double[] driverMs = new double[rounds];
        double[] bareMs = new double[rounds];
        double[] cpuMs = new double[rounds];
        RequestCounts driverReq = null;
        RequestCounts bareReq = null;
        int listed = 0;
        int kept = 0;
        for (int i = 0; i < rounds; i++) {
          RequestCounts c0 = ironic.counts();
          long cpu0 = threads.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          NodeCacheSnapshot s = cache.refresh();
          long t1 = System.nanoTime();
          long cpu1 = threads.getCurrentThreadCpuTime();
          RequestCounts c1 = ironic.counts();
          listed = bare.listAll();
          long t2 = System.nanoTime();
          RequestCounts c2 = ironic.counts();
          driverMs[i] = (t1 - t0) / 1e6;
          bareMs[i] = (t2 - t1) / 1e6;
          cpuMs[i] = (cpu1 - cpu0) / 1e6;
          driverReq = c1.since(c0);
          bareReq = c2.since(c1);
          kept = s.nodes().size();
        }
        if (listed != nodes || kept != nodes) {
          throw new IllegalStateException(
              "expected " + nodes + " nodes, bare listing saw " + listed + ", cache kept " + kept);
        }
        double d = new Percentiles(driverMs).at(50);
        double b = new Percentiles(bareMs).at(50);
        List<Figure> f = new ArrayList<>();
        f.add(Figure.of("driver refresh time (median)", d, "ms"));
        f.add(Figure.of("bare HTTP listing time (median)", b, "ms"));
        f.add(Figure.atMost("ratio driver / bare", d / b, "", 1.15));
        f.add(
            Figure.of(
                "driver CPU per refresh (median, refreshing thread)",
                new Percentiles(cpuMs).at(50),
                "ms"));
        f.add(Figure.of("driver requests per refresh", driverReq.total(), "req"));
        f.add(Figure.of("bare requests per listing", bareReq.total(), "req"));
        List<String> notes = new ArrayList<>();
        notes.add(
            String.format(
                Locale.ROOT,
                "%d simulated nodes, fields=%s, page size = simulator max_limit (1000); %d warm-up"
                    + " rounds, then %d alternating rounds; p90 driver %.1f ms, bare %.1f ms",
                nodes,
                String.join(",", NodeLookup.NODE_FIELDS),
                warmUp,
                rounds,
                new Percentiles(driverMs).at(90),
                new Percentiles(bareMs).at(90)));
        notes.add(
            "CPU = ThreadMXBean time of the thread calling refresh() (JSON mapping, ownership,"
                + " snapshot); the HttpClient's I/O threads and the in-process simulator are not"
                + " counted");
        notes.add("requests by route (driver): " + driverReq.perUnit(1));
        return new BenchResult(name(), description(), f, notes);
      }
    }
  }
}
