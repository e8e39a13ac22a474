package dev.ferrum.bench.storm;

import dev.ferrum.bench.internal.Percentiles;
import dev.ferrum.bench.internal.RequestCounts;
import dev.ferrum.bench.internal.SimulatedIronic;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.NodeQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One storm with one {@link Lifecycle}: N spawns at once on virtual threads, then N destroys,
 * counting Ironic requests in each phase and in the window where all N deploys are in flight.
 */
final class StormRun {

  private static final String PROVISION_ROUTE = "PUT /v1/nodes/{node}/states/provision";

  private final SimulatedIronic ironic;
  private final int spawns;
  private final Duration deployTime;
  private final Duration interval;

  StormRun(SimulatedIronic ironic, int spawns, Duration deployTime, Duration interval) {
    this.ironic = ironic;
    this.spawns = spawns;
    this.deployTime = deployTime;
    this.interval = interval;
  }

  /** What one storm measured. */
  record Outcome(
      String scheme,
      int lifecycles,
      RequestCounts spawnPhase,
      RequestCounts destroyPhase,
      double windowSeconds,
      long windowRequests,
      double[] delaysSeconds) {

    double requestsPerLifecycle() {
      return (double) spawnPhase.plus(destroyPhase).total() / lifecycles;
    }

    double requestsPerSecondInFlight() {
      return windowSeconds > 0 ? windowRequests / windowSeconds : Double.NaN;
    }
  }

  Outcome run(Lifecycle lifecycle) throws Exception {
    List<Slot> slots = slots();
    Instant[] returned = new Instant[spawns];
    RequestCounts before = ironic.counts();
    long t0 = System.nanoTime();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> spawnsDone = new ArrayList<>();
      for (Slot s : slots) {
        spawnsDone.add(
            pool.submit(() -> {
              lifecycle.spawn(s);
              returned[s.index()] = Instant.now();
              return null;
            }));
      }
      // All deploys requested: from one interval later until just before the first can finish,
      // every operation is waiting.
      long deadline = t0 + deployTime.toNanos() + TimeUnit.MINUTES.toNanos(2);
      while (ironic.counts().byRoute().getOrDefault(PROVISION_ROUTE, 0L)
              - before.byRoute().getOrDefault(PROVISION_ROUTE, 0L)
          < spawns) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the spawns did not all request a deploy in time");
        }
        for (Future<?> f : spawnsDone) {
          if (f.isDone()) {
            f.get(); // a spawn that failed before its deploy: report its error
          }
        }
        Thread.sleep(20);
      }
      long windowStart = System.nanoTime() + interval.toNanos();
      long windowEnd = t0 + deployTime.toNanos() - TimeUnit.MILLISECONDS.toNanos(500);
      double windowSeconds = Double.NaN;
      long windowRequests = 0;
      if (windowEnd - windowStart >= interval.toNanos()) {
        sleepUntil(windowStart);
        RequestCounts a = ironic.counts();
        long aAt = System.nanoTime();
        sleepUntil(windowEnd);
        RequestCounts b = ironic.counts();
        windowSeconds = (System.nanoTime() - aAt) / 1e9;
        windowRequests = b.since(a).total();
      }
      for (Future<?> f : spawnsDone) {
        f.get(deployTime.toSeconds() + 600, TimeUnit.SECONDS);
      }
      RequestCounts afterSpawn = ironic.counts();
      double[] delays = delays(slots, returned);
      RequestCounts beforeDestroy = ironic.counts();
      List<Future<?>> destroys = new ArrayList<>();
      for (Slot s : slots) {
        destroys.add(
            pool.submit(() -> {
              lifecycle.destroy(s);
              return null;
            }));
      }
      for (Future<?> f : destroys) {
        f.get(600, TimeUnit.SECONDS);
      }
      RequestCounts afterDestroy = ironic.counts();
      return new Outcome(
          lifecycle.name(),
          spawns,
          afterSpawn.since(before),
          afterDestroy.since(beforeDestroy),
          windowSeconds,
          windowRequests,
          delays);
    }
  }

  private List<Slot> slots() {
    List<Node> free =
        ironic
            .client()
            .nodes()
            .list(
                NodeQuery.builder()
                    .associated(false)
                    .provisionState("available")
                    .fields("uuid")
                    .limit(NodeQuery.MAX_LIMIT)
                    .build());
    if (free.size() < spawns) {
      throw new IllegalStateException("need " + spawns + " available nodes, have " + free.size());
    }
    List<Slot> out = new ArrayList<>();
    for (int i = 0; i < spawns; i++) {
      out.add(
          new Slot(
              i, free.get(i).uuid(), UUID.randomUUID().toString(), UUID.randomUUID().toString()));
    }
    return out;
  }

  /**
   * Spawn return minus the simulator's {@code provision_updated_at} of the node (its activation).
   */
  private double[] delays(List<Slot> slots, Instant[] returned) {
    Map<String, Instant> activated = new HashMap<>();
    for (Node n :
        ironic
            .client()
            .nodes()
            .list(
                NodeQuery.builder()
                    .fields("uuid", "provision_state", "provision_updated_at")
                    .limit(NodeQuery.MAX_LIMIT)
                    .build())) {
      if ("active".equals(n.provisionState()) && n.provisionUpdatedAt() != null) {
        activated.put(n.uuid(), n.provisionUpdatedAt().toInstant());
      }
    }
    double[] d = new double[slots.size()];
    for (Slot s : slots) {
      Instant at = activated.get(s.nodeUuid());
      if (at == null || returned[s.index()] == null) {
        throw new IllegalStateException("node " + s.nodeUuid() + " is not active after its spawn");
      }
      d[s.index()] = Duration.between(at, returned[s.index()]).toNanos() / 1e9;
    }
    return d;
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long left = nanoTime - System.nanoTime();
    if (left > 0) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
  }

  static Percentiles percentiles(Outcome o) {
    return new Percentiles(o.delaysSeconds());
  }
}
