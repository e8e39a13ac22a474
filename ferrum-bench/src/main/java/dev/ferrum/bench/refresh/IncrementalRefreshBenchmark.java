package dev.ferrum.bench.refresh;

import dev.ferrum.bench.BenchResult;
import dev.ferrum.bench.BenchSettings;
import dev.ferrum.bench.Benchmark;
import dev.ferrum.bench.Figure;
import dev.ferrum.bench.internal.Percentiles;
import dev.ferrum.bench.internal.RequestCounts;
import dev.ferrum.bench.internal.SimulatedIronic;
import dev.ferrum.driver.cache.NodeCache;
import dev.ferrum.driver.cache.RefreshPolicy;
import dev.ferrum.driver.ring.RingSettings;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.NodeQuery;
import dev.ferrum.ironic.simulator.SimulatorControl;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Issue #6 item 6: with many nodes of which 1% changed since the last refresh, the requests and
 * time of an incremental ({@code updated_at}-ordered) refresh against a full one.
 *
 * <p>Exists to show what {@code full_refresh_interval} buys: the periodic refresh of a compute
 * service reads the few nodes that changed instead of every node, while a full refresh every
 * interval still catches deletions.
 */
public final class IncrementalRefreshBenchmark implements Benchmark {

  /** Refreshes per full refresh in the amortised figure (a 1-minute period, full every 10 min). */
  static final int REFRESHES_PER_FULL = 10;

  @Override
  public String name() {
    return "incremental-refresh";
  }

  @Override
  public String description() {
    return "node cache refresh with 1% of the nodes changed: incremental vs full";
  }

  @Override
  public BenchResult run(BenchSettings settings) throws Exception {
    int nodes = settings.pick(10_000, 1_000);
    int rounds = settings.pick(10, 2);
    int changedPerRound = Math.max(1, nodes / 100);
    RefreshPolicy policy = RefreshPolicy.incremental(Duration.ofHours(1));
    Duration spacing = policy.overlap().plusMillis(500);
    Random random = new Random(42);
    try (SimulatedIronic ironic = SimulatedIronic.start(nodes, Duration.ofMillis(5))) {
      SimulatorControl control = ironic.control();
      List<String> uuids =
          ironic.client().nodes().list(NodeQuery.builder().fields("uuid").build()).stream()
              .map(Node::uuid)
              .toList();
      // Every node updated once (a deployment that has run for a while), then a pause longer than
      // the overlap and one last update that becomes the first high-water mark.
      boolean[] maintenance = new boolean[uuids.size()];
      for (String u : uuids) {
        control.setMaintenance(u, true, "burn-in");
        control.setMaintenance(u, false, null);
      }
      Thread.sleep(spacing.toMillis());
      control.setMaintenance(uuids.get(0), true, "burn-in");
      control.setMaintenance(uuids.get(0), false, null);
      RingSettings ring = RingSettings.forHost(BenchHosts.HOST);
      NodeCache incremental =
          new NodeCache(ironic.client(), ring, new BenchHosts(), Clock.systemUTC(), policy);
      NodeCache full = NodeCache.create(ironic.client(), ring, new BenchHosts());
      RequestCounts c0 = ironic.counts();
      incremental.refresh(); // the first refresh is full, reading the mark first
      RequestCounts firstRefresh = ironic.counts().since(c0);
      full.refresh();
      double[] incMs = new double[rounds];
      double[] fullMs = new double[rounds];
      long[] incReq = new long[rounds];
      long[] fullReq = new long[rounds];
      for (int r = 0; r < rounds; r++) {
        Thread.sleep(spacing.toMillis());
        List<Integer> changed = new ArrayList<>();
        while (changed.size() < changedPerRound) {
          int i = random.nextInt(uuids.size());
          if (!changed.contains(i)) {
            changed.add(i);
            maintenance[i] = !maintenance[i];
            control.setMaintenance(uuids.get(i), maintenance[i], "bench round " + r);
          }
        }
        RequestCounts a = ironic.counts();
        long t0 = System.nanoTime();
        incremental.refresh();
        long t1 = System.nanoTime();
        RequestCounts b = ironic.counts();
        full.refresh();
        long t2 = System.nanoTime();
        RequestCounts c = ironic.counts();
        incMs[r] = (t1 - t0) / 1e6;
        fullMs[r] = (t2 - t1) / 1e6;
        incReq[r] = b.since(a).total();
        fullReq[r] = c.since(b).total();
        for (int i : changed) {
          boolean seen =
              Boolean.TRUE.equals(
                  incremental.snapshot().node(uuids.get(i)).orElseThrow().maintenance());
          if (seen != maintenance[i]) {
            throw new IllegalStateException(
                "incremental refresh missed the change of node " + uuids.get(i));
          }
        }
      }
      if (incremental.incrementalRefreshCount() != rounds) {
        throw new IllegalStateException(
            "expected "
                + rounds
                + " incremental refreshes, ran "
                + incremental.incrementalRefreshCount());
      }
      double im = new Percentiles(incMs).at(50);
      double fm = new Percentiles(fullMs).at(50);
      double ir = median(incReq);
      double fr = median(fullReq);
      double firstReq = firstRefresh.total() - firstRefresh.byRoute().getOrDefault("GET /", 0L);
      double amortised = (firstReq + (REFRESHES_PER_FULL - 1) * ir) / REFRESHES_PER_FULL;
      List<Figure> f = new ArrayList<>();
      f.add(Figure.of("incremental refresh: requests (median)", ir, "req"));
      f.add(Figure.of("full refresh: requests (median)", fr, "req"));
      f.add(Figure.of("incremental refresh: time (median)", im, "ms"));
      f.add(Figure.of("full refresh: time (median)", fm, "ms"));
      f.add(Figure.of("time incremental / full", im / fm, ""));
      f.add(
          Figure.of(
              "requests per refresh, full every " + REFRESHES_PER_FULL + "th (amortised)",
              amortised,
              "req"));
      List<String> notes = new ArrayList<>();
      notes.add(
          String.format(
              Locale.ROOT,
              "%d simulated nodes, %d changed (maintenance toggled) before each of %d rounds,"
                  + " rounds %d ms apart; incremental page size %d, overlap %d s; a full"
                  + " refresh with the mark request costs %.0f requests",
              nodes,
              changedPerRound,
              rounds,
              spacing.toMillis(),
              policy.pageSize(),
              policy.overlap().toSeconds(),
              firstReq));
      notes.add(
          "every round checks that the incremental cache shows each changed node's new state;"
              + " deletions and never-updated new nodes wait for the next full refresh");
      return new BenchResult(name(), description(), f, notes);
    }
  }

  private static double median(long[] values) {
    double[] d = new double[values.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = values[i];
    }
    return new Percentiles(d).at(50);
  }
}
