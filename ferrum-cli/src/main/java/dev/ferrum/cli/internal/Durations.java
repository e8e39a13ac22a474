package dev.ferrum.cli.internal;

import java.time.Duration;
import java.util.Locale;

/** Reads and prints the short durations options take ({@code 500ms}, {@code 1s}, {@code 30m}). */
public final class Durations {

  private Durations() {}

  /**
   * Parses a number with an optional unit: {@code ms}, {@code s} (the default), {@code m} or {@code
   * h}; fractions are allowed ({@code 0.5s}).
   *
   * @throws IllegalArgumentException when the text is not such a duration, or negative
   */
  public static Duration parse(String text) {
    String s = text.trim().toLowerCase(Locale.ROOT);
    long unitMillis;
    String number;
    if (s.endsWith("ms")) {
      unitMillis = 1;
      number = s.substring(0, s.length() - 2);
    } else if (s.endsWith("s")) {
      unitMillis = 1000;
      number = s.substring(0, s.length() - 1);
    } else if (s.endsWith("m")) {
      unitMillis = 60_000;
      number = s.substring(0, s.length() - 1);
    } else if (s.endsWith("h")) {
      unitMillis = 3_600_000;
      number = s.substring(0, s.length() - 1);
    } else {
      unitMillis = 1000;
      number = s;
    }
    double value;
    try {
      value = Double.parseDouble(number.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration (e.g. 500ms, 1s, 30m, 2h)", e);
    }
    if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("'" + text + "' must be a positive duration");
    }
    return Duration.ofMillis(Math.round(value * unitMillis));
  }

  /** A short human form: {@code 750ms}, {@code 45s}, {@code 30m}, {@code 1h5m}. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + "ms";
    }
    long s = d.toSeconds();
    if (s < 60) {
      return s + "s";
    }
    long h = s / 3600;
    long m = (s % 3600) / 60;
    long rest = s % 60;
    StringBuilder b = new StringBuilder();
    if (h > 0) {
      b.append(h).append('h');
    }
    if (m > 0) {
      b.append(m).append('m');
    }
    if (rest > 0) {
      b.append(rest).append('s');
    }
    return b.toString();
  }
}
