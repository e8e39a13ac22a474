package dev.ferrum.bench;

/**
 * One benchmark the runner can execute by name.
 *
 * <p>Exists so {@link BenchMain} stays a list of names: a new benchmark (API latency, memory,
 * start-up...) is one more implementation registered in {@link Benchmarks}, printed the same way.
 * Implementations start whatever they measure (an in-process simulator, a driver) and stop it
 * before returning.
 */
public interface Benchmark {

  /**
   * The name used on the command line, e.g. {@code deploy-storm}.
   *
   * @return a stable, lower-case, dash-separated name
   */
  String name();

  /**
   * One line saying what the benchmark measures, for {@code --list} and the result header.
   *
   * @return the description
   */
  String description();

  /**
   * Runs the benchmark.
   *
   * @param settings full or quick mode
   * @return the figures measured
   * @throws Exception if the benchmark cannot run; the runner reports it and fails
   */
  BenchResult run(BenchSettings settings) throws Exception;
}
