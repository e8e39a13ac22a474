package dev.ferrum.service.network;

import java.util.List;
import java.util.Objects;

/**
 * What creating a subnet asks for. The backend validates the ranges (CIDR, pools inside it and not
 * overlapping, gateway outside the pools, no overlap with another subnet of the network) and
 * refuses with {@link InvalidNetworkRequestException} before storing anything.
 *
 * @param networkId the network
 * @param projectId the owning project
 * @param name the name ({@code ""} for none)
 * @param description the description ({@code ""} for none)
 * @param ipVersion 4 or 6
 * @param cidr the range as given (host bits set are refused)
 * @param gatewayIp the gateway when {@code defaultGateway} is false; {@code null} there means no
 *     gateway
 * @param defaultGateway whether the request left the gateway out, so that the first address of the
 *     range becomes the gateway, as Neutron does
 * @param allocationPools the pools; empty means the whole range less network, broadcast (IPv4) and
 *     gateway addresses
 * @param dnsNameservers DNS servers
 * @param hostRoutes extra routes
 * @param enableDhcp the DHCP flag (stored and reported)
 * @param ipv6AddressMode the IPv6 address mode, or {@code null}
 * @param ipv6RaMode the IPv6 RA mode, or {@code null}
 */
public record SubnetSpec(
    String networkId,
    String projectId,
    String name,
    String description,
    int ipVersion,
    String cidr,
    String gatewayIp,
    boolean defaultGateway,
    List<Subnet.AllocationPool> allocationPools,
    List<String> dnsNameservers,
    List<Subnet.HostRoute> hostRoutes,
    boolean enableDhcp,
    String ipv6AddressMode,
    String ipv6RaMode) {

  /** Checks and copies. */
  public SubnetSpec {
    Objects.requireNonNull(networkId, "networkId");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(cidr, "cidr");
    allocationPools = List.copyOf(allocationPools);
    dnsNameservers = List.copyOf(dnsNameservers);
    hostRoutes = List.copyOf(hostRoutes);
  }
}
