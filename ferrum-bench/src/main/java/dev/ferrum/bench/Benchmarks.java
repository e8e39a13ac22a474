package dev.ferrum.bench;

import dev.ferrum.bench.refresh.CacheRefreshBenchmark;
import dev.ferrum.bench.refresh.IncrementalRefreshBenchmark;
import dev.ferrum.bench.service.ApiChurnBenchmark;
import dev.ferrum.bench.service.ApiDetailBenchmark;
import dev.ferrum.bench.service.MemoryBenchmark;
import dev.ferrum.bench.service.StartupBenchmark;
import dev.ferrum.bench.storm.DeployStormBenchmark;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmarks the runner knows, in the order {@code all} runs them.
 *
 * <p>Exists as the one place a new benchmark is registered.
 */
public final class Benchmarks {

  private final Map<String, Benchmark> byName = new LinkedHashMap<>();

  Benchmarks(List<Benchmark> all) {
    all.forEach(b -> byName.put(b.name(), b));
  }

  /**
   * Every benchmark of this module.
   *
   * @return the registry
   */
  public static Benchmarks standard() {
    return new Benchmarks(
        List.of(
            new CacheRefreshBenchmark(),
            new DeployStormBenchmark(),
            new IncrementalRefreshBenchmark(),
            new ApiDetailBenchmark(),
            new ApiChurnBenchmark(),
            new MemoryBenchmark(),
            new StartupBenchmark()));
  }

  /**
   * The benchmarks in run order.
   *
   * @return all of them
   */
  public List<Benchmark> all() {
    return List.copyOf(byName.values());
  }

  /**
   * A benchmark by name.
   *
   * @param name its command-line name
   * @return the benchmark, if known
   */
  public Optional<Benchmark> named(String name) {
    return Optional.ofNullable(byName.get(name));
  }
}
