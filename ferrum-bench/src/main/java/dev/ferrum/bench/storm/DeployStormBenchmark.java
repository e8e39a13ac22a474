package dev.ferrum.bench.storm;

import dev.ferrum.bench.BenchResult;
import dev.ferrum.bench.BenchSettings;
import dev.ferrum.bench.Benchmark;
import dev.ferrum.bench.Figure;
import dev.ferrum.bench.internal.Percentiles;
import dev.ferrum.bench.internal.SimulatedIronic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The deploy storm of issues #4 and #6 (item 2): N concurrent spawn+destroy lifecycles with
 * simulated 60-second deploys, through Ferrum's driver and through Nova's per-operation polling.
 *
 * <p>Exists to hold the driver to the "one poller" design: Ironic load must not grow with the
 * number of operations in flight, and the shared poller must not make spawns return late.
 */
public final class DeployStormBenchmark implements Benchmark {

  /** Nova's and the driver's default {@code api_retry_interval}. */
  static final Duration INTERVAL = Duration.ofSeconds(2);

  @Override
  public String name() {
    return "deploy-storm";
  }

  @Override
  public String description() {
    return "concurrent spawn+destroy: Ironic requests and detection delay, driver vs per-operation polling";
  }

  @Override
  public BenchResult run(BenchSettings settings) throws Exception {
    int n = settings.pick(1000, 50);
    Duration deploy = settings.quick() ? Duration.ofSeconds(8) : Duration.ofSeconds(60);
    StormRun.Outcome driver =
        storm(n, deploy, client -> new DriverLifecycle(client.client(), INTERVAL));
    StormRun.Outcome nova =
        storm(n, deploy, client -> new PerOperationPolling(client.client(), INTERVAL));
    // One spawn alone: below the watcher's list threshold every wait polls its own node.
    StormRun.Outcome single =
        storm(
            1,
            settings.quick() ? Duration.ofSeconds(2) : deploy,
            client -> new DriverLifecycle(client.client(), INTERVAL));
    Percentiles dp = new Percentiles(driver.delaysSeconds());
    Percentiles np = new Percentiles(nova.delaysSeconds());
    double interval = INTERVAL.toMillis() / 1000.0;
    List<Figure> f = new ArrayList<>();
    f.add(
        Figure.atMost(
            "driver: Ironic requests per lifecycle", driver.requestsPerLifecycle(), "req", 12));
    f.add(
        Figure.of(
            "per-operation polling: requests per lifecycle", nova.requestsPerLifecycle(), "req"));
    f.add(
        Figure.of(
            "driver, a single spawn alone: requests per lifecycle",
            single.requestsPerLifecycle(),
            "req"));
    f.add(
        Figure.atMost(
            "driver: requests/s with " + n + " spawns in flight",
            driver.requestsPerSecondInFlight(),
            "req/s",
            5));
    f.add(
        Figure.of(
            "per-operation polling: requests/s with " + n + " in flight",
            nova.requestsPerSecondInFlight(),
            "req/s"));
    f.add(Figure.of("driver: detection delay p50", dp.at(50), "s"));
    f.add(Figure.atMost("driver: detection delay p99", dp.at(99), "s", interval));
    f.add(Figure.of("per-operation polling: detection delay p50", np.at(50), "s"));
    f.add(Figure.of("per-operation polling: detection delay p99", np.at(99), "s"));
    List<String> notes = new ArrayList<>();
    notes.add(
        n
            + " lifecycles per scheme, simulated deploy "
            + deploy.toSeconds()
            + " s, polling interval "
            + INTERVAL.toSeconds()
            + " s; in-flight window "
            + String.format(
                java.util.Locale.ROOT,
                "%.1f s (driver), %.1f s (per-operation)",
                driver.windowSeconds(),
                nova.windowSeconds()));
    notes.add(
        "driver requests per lifecycle by route: "
            + driver.spawnPhase().plus(driver.destroyPhase()).perUnit(n));
    notes.add(
        "per-operation requests per lifecycle by route: "
            + nova.spawnPhase().plus(nova.destroyPhase()).perUnit(n));
    notes.add(
        "single spawn by route: " + single.spawnPhase().plus(single.destroyPhase()).perUnit(1));
    notes.add(
        "detection delay = spawn return minus the simulator's provision_updated_at of the node");
    notes.add(
        "per-operation polling starts each loop at a random phase of its interval: the"
            + " simulator's deploys all take exactly the configured time, real ones vary");
    return new BenchResult(name(), description(), f, notes);
  }

  private static StormRun.Outcome storm(
      int n, Duration deploy, Function<SimulatedIronic, Lifecycle> scheme) throws Exception {
    try (SimulatedIronic ironic = SimulatedIronic.start(n, deploy);
        Lifecycle lifecycle = scheme.apply(ironic)) {
      return new StormRun(ironic, n, deploy, INTERVAL).run(lifecycle);
    }
  }
}
