package dev.ferrum.driver.configdrive.internal;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * CIDR arithmetic with the text forms Python's {@code netaddr} prints (dotted IPv4, compressed
 * lower-case IPv6), so that netmasks and route networks read exactly as in Nova's documents.
 */
public final class IpMath {

  private IpMath() {}

  /**
   * A parsed CIDR.
   *
   * @param address the address bytes as written (host bits kept)
   * @param prefix the prefix length
   */
  public record Cidr(byte[] address, int prefix) {

    /**
     * The IP version.
     *
     * @return 4 or 6
     */
    public int version() {
      return address.length == 4 ? 4 : 6;
    }

    /**
     * The netmask text ({@code 255.255.255.0}, {@code ffff:ffff:ffff:ffff::}).
     *
     * @return the netmask
     */
    public String netmask() {
      byte[] mask = new byte[address.length];
      for (int bit = 0; bit < prefix; bit++) {
        mask[bit / 8] |= (byte) (0x80 >>> (bit % 8));
      }
      return format(mask);
    }

    /**
     * The network address text (host bits cleared).
     *
     * @return the network address
     */
    public String network() {
      byte[] net = address.clone();
      for (int bit = prefix; bit < net.length * 8; bit++) {
        net[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
      }
      return format(net);
    }
  }

  /**
   * Parses {@code a.b.c.d/n} or {@code x::y/n}; a missing prefix means a host route.
   *
   * @param cidr the CIDR text
   * @return the parsed CIDR
   * @throws IllegalArgumentException if it is not a literal address with a valid prefix
   */
  public static Cidr parse(String cidr) {
    Objects.requireNonNull(cidr, "cidr");
    int slash = cidr.indexOf('/');
    String host = slash < 0 ? cidr : cidr.substring(0, slash);
    byte[] address = literal(host);
    int prefix = address.length * 8;
    if (slash >= 0) {
      try {
        prefix = Integer.parseInt(cidr.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("invalid prefix in CIDR " + cidr, e);
      }
    }
    if (prefix < 0 || prefix > address.length * 8) {
      throw new IllegalArgumentException("invalid prefix in CIDR " + cidr);
    }
    return new Cidr(address, prefix);
  }

  /**
   * The IP version of a literal address.
   *
   * @param address an IPv4 or IPv6 literal
   * @return 4 or 6
   */
  public static int versionOf(String address) {
    return literal(address).length == 4 ? 4 : 6;
  }

  private static byte[] literal(String host) {
    boolean looksLiteral = host.contains(":") || host.matches("[0-9.]+");
    if (!looksLiteral || host.isEmpty()) {
      throw new IllegalArgumentException("not an IP address literal: " + host);
    }
    try {
      return InetAddress.getByName(host).getAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IP address literal: " + host, e);
    }
  }

  /**
   * Formats address bytes like {@code netaddr}: dotted IPv4; IPv6 as lower-case hex groups with the
   * longest run (at least two) of zero groups compressed to {@code ::}.
   *
   * @param bytes 4 or 16 bytes
   * @return the text form
   */
  public static String format(byte[] bytes) {
    if (bytes.length == 4) {
      try {
        return ((Inet4Address) InetAddress.getByAddress(bytes)).getHostAddress();
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException(e);
      }
    }
    if (bytes.length != 16) {
      throw new IllegalArgumentException("an IP address has 4 or 16 bytes");
    }
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLength = 0;
    for (int i = 0; i < 8; ) {
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    if (bestLength < 2) {
      bestStart = -1;
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        text.append("::");
        i += bestLength - 1;
        continue;
      }
      if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
        text.append(':');
      }
      text.append(Integer.toHexString(groups[i]));
    }
    return text.toString();
  }
}
