package dev.ferrum.service.network.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * IPv4 and IPv6 arithmetic for the address manager: strict parsing (no host names, no DNS look-up,
 * no zone ids), canonical text (dotted quad; IPv6 per RFC 5952), CIDR blocks and inclusive ranges.
 * Values are {@link BigInteger}s so that one code path serves both families and a {@code /64} is
 * never enumerated, only computed on.
 */
public final class IpMath {
  private static final BigInteger MAX4 = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE);
  private static final BigInteger MAX6 = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
  private static final BigInteger V4_MAPPED_PREFIX = BigInteger.valueOf(0xffffL);

  private IpMath() {}

  /**
   * One IPv4 or IPv6 address.
   *
   * @param version 4 or 6
   * @param value the address as an unsigned number
   */
  public record Address(int version, BigInteger value) implements Comparable<Address> {
    /** Checks the version and the range of the value. */
    public Address {
      Objects.requireNonNull(value, "value");
      if (version != 4 && version != 6) {
        throw new IllegalArgumentException("IP version must be 4 or 6: " + version);
      }
      if (value.signum() < 0 || value.compareTo(max(version)) > 0) {
        throw new IllegalArgumentException("not an IPv" + version + " address value: " + value);
      }
    }

    /**
     * Returns the address {@code n} further on (or back, for a negative {@code n}).
     *
     * @param n the distance
     * @return the address
     * @throws IllegalArgumentException if that leaves the address space
     */
    public Address plus(long n) {
      return new Address(version, value.add(BigInteger.valueOf(n)));
    }

    @Override
    public int compareTo(Address o) {
      int c = Integer.compare(version, o.version);
      return c != 0 ? c : value.compareTo(o.value);
    }

    /** Returns the canonical text: a dotted quad, or RFC 5952 IPv6 (compressed, lower case). */
    @Override
    public String toString() {
      return version == 4 ? format4(value.longValue()) : format6(value);
    }
  }

  /**
   * An inclusive range of addresses of one family, such as an allocation pool.
   *
   * @param first the first address
   * @param last the last address, not before {@code first}
   */
  public record Range(Address first, Address last) {
    /** Checks that both ends are of one family and in order. */
    public Range {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      if (first.version() != last.version() || first.compareTo(last) > 0) {
        throw new IllegalArgumentException("not a range: " + first + "-" + last);
      }
    }

    /**
     * Whether an address lies in the range.
     *
     * @param a the address
     * @return whether {@code first <= a <= last}
     */
    public boolean contains(Address a) {
      return a.version() == first.version() && first.compareTo(a) <= 0 && a.compareTo(last) <= 0;
    }

    /**
     * Whether two ranges share an address.
     *
     * @param o the other range
     * @return whether they overlap
     */
    public boolean overlaps(Range o) {
      return first.version() == o.first.version()
          && first.compareTo(o.last) <= 0
          && o.first.compareTo(last) <= 0;
    }

    /**
     * Whether another range lies wholly inside this one.
     *
     * @param o the other range
     * @return whether it is contained
     */
    public boolean encloses(Range o) {
      return contains(o.first) && contains(o.last);
    }

    /**
     * Returns how many addresses the range holds.
     *
     * @return {@code last - first + 1}
     */
    public BigInteger size() {
      return last.value().subtract(first.value()).add(BigInteger.ONE);
    }

    /** Returns Neutron's text for a range, {@code first-last}. */
    @Override
    public String toString() {
      return first + "-" + last;
    }
  }

  /**
   * A CIDR block whose host bits are all zero.
   *
   * @param network the network (first) address
   * @param prefix the prefix length
   */
  public record Cidr(Address network, int prefix) {
    /** Checks the prefix length and that no host bit is set. */
    public Cidr {
      Objects.requireNonNull(network, "network");
      if (prefix < 0 || prefix > bits(network.version())) {
        throw new IllegalArgumentException("bad prefix length " + prefix);
      }
      if (!network.value().equals(mask(network.value(), network.version(), prefix))) {
        throw new IllegalArgumentException("host bits set in " + network + "/" + prefix);
      }
    }

    /**
     * Returns the IP version.
     *
     * @return 4 or 6
     */
    public int version() {
      return network.version();
    }

    /**
     * Returns the last address (the IPv4 broadcast address).
     *
     * @return the last address of the block
     */
    public Address last() {
      BigInteger hostMask =
          BigInteger.ONE.shiftLeft(bits(version()) - prefix).subtract(BigInteger.ONE);
      return new Address(version(), network.value().or(hostMask));
    }

    /**
     * Returns the whole block as a range.
     *
     * @return network address to last address
     */
    public Range range() {
      return new Range(network, last());
    }

    /**
     * Whether an address lies in the block.
     *
     * @param a the address
     * @return whether it is inside
     */
    public boolean contains(Address a) {
      return range().contains(a);
    }

    /**
     * Whether two blocks share an address (for CIDRs: one contains the other).
     *
     * @param o the other block
     * @return whether they overlap
     */
    public boolean overlaps(Cidr o) {
      return range().overlaps(o.range());
    }

    /** Returns the canonical text, e.g. {@code 10.0.0.0/24} or {@code 2001:db8::/64}. */
    @Override
    public String toString() {
      return network + "/" + prefix;
    }
  }

  /**
   * Parses an address in IPv4 dotted-quad or IPv6 text form.
   *
   * @param text the text; {@code null} gives empty
   * @return the address, or empty if the text is not one
   */
  public static Optional<Address> parseAddress(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    if (text.indexOf(':') >= 0) {
      BigInteger v = parse6(text);
      return v == null ? Optional.empty() : Optional.of(new Address(6, v));
    }
    long v = parse4(text);
    return v < 0 ? Optional.empty() : Optional.of(new Address(4, BigInteger.valueOf(v)));
  }

  /**
   * Parses an address that must be valid.
   *
   * @param text the text
   * @return the address
   * @throws IllegalArgumentException if it is not an address
   */
  public static Address address(String text) {
    return parseAddress(text)
        .orElseThrow(
            () -> new IllegalArgumentException("'" + text + "' is not a valid IP address"));
  }

  /**
   * Returns the canonical form of an address, or empty if it is not one.
   *
   * @param text the text
   * @return the canonical text
   */
  public static Optional<String> canonical(String text) {
    return parseAddress(text).map(Address::toString);
  }

  /**
   * Parses a CIDR block as Neutron accepts it: {@code address/prefix} with no host bit set.
   *
   * @param text the text
   * @return the block
   * @throws IllegalArgumentException with Neutron's reason as message ({@code '10.0.0.1/24' isn't a
   *     recognized IP subnet cidr, '10.0.0.0/24' is recommended}, or {@code 'x' is not a valid IP
   *     subnet})
   */
  public static Cidr parseCidr(String text) {
    String invalid = "'" + text + "' is not a valid IP subnet";
    if (text == null) {
      throw new IllegalArgumentException(invalid);
    }
    int slash = text.indexOf('/');
    String addressText = slash < 0 ? text : text.substring(0, slash);
    Address a = parseAddress(addressText).orElseThrow(() -> new IllegalArgumentException(invalid));
    int prefix;
    if (slash < 0) {
      prefix = bits(a.version());
    } else {
      String p = text.substring(slash + 1);
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new IllegalArgumentException(invalid);
      }
      prefix = Integer.parseInt(p);
      if (prefix > bits(a.version())) {
        throw new IllegalArgumentException(invalid);
      }
    }
    Cidr masked = new Cidr(new Address(a.version(), mask(a.value(), a.version(), prefix)), prefix);
    if (slash < 0 || !masked.network().equals(a)) {
      throw new IllegalArgumentException(
          "'" + text + "' isn't a recognized IP subnet cidr, '" + masked + "' is recommended");
    }
    return masked;
  }

  /**
   * Parses an address block that may have host bits set (a route destination, for example), and
   * returns it in canonical form without changing its prefix.
   *
   * @param text the text, with a prefix
   * @return the canonical text, or empty if it does not parse
   */
  public static Optional<String> canonicalNetworkText(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int slash = text.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    Optional<Address> a = parseAddress(text.substring(0, slash));
    String p = text.substring(slash + 1);
    if (a.isEmpty()
        || p.isEmpty()
        || p.length() > 3
        || !p.chars().allMatch(c -> c >= '0' && c <= '9')
        || Integer.parseInt(p) > bits(a.get().version())) {
      return Optional.empty();
    }
    return Optional.of(a.get() + "/" + Integer.parseInt(p));
  }

  /**
   * Returns what is left of a range after removing some addresses, as ordered ranges.
   *
   * @param range the range
   * @param remove the addresses to remove (any order, any family)
   * @return the remaining ranges, in order
   */
  public static List<Range> subtract(Range range, List<Address> remove) {
    List<Range> out = new ArrayList<>();
    out.add(range);
    for (Address r : remove) {
      List<Range> next = new ArrayList<>();
      for (Range piece : out) {
        if (!piece.contains(r)) {
          next.add(piece);
          continue;
        }
        if (piece.first().compareTo(r) < 0) {
          next.add(new Range(piece.first(), r.plus(-1)));
        }
        if (r.compareTo(piece.last()) < 0) {
          next.add(new Range(r.plus(1), piece.last()));
        }
      }
      out = next;
    }
    return out;
  }

  static int bits(int version) {
    return version == 4 ? 32 : 128;
  }

  private static BigInteger max(int version) {
    return version == 4 ? MAX4 : MAX6;
  }

  private static BigInteger mask(BigInteger value, int version, int prefix) {
    int hostBits = bits(version) - prefix;
    return value.shiftRight(hostBits).shiftLeft(hostBits);
  }

  /** Parses a dotted quad; -1 if invalid. Leading zeros are refused (as inet_pton does). */
  private static long parse4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return -1;
    }
    long v = 0;
    for (String p : parts) {
      if (p.isEmpty()
          || p.length() > 3
          || (p.length() > 1 && p.charAt(0) == '0')
          || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return -1;
      }
      int octet = Integer.parseInt(p);
      if (octet > 255) {
        return -1;
      }
      v = (v << 8) | octet;
    }
    return v;
  }

  /** Parses IPv6 text (with {@code ::} and a trailing dotted quad allowed); null if invalid. */
  private static BigInteger parse6(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= '0' && c <= '9')
              || (c >= 'a' && c <= 'f')
              || (c >= 'A' && c <= 'F')
              || c == ':'
              || c == '.';
      if (!ok) {
        return null;
      }
    }
    int gap = s.indexOf("::");
    if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
      return null;
    }
    List<Integer> head = groups6(gap < 0 ? s : s.substring(0, gap), gap < 0);
    List<Integer> tail = gap < 0 ? List.of() : groups6(s.substring(gap + 2), true);
    if (head == null || tail == null) {
      return null;
    }
    int total = head.size() + tail.size();
    if (gap < 0 ? total != 8 : total > 7) {
      return null;
    }
    BigInteger v = BigInteger.ZERO;
    for (int g : head) {
      v = v.shiftLeft(16).or(BigInteger.valueOf(g));
    }
    v = v.shiftLeft(16 * (8 - total));
    for (int g : tail) {
      v = v.shiftLeft(16).or(BigInteger.valueOf(g));
    }
    return v;
  }

  private static List<Integer> groups6(String part, boolean mayEndWithIpv4) {
    List<Integer> out = new ArrayList<>();
    if (part.isEmpty()) {
      return out;
    }
    String[] tokens = part.split(":", -1);
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      if (t.indexOf('.') >= 0) {
        if (!mayEndWithIpv4 || i != tokens.length - 1) {
          return null;
        }
        long v4 = parse4(t);
        if (v4 < 0) {
          return null;
        }
        out.add((int) (v4 >>> 16));
        out.add((int) (v4 & 0xffff));
        continue;
      }
      if (t.isEmpty() || t.length() > 4) {
        return null;
      }
      out.add(Integer.parseInt(t, 16));
    }
    return out;
  }

  private static String format4(long v) {
    return ((v >>> 24) & 0xff)
        + "."
        + ((v >>> 16) & 0xff)
        + "."
        + ((v >>> 8) & 0xff)
        + "."
        + (v & 0xff);
  }

  private static String format6(BigInteger value) {
    if (value.shiftRight(32).equals(V4_MAPPED_PREFIX)) {
      // RFC 5952 section 5: IPv4-mapped addresses keep the dotted quad
      return "::ffff:" + format4(value.longValue() & 0xffffffffL);
    }
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = value.shiftRight(16 * (7 - i)).intValue() & 0xffff;
    }
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < 8; ) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    StringBuilder sb = new StringBuilder(39);
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(g[i]));
    }
    return sb.toString();
  }
}
