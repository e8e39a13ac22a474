package dev.ferrum.bench;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One measured value, with its unit and, if the project set one, its target.
 *
 * <p>Exists so every benchmark reports in the same shape (figure, value, target, met?) and the
 * table in {@code BENCHMARKS.md} can be pasted from the output.
 *
 * @param name what was measured
 * @param value the value
 * @param unit the unit ({@code ""} for plain numbers)
 * @param target the target, if any
 */
public record Figure(String name, double value, String unit, Optional<Target> target) {

  /** Checks the inputs. */
  public Figure {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(target, "target");
  }

  /**
   * A figure without a target (context for the ones that have one).
   *
   * @param name what was measured
   * @param value the value
   * @param unit the unit
   * @return the figure
   */
  public static Figure of(String name, double value, String unit) {
    return new Figure(name, value, unit, Optional.empty());
  }

  /**
   * A figure that should be at most {@code bound}.
   *
   * @param name what was measured
   * @param value the value
   * @param unit the unit
   * @param bound the largest acceptable value
   * @return the figure
   */
  public static Figure atMost(String name, double value, String unit, double bound) {
    return new Figure(name, value, unit, Optional.of(new Target(bound)));
  }

  /**
   * Whether the target is met.
   *
   * @return empty without a target
   */
  public Optional<Boolean> met() {
    return target.map(t -> value <= t.atMost());
  }

  /**
   * The value with its unit, as printed.
   *
   * @return e.g. {@code 11.00 req} or {@code 1.07}
   */
  public String formattedValue() {
    return format(value) + (unit.isEmpty() ? "" : " " + unit);
  }

  /**
   * The target as printed.
   *
   * @return e.g. {@code <= 12 req}, or {@code -}
   */
  public String formattedTarget() {
    return target
        .map(t -> "<= " + format(t.atMost()) + (unit.isEmpty() ? "" : " " + unit))
        .orElse("-");
  }

  static String format(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e12) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.3f", v);
  }

  /**
   * An upper bound.
   *
   * @param atMost the largest acceptable value
   */
  public record Target(double atMost) {}
}
