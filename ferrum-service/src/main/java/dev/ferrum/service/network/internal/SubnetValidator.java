package dev.ferrum.service.network.internal;

import dev.ferrum.service.network.InvalidNetworkRequestException;
import dev.ferrum.service.network.NetworkConflictException;
import dev.ferrum.service.network.Subnet;
import dev.ferrum.service.network.SubnetSpec;
import dev.ferrum.service.network.internal.IpMath.Address;
import dev.ferrum.service.network.internal.IpMath.Cidr;
import dev.ferrum.service.network.internal.IpMath.Range;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Neutron's subnet checks, as pure functions so that they are tested without a database: the CIDR,
 * the gateway, the allocation pools (defaulted around the gateway when none are given), DNS
 * servers, host routes, and overlap with the other subnets of the network. Every failure carries
 * Neutron's error type and message; the result is in canonical form.
 */
public final class SubnetValidator {
  private SubnetValidator() {}

  /**
   * Validates a request and builds the subnet to store.
   *
   * @param spec the request
   * @param id the new subnet's id
   * @param now the creation time
   * @return the subnet, every address canonical
   * @throws InvalidNetworkRequestException (400) for invalid input
   * @throws NetworkConflictException (409, {@code GatewayConflictWithAllocationPools}) for a
   *     gateway inside a pool
   */
  public static Subnet validate(SubnetSpec spec, String id, Instant now) {
    Cidr cidr;
    try {
      cidr = IpMath.parseCidr(spec.cidr());
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
    if (spec.ipVersion() != 4 && spec.ipVersion() != 6) {
      throw invalid("IP version " + spec.ipVersion() + " is not supported");
    }
    checkVersion(spec.ipVersion(), cidr.version(), "cidr", spec.cidr());
    Address gateway = gateway(spec, cidr);
    List<Range> pools;
    if (spec.allocationPools().isEmpty()) {
      pools = defaultPools(cidr, gateway);
    } else {
      pools = pools(spec.allocationPools(), cidr);
      if (gateway != null) {
        for (Range pool : pools) {
          if (pool.contains(gateway)) {
            throw new NetworkConflictException(
                "GatewayConflictWithAllocationPools",
                "Gateway ip " + gateway + " conflicts with allocation pool " + pool + ".");
          }
        }
      }
    }
    List<String> dns = new ArrayList<>();
    for (String server : spec.dnsNameservers()) {
      Address a =
          IpMath.parseAddress(server)
              .orElseThrow(() -> invalid("Error parsing dns address " + server));
      checkVersion(spec.ipVersion(), a.version(), "dns_nameserver", server);
      if (dns.contains(a.toString())) {
        throw invalid("Duplicate nameserver '" + server + "'");
      }
      dns.add(a.toString());
    }
    List<Subnet.HostRoute> routes = new ArrayList<>();
    for (Subnet.HostRoute route : spec.hostRoutes()) {
      String text =
          "{'destination': '" + route.destination() + "', 'nexthop': '" + route.nexthop() + "'}";
      Optional<String> destination = IpMath.canonicalNetworkText(route.destination());
      Optional<Address> nexthop = IpMath.parseAddress(route.nexthop());
      if (destination.isEmpty() || nexthop.isEmpty()) {
        throw invalid("Invalid route: " + text);
      }
      int destinationVersion = destination.get().indexOf(':') >= 0 ? 6 : 4;
      checkVersion(spec.ipVersion(), destinationVersion, "destination", route.destination());
      checkVersion(spec.ipVersion(), nexthop.get().version(), "nexthop", route.nexthop());
      Subnet.HostRoute canonical =
          new Subnet.HostRoute(destination.get(), nexthop.get().toString());
      if (routes.contains(canonical)) {
        throw invalid("Duplicate hostroute '" + text + "'");
      }
      routes.add(canonical);
    }
    return new Subnet(
        id,
        spec.networkId(),
        spec.projectId(),
        spec.name(),
        spec.description(),
        spec.ipVersion(),
        cidr.toString(),
        gateway == null ? null : gateway.toString(),
        pools.stream()
            .map(p -> new Subnet.AllocationPool(p.first().toString(), p.last().toString()))
            .toList(),
        dns,
        routes,
        spec.enableDhcp(),
        spec.ipv6AddressMode(),
        spec.ipv6RaMode(),
        now,
        now);
  }

  /**
   * Refuses a subnet whose CIDR overlaps one of the other subnets of its network.
   *
   * @param candidate the new subnet (validated)
   * @param siblings the network's existing subnets
   * @throws InvalidNetworkRequestException on overlap
   */
  public static void checkNoOverlap(Subnet candidate, List<Subnet> siblings) {
    Cidr mine = IpMath.parseCidr(candidate.cidr());
    for (Subnet other : siblings) {
      if (!other.id().equals(candidate.id()) && mine.overlaps(IpMath.parseCidr(other.cidr()))) {
        throw invalid(
            "Requested subnet with cidr: "
                + candidate.cidr()
                + " for network: "
                + candidate.networkId()
                + " overlaps with another subnet");
      }
    }
  }

  /**
   * Neutron's default pools: the whole block less the network address, the IPv4 broadcast address
   * and the gateway (so two pools when the gateway is in the middle). A single-address block is its
   * own pool; a block with no host address between the ends ({@code /31}, {@code /127}) has none.
   *
   * @param cidr the block
   * @param gateway the gateway, or {@code null}
   * @return the pools, in order
   */
  public static List<Range> defaultPools(Cidr cidr, Address gateway) {
    Address first = cidr.network();
    Address last = cidr.last();
    if (first.equals(last)) {
      return List.of(new Range(first, last));
    }
    Address firstHost = first.plus(1);
    Address lastHost = cidr.version() == 4 ? last.plus(-1) : last;
    if (firstHost.compareTo(lastHost) >= 0) {
      return List.of();
    }
    Range hosts = new Range(firstHost, lastHost);
    return gateway == null ? List.of(hosts) : IpMath.subtract(hosts, List.of(gateway));
  }

  private static Address gateway(SubnetSpec spec, Cidr cidr) {
    if (spec.defaultGateway()) {
      BigInteger size = cidr.range().size();
      // Neutron's default is the first host address; blocks without one get no gateway
      return size.compareTo(BigInteger.TWO) > 0 ? cidr.network().plus(1) : null;
    }
    if (spec.gatewayIp() == null) {
      return null;
    }
    Address gw =
        IpMath.parseAddress(spec.gatewayIp())
            .orElseThrow(() -> invalid("'" + spec.gatewayIp() + "' is not a valid IP address"));
    checkVersion(spec.ipVersion(), gw.version(), "gateway_ip", spec.gatewayIp());
    boolean hostAddress =
        cidr.contains(gw)
            && (cidr.range().size().compareTo(BigInteger.TWO) <= 0
                || (!gw.equals(cidr.network())
                    && !(cidr.version() == 4 && gw.equals(cidr.last()))));
    if (!hostAddress) {
      throw invalid("Gateway is not valid on subnet");
    }
    return gw;
  }

  private static List<Range> pools(List<Subnet.AllocationPool> requested, Cidr cidr) {
    Address lowest = cidr.network().plus(1);
    Address highest = cidr.version() == 4 ? cidr.last().plus(-1) : cidr.last();
    List<Range> pools = new ArrayList<>();
    for (Subnet.AllocationPool p : requested) {
      String text = p.start() + "-" + p.end();
      Optional<Address> start = IpMath.parseAddress(p.start());
      Optional<Address> end = IpMath.parseAddress(p.end());
      if (start.isEmpty()
          || end.isEmpty()
          || start.get().version() != cidr.version()
          || end.get().version() != cidr.version()
          || start.get().compareTo(end.get()) > 0) {
        throw new InvalidNetworkRequestException(
            "InvalidAllocationPool", "The allocation pool " + text + " is not valid.");
      }
      Range pool = new Range(start.get(), end.get());
      if (pool.first().compareTo(lowest) < 0 || pool.last().compareTo(highest) > 0) {
        throw new InvalidNetworkRequestException(
            "OutOfBoundsAllocationPool",
            "The allocation pool " + pool + " spans beyond the subnet cidr " + cidr + ".");
      }
      pools.add(pool);
    }
    for (int i = 0; i < pools.size(); i++) {
      for (int j = i + 1; j < pools.size(); j++) {
        if (pools.get(i).overlaps(pools.get(j))) {
          throw new InvalidNetworkRequestException(
              "OverlappingAllocationPools",
              "Found overlapping allocation pools: "
                  + pools.get(i)
                  + " "
                  + pools.get(j)
                  + " for subnet "
                  + cidr
                  + ".");
        }
      }
    }
    return pools;
  }

  private static void checkVersion(int ipVersion, int actual, String name, String text) {
    if (ipVersion != actual) {
      throw invalid(name + " '" + text + "' does not match the ip_version '" + ipVersion + "'");
    }
  }

  static InvalidNetworkRequestException invalid(String reason) {
    return new InvalidNetworkRequestException(
        InvalidNetworkRequestException.INVALID_INPUT,
        "Invalid input for operation: " + reason + ".");
  }
}
