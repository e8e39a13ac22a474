package dev.ferrum.bench.internal;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample. Internal. */
public final class Percentiles {

  private final double[] sorted;

  /**
   * Sorts a copy of the sample.
   *
   * @param sample the values
   */
  public Percentiles(double[] sample) {
    this.sorted = sample.clone();
    Arrays.sort(this.sorted);
  }

  /**
   * The nearest-rank percentile.
   *
   * @param p 0 to 100
   * @return the value, NaN for an empty sample
   */
  public double at(double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /**
   * The sample size.
   *
   * @return how many values
   */
  public int size() {
    return sorted.length;
  }
}
