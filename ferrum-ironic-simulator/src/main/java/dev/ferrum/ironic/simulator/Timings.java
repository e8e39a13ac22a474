package dev.ferrum.ironic.simulator;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How long each asynchronous step takes, so a simulator can be fast for unit tests, slow enough to
 * show transient states and node locks, or realistic for benchmarks.
 *
 * <p>Keys are the transient provision states ({@code verifying}, {@code cleaning}, {@code
 * deploying}, {@code deleting}, {@code rescuing}, {@code unrescuing}, {@code inspecting}) plus
 * {@code power} (a power action) and {@code console} (enabling or disabling a console). A missing
 * key uses {@link #defaultDuration()}.
 *
 * @param defaultDuration the duration of any step not listed
 * @param perStep durations by step name
 */
public record Timings(Duration defaultDuration, Map<String, Duration> perStep) {

  /** Every step takes 5 ms: fast, yet transient states exist. */
  public static final Timings FAST = new Timings(Duration.ofMillis(5), Map.of());

  /** Validates and copies. */
  public Timings {
    Objects.requireNonNull(defaultDuration, "defaultDuration");
    if (defaultDuration.isNegative()) {
      throw new IllegalArgumentException("negative duration");
    }
    perStep = Map.copyOf(new TreeMap<>(Objects.requireNonNull(perStep, "perStep")));
    for (Duration d : perStep.values()) {
      if (d.isNegative()) {
        throw new IllegalArgumentException("negative duration");
      }
    }
  }

  /**
   * Returns a copy with one step's duration changed.
   *
   * @param step the step name (e.g. {@code deploying} or {@code power})
   * @param duration how long it takes
   * @return the new timings
   */
  public Timings with(String step, Duration duration) {
    Map<String, Duration> copy = new TreeMap<>(perStep);
    copy.put(Objects.requireNonNull(step, "step"), Objects.requireNonNull(duration, "duration"));
    return new Timings(defaultDuration, copy);
  }

  /**
   * Returns a copy with a different default duration.
   *
   * @param duration the duration of unlisted steps
   * @return the new timings
   */
  public Timings withDefault(Duration duration) {
    return new Timings(duration, perStep);
  }

  /**
   * Returns how long a step takes.
   *
   * @param step the step name
   * @return its duration
   */
  public Duration of(String step) {
    return perStep.getOrDefault(step, defaultDuration);
  }
}
