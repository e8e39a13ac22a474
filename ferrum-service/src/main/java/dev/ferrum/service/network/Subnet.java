package dev.ferrum.service.network;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An IP range on a network from which ports get their fixed addresses. Ferrum assigns addresses
 * statically and publishes them in the config drive, so {@code enableDhcp} is only stored and
 * reported.
 *
 * @param id the subnet id
 * @param networkId the network it belongs to
 * @param projectId the owning project
 * @param name the name ({@code ""} when unnamed)
 * @param description the description ({@code ""} when none)
 * @param ipVersion 4 or 6
 * @param cidr the range in canonical form ({@code 10.0.0.0/24}, {@code 2001:db8::/64})
 * @param gatewayIp the gateway, or {@code null} for none
 * @param allocationPools the ranges addresses are allocated from
 * @param dnsNameservers DNS servers, in order
 * @param hostRoutes extra routes
 * @param enableDhcp whether DHCP is enabled (stored and reported)
 * @param ipv6AddressMode the IPv6 address mode, or {@code null}
 * @param ipv6RaMode the IPv6 router advertisement mode, or {@code null}
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 */
public record Subnet(
    String id,
    String networkId,
    String projectId,
    String name,
    String description,
    int ipVersion,
    String cidr,
    String gatewayIp,
    List<AllocationPool> allocationPools,
    List<String> dnsNameservers,
    List<HostRoute> hostRoutes,
    boolean enableDhcp,
    String ipv6AddressMode,
    String ipv6RaMode,
    Instant createdAt,
    Instant updatedAt) {

  /** Checks and copies. */
  public Subnet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(networkId, "networkId");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(cidr, "cidr");
    if (ipVersion != 4 && ipVersion != 6) {
      throw new IllegalArgumentException("IP version must be 4 or 6: " + ipVersion);
    }
    allocationPools = List.copyOf(allocationPools);
    dnsNameservers = List.copyOf(dnsNameservers);
    hostRoutes = List.copyOf(hostRoutes);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /**
   * An inclusive address range of a subnet.
   *
   * @param start the first address
   * @param end the last address
   */
  public record AllocationPool(String start, String end) {
    /** Checks both ends. */
    public AllocationPool {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
    }
  }

  /**
   * A route the subnet's hosts should install.
   *
   * @param destination the destination CIDR
   * @param nexthop the next hop address
   */
  public record HostRoute(String destination, String nexthop) {
    /** Checks both parts. */
    public HostRoute {
      Objects.requireNonNull(destination, "destination");
      Objects.requireNonNull(nexthop, "nexthop");
    }
  }
}
