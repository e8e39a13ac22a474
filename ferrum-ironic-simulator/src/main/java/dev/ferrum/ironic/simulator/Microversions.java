package dev.ferrum.ironic.simulator;

import java.util.Objects;

/**
 * The API microversion range the simulator advertises, so tests can pretend to be an older (or a
 * capped) Ironic and check a client's negotiation and feature gating.
 *
 * @param minimum the lowest supported minor version of API 1 (at least 1)
 * @param maximum the highest supported minor version of API 1
 */
public record Microversions(int minimum, int maximum) {

  /** The range of Ironic 2023.1 ("Antelope"), the release the references were taken from. */
  public static final Microversions ANTELOPE = new Microversions(1, 82);

  /** Validates the range. */
  public Microversions {
    if (minimum < 1 || maximum < minimum) {
      throw new IllegalArgumentException(
          "invalid microversion range 1." + minimum + "-1." + maximum);
    }
  }

  /**
   * Parses a range written {@code 1.1-1.82} (or a single {@code 1.N} for a cap with minimum 1).
   *
   * @param text the range
   * @return the parsed range
   */
  public static Microversions parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.trim().split("-", 2);
    if (parts.length == 1) {
      return new Microversions(1, minor(parts[0]));
    }
    return new Microversions(minor(parts[0]), minor(parts[1]));
  }

  private static int minor(String version) {
    String v = version.trim();
    if (!v.startsWith("1.")) {
      throw new IllegalArgumentException("not an API 1 microversion: " + version);
    }
    return Integer.parseInt(v.substring(2));
  }

  /**
   * Returns the minimum as text.
   *
   * @return e.g. {@code 1.1}
   */
  public String minimumText() {
    return "1." + minimum;
  }

  /**
   * Returns the maximum as text.
   *
   * @return e.g. {@code 1.82}
   */
  public String maximumText() {
    return "1." + maximum;
  }
}
