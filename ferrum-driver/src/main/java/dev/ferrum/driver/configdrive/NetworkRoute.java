package dev.ferrum.driver.configdrive;

import java.util.Objects;

/**
 * A route in {@code network_data.json} ({@code network}, {@code netmask}, {@code gateway}), so that
 * routes are compared and rendered as values.
 *
 * @param network the destination network address
 * @param netmask the destination netmask (dotted IPv4 or IPv6 text)
 * @param gateway the next hop
 */
public record NetworkRoute(String network, String netmask, String gateway) {

  /** Validates the components. */
  public NetworkRoute {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(netmask, "netmask");
    Objects.requireNonNull(gateway, "gateway");
  }
}
