package dev.ferrum.driver.configdrive;

import java.util.List;
import java.util.Objects;

/**
 * One entry of {@code network_data.json}'s {@code networks}: an L3 configuration on a link, either
 * DHCP-managed ({@code ipv4_dhcp}/{@code ipv6_dhcp}: only id, type, link and network id) or static.
 *
 * @param id the entry id ({@code network<N>})
 * @param type {@code ipv4}, {@code ipv6}, {@code ipv6_<address mode>}, {@code ipv4_dhcp} or {@code
 *     ipv6_dhcp}
 * @param link the id of the link it is configured on
 * @param networkId the Neutron network id
 * @param ipAddress the fixed address; {@code null} for DHCP entries
 * @param netmask the netmask; {@code null} for DHCP entries
 * @param routes the default route (when there is a gateway) followed by the subnet's host routes
 * @param services the subnet's DNS servers
 */
public record Network(
    String id,
    String type,
    String link,
    String networkId,
    String ipAddress,
    String netmask,
    List<NetworkRoute> routes,
    List<NetworkService> services) {

  /** Validates and copies the components. */
  public Network {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(networkId, "networkId");
    routes = List.copyOf(Objects.requireNonNull(routes, "routes"));
    services = List.copyOf(Objects.requireNonNull(services, "services"));
  }

  /**
   * Whether the guest should use DHCP on this network.
   *
   * @return {@code true} for the {@code *_dhcp} types
   */
  public boolean isDhcp() {
    return type.endsWith("_dhcp");
  }
}
