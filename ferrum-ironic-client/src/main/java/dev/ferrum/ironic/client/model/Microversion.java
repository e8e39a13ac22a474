package dev.ferrum.ironic.client.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Ironic API microversion such as {@code 1.46}.
 *
 * <p>Exists because microversions compare numerically, not as text: {@code 1.9 < 1.10}. Every
 * operation of the client declares the smallest microversion it needs, and negotiation compares
 * those against what the server and the client support.
 *
 * @param major the major version, {@code 1} for the Bare Metal API v1
 * @param minor the minor version
 */
public record Microversion(int major, int minor) implements Comparable<Microversion> {

  private static final Pattern FORMAT = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

  /** Rejects negative numbers. */
  public Microversion {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException("microversion parts must be >= 0: " + major + "." + minor);
    }
  }

  /** Microversion {@code 1.minor}, the only major version Ironic has. */
  public static Microversion of(int minor) {
    return new Microversion(1, minor);
  }

  /**
   * Parses {@code "1.46"}.
   *
   * @throws IllegalArgumentException if the text is not {@code MAJOR.MINOR}
   */
  public static Microversion parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a microversion (MAJOR.MINOR): '" + text + "'");
    }
    return new Microversion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** {@code true} if this version is at least {@code other}. */
  public boolean atLeast(Microversion other) {
    return compareTo(other) >= 0;
  }

  /** The smaller of two versions. */
  public static Microversion min(Microversion a, Microversion b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public int compareTo(Microversion other) {
    int c = Integer.compare(major, other.major);
    return c != 0 ? c : Integer.compare(minor, other.minor);
  }

  /** {@code MAJOR.MINOR}, as the version headers carry it. */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
