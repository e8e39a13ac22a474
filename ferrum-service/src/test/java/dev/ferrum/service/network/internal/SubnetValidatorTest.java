package dev.ferrum.service.network.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.service.network.InvalidNetworkRequestException;
import dev.ferrum.service.network.NetworkConflictException;
import dev.ferrum.service.network.NeutronFault;
import dev.ferrum.service.network.Subnet;
import dev.ferrum.service.network.Subnet.AllocationPool;
import dev.ferrum.service.network.Subnet.HostRoute;
import dev.ferrum.service.network.SubnetSpec;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class SubnetValidatorTest {
  private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

  static SubnetSpec spec(
      int version,
      String cidr,
      String gateway,
      boolean defaultGateway,
      List<AllocationPool> pools) {
    return new SubnetSpec(
        "net-1",
        "proj",
        "sub",
        "",
        version,
        cidr,
        gateway,
        defaultGateway,
        pools,
        List.of(),
        List.of(),
        true,
        null,
        null);
  }

  static SubnetSpec v4(String cidr) {
    return spec(4, cidr, null, true, List.of());
  }

  static Subnet validate(SubnetSpec spec) {
    return SubnetValidator.validate(spec, "sub-1", T0);
  }

  static AbstractThrowableAssert<?, ? extends Throwable> refused(
      SubnetSpec spec, Class<?> type, String neutronType) {
    return assertThatThrownBy(() -> validate(spec))
        .isInstanceOf(type)
        .satisfies(e -> assertThat(((NeutronFault) e).neutronType()).isEqualTo(neutronType));
  }

  static AllocationPool pool(String start, String end) {
    return new AllocationPool(start, end);
  }

  @Test
  void defaultsGatewayAndPoolsLikeNeutron() {
    Subnet s = validate(v4("10.0.0.0/24"));
    assertThat(s.cidr()).isEqualTo("10.0.0.0/24");
    assertThat(s.gatewayIp()).isEqualTo("10.0.0.1");
    assertThat(s.allocationPools()).containsExactly(pool("10.0.0.2", "10.0.0.254"));
    assertThat(s.createdAt()).isEqualTo(T0);
    assertThat(s.updatedAt()).isEqualTo(T0);
  }

  @Test
  void ipv6DefaultsKeepTheLastAddressAndAreCanonical() {
    Subnet s = validate(spec(6, "2001:DB8:0::/64", null, true, List.of()));
    assertThat(s.cidr()).isEqualTo("2001:db8::/64");
    assertThat(s.gatewayIp()).isEqualTo("2001:db8::1");
    assertThat(s.allocationPools())
        .containsExactly(pool("2001:db8::2", "2001:db8::ffff:ffff:ffff:ffff"));
  }

  @Test
  void splitsTheDefaultPoolAroundAnExplicitGateway() {
    Subnet s = validate(spec(4, "10.0.0.0/24", "10.0.0.100", false, List.of()));
    assertThat(s.gatewayIp()).isEqualTo("10.0.0.100");
    assertThat(s.allocationPools())
        .containsExactly(pool("10.0.0.1", "10.0.0.99"), pool("10.0.0.101", "10.0.0.254"));
    Subnet last = validate(spec(4, "10.0.0.0/24", "10.0.0.254", false, List.of()));
    assertThat(last.allocationPools()).containsExactly(pool("10.0.0.1", "10.0.0.253"));
  }

  @Test
  void noGatewayLeavesTheWholeRange() {
    Subnet s = validate(spec(4, "10.0.0.0/29", null, false, List.of()));
    assertThat(s.gatewayIp()).isNull();
    assertThat(s.allocationPools()).containsExactly(pool("10.0.0.1", "10.0.0.6"));
  }

  @Test
  void tinyBlocks() {
    assertThat(validate(v4("10.0.0.0/31")).allocationPools()).isEmpty();
    assertThat(validate(v4("10.0.0.0/31")).gatewayIp()).isNull();
    Subnet host = validate(v4("10.0.0.7/32"));
    assertThat(host.gatewayIp()).isNull();
    assertThat(host.allocationPools()).containsExactly(pool("10.0.0.7", "10.0.0.7"));
    assertThat(validate(v4("10.0.0.0/30")).allocationPools())
        .containsExactly(pool("10.0.0.2", "10.0.0.2"));
  }

  @Test
  void canonicalisesGivenPoolsDnsAndRoutes() {
    SubnetSpec given =
        new SubnetSpec(
            "net-1",
            "proj",
            "",
            "",
            6,
            "2001:db8::/64",
            "2001:DB8::1",
            false,
            List.of(pool("2001:DB8::10", "2001:db8:0:0::20")),
            List.of("2001:4860:4860:0:0:0:0:8888"),
            List.of(new HostRoute("2001:DB8:1::/48", "2001:DB8::FFFF")),
            false,
            "slaac",
            "slaac");
    Subnet s = validate(given);
    assertThat(s.gatewayIp()).isEqualTo("2001:db8::1");
    assertThat(s.allocationPools()).containsExactly(pool("2001:db8::10", "2001:db8::20"));
    assertThat(s.dnsNameservers()).containsExactly("2001:4860:4860::8888");
    assertThat(s.hostRoutes()).containsExactly(new HostRoute("2001:db8:1::/48", "2001:db8::ffff"));
    assertThat(s.ipv6AddressMode()).isEqualTo("slaac");
    assertThat(s.enableDhcp()).isFalse();
  }

  @Test
  void refusesHostBits() {
    refused(v4("10.0.0.1/24"), InvalidNetworkRequestException.class, "InvalidInput")
        .hasMessage(
            "Invalid input for operation: '10.0.0.1/24' isn't a recognized IP subnet cidr,"
                + " '10.0.0.0/24' is recommended.");
    refused(v4("bogus"), InvalidNetworkRequestException.class, "InvalidInput")
        .hasMessage("Invalid input for operation: 'bogus' is not a valid IP subnet.");
  }

  @Test
  void refusesAVersionThatDoesNotMatchTheCidr() {
    refused(
            spec(6, "10.0.0.0/24", null, true, List.of()),
            InvalidNetworkRequestException.class,
            "InvalidInput")
        .hasMessage(
            "Invalid input for operation: cidr '10.0.0.0/24' does not match the ip_version '6'.");
    refused(
        spec(4, "2001:db8::/64", null, true, List.of()),
        InvalidNetworkRequestException.class,
        "InvalidInput");
  }

  @Test
  void refusesPoolsOutsideTheCidr() {
    refused(
            spec(4, "10.0.0.0/24", null, false, List.of(pool("10.0.0.200", "10.0.1.10"))),
            InvalidNetworkRequestException.class,
            "OutOfBoundsAllocationPool")
        .hasMessage(
            "The allocation pool 10.0.0.200-10.0.1.10 spans beyond the subnet cidr 10.0.0.0/24.");
    // the network and broadcast addresses are outside the usable range
    refused(
        spec(4, "10.0.0.0/24", null, false, List.of(pool("10.0.0.0", "10.0.0.10"))),
        InvalidNetworkRequestException.class,
        "OutOfBoundsAllocationPool");
    refused(
        spec(4, "10.0.0.0/24", null, false, List.of(pool("10.0.0.10", "10.0.0.255"))),
        InvalidNetworkRequestException.class,
        "OutOfBoundsAllocationPool");
  }

  @Test
  void refusesOverlappingPools() {
    refused(
            spec(
                4,
                "10.0.0.0/24",
                null,
                false,
                List.of(pool("10.0.0.10", "10.0.0.20"), pool("10.0.0.20", "10.0.0.30"))),
            InvalidNetworkRequestException.class,
            "OverlappingAllocationPools")
        .hasMessage(
            "Found overlapping allocation pools: 10.0.0.10-10.0.0.20 10.0.0.20-10.0.0.30 for"
                + " subnet 10.0.0.0/24.");
  }

  @Test
  void refusesInvalidPools() {
    refused(
            spec(4, "10.0.0.0/24", null, false, List.of(pool("10.0.0.20", "10.0.0.10"))),
            InvalidNetworkRequestException.class,
            "InvalidAllocationPool")
        .hasMessage("The allocation pool 10.0.0.20-10.0.0.10 is not valid.");
    refused(
        spec(4, "10.0.0.0/24", null, false, List.of(pool("10.0.0.x", "10.0.0.10"))),
        InvalidNetworkRequestException.class,
        "InvalidAllocationPool");
    refused(
        spec(4, "10.0.0.0/24", null, false, List.of(pool("::1", "::2"))),
        InvalidNetworkRequestException.class,
        "InvalidAllocationPool");
  }

  @Test
  void refusesAGatewayInsideAPool() {
    refused(
            spec(4, "10.0.0.0/24", "10.0.0.5", false, List.of(pool("10.0.0.2", "10.0.0.100"))),
            NetworkConflictException.class,
            "GatewayConflictWithAllocationPools")
        .hasMessage("Gateway ip 10.0.0.5 conflicts with allocation pool 10.0.0.2-10.0.0.100.");
    // the default gateway too
    refused(
        spec(4, "10.0.0.0/24", null, true, List.of(pool("10.0.0.1", "10.0.0.100"))),
        NetworkConflictException.class,
        "GatewayConflictWithAllocationPools");
  }

  @Test
  void refusesAGatewayOffTheSubnet() {
    for (String gw : List.of("10.0.1.1", "10.0.0.0", "10.0.0.255")) {
      refused(
              spec(4, "10.0.0.0/24", gw, false, List.of()),
              InvalidNetworkRequestException.class,
              "InvalidInput")
          .hasMessage("Invalid input for operation: Gateway is not valid on subnet.");
    }
    refused(
        spec(4, "10.0.0.0/24", "nonsense", false, List.of()),
        InvalidNetworkRequestException.class,
        "InvalidInput");
    refused(
        spec(4, "10.0.0.0/24", "2001:db8::1", false, List.of()),
        InvalidNetworkRequestException.class,
        "InvalidInput");
  }

  @Test
  void refusesBadDnsAndRoutes() {
    SubnetSpec badDns =
        new SubnetSpec(
            "n",
            "p",
            "",
            "",
            4,
            "10.0.0.0/24",
            null,
            true,
            List.of(),
            List.of("8.8.8.888"),
            List.of(),
            true,
            null,
            null);
    refused(badDns, InvalidNetworkRequestException.class, "InvalidInput")
        .hasMessage("Invalid input for operation: Error parsing dns address 8.8.8.888.");
    SubnetSpec wrongFamilyDns =
        new SubnetSpec(
            "n",
            "p",
            "",
            "",
            4,
            "10.0.0.0/24",
            null,
            true,
            List.of(),
            List.of("2001:4860:4860::8888"),
            List.of(),
            true,
            null,
            null);
    refused(wrongFamilyDns, InvalidNetworkRequestException.class, "InvalidInput");
    SubnetSpec badNexthop =
        new SubnetSpec(
            "n",
            "p",
            "",
            "",
            4,
            "10.0.0.0/24",
            null,
            true,
            List.of(),
            List.of(),
            List.of(new HostRoute("10.1.0.0/16", "10.0.0.x")),
            true,
            null,
            null);
    refused(badNexthop, InvalidNetworkRequestException.class, "InvalidInput")
        .hasMessageContaining("Invalid route");
    SubnetSpec badDestination =
        new SubnetSpec(
            "n",
            "p",
            "",
            "",
            4,
            "10.0.0.0/24",
            null,
            true,
            List.of(),
            List.of(),
            List.of(new HostRoute("10.1.0.0", "10.0.0.1")),
            true,
            null,
            null);
    refused(badDestination, InvalidNetworkRequestException.class, "InvalidInput");
  }

  @Test
  void overlapWithASiblingIsRefused() {
    Subnet existing = SubnetValidator.validate(v4("10.0.0.0/16"), "sub-0", T0);
    Subnet inside = validate(v4("10.0.5.0/24"));
    assertThatThrownBy(() -> SubnetValidator.checkNoOverlap(inside, List.of(existing)))
        .isInstanceOf(InvalidNetworkRequestException.class)
        .hasMessage(
            "Invalid input for operation: Requested subnet with cidr: 10.0.5.0/24 for network:"
                + " net-1 overlaps with another subnet.");
    Subnet beside = validate(v4("10.1.0.0/24"));
    SubnetValidator.checkNoOverlap(beside, List.of(existing));
  }
}
