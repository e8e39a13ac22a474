package dev.ferrum.bench;

/**
 * How big a run is.
 *
 * <p>Exists so each benchmark picks its own sizes for the two modes from one flag: the full mode
 * produces the figures recorded in {@code BENCHMARKS.md}; the quick mode only proves in CI that the
 * benchmarks still run (its timings mean nothing).
 *
 * @param quick run small and short
 */
public record BenchSettings(boolean quick) {

  /**
   * Picks the full or the quick value.
   *
   * @param full the value of a full run
   * @param quickValue the value of a quick run
   * @return {@code quickValue} in quick mode, else {@code full}
   */
  public int pick(int full, int quickValue) {
    return quick ? quickValue : full;
  }
}
