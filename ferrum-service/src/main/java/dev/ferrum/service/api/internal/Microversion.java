package dev.ferrum.service.api.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compute API microversion such as 2.61, with Nova's header parsing: {@code
 * OpenStack-API-Version: compute X} wins over {@code X-OpenStack-Nova-API-Version: X}, {@code
 * latest} means the maximum, and absent headers mean the minimum.
 */
record Microversion(int major, int minor) implements Comparable<Microversion> {
  /** The oldest version served (Nova's base v2.1). */
  static final Microversion MIN = new Microversion(2, 1);

  /**
   * The newest version implemented. 2.79 covers what the stock client negotiates (servers 2.73,
   * flavors 2.61 with embedded extra specs, services 2.69) and flavor swap as an integer (2.75).
   */
  static final Microversion MAX = new Microversion(2, 79);

  private static final Pattern FORMAT = Pattern.compile("^([1-9]\\d*)\\.([1-9]\\d*|0)$");

  static Microversion parse(String text) {
    Matcher m = FORMAT.matcher(text.trim());
    if (!m.matches()) {
      throw new ApiException(
          400,
          "API Version String "
              + text.trim()
              + " is of invalid format. Must be of format MajorNum.MinorNum.");
    }
    try {
      return new Microversion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    } catch (NumberFormatException e) {
      throw new ApiException(400, "API Version String " + text.trim() + " is out of range.");
    }
  }

  /**
   * Picks the version a request asked for.
   *
   * @param openstackHeader the {@code OpenStack-API-Version} value, or null
   * @param novaHeader the {@code X-OpenStack-Nova-API-Version} value, or null
   * @return the version to serve
   * @throws ApiException 400 for a malformed value, 406 for one outside MIN..MAX
   */
  static Microversion negotiate(String openstackHeader, String novaHeader) {
    String requested = computeEntry(openstackHeader);
    if (requested == null && novaHeader != null && !novaHeader.isBlank()) {
      requested = novaHeader.trim();
    }
    if (requested == null) {
      return MIN;
    }
    if (requested.equalsIgnoreCase("latest")) {
      return MAX;
    }
    Microversion v = parse(requested);
    if (v.compareTo(MIN) < 0 || v.compareTo(MAX) > 0) {
      throw new ApiException(
          406,
          "Version "
              + v
              + " is not supported by the API. Minimum is "
              + MIN
              + " and maximum is "
              + MAX
              + ".");
    }
    return v;
  }

  private static String computeEntry(String header) {
    if (header == null) {
      return null;
    }
    for (String part : header.split(",")) {
      String[] words = part.trim().split("\\s+");
      if (words.length == 2 && words[0].equalsIgnoreCase("compute")) {
        return words[1];
      }
    }
    return null;
  }

  boolean atLeast(int minorOf2) {
    return major > 2 || (major == 2 && minor >= minorOf2);
  }

  @Override
  public int compareTo(Microversion o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
