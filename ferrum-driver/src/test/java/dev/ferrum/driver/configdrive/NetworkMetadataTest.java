package dev.ferrum.driver.configdrive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrum.driver.configdrive.NetworkMetadata.IronicPort;
import dev.ferrum.driver.configdrive.NetworkMetadata.IronicPortgroup;
import dev.ferrum.driver.configdrive.NetworkMetadata.Route;
import dev.ferrum.driver.configdrive.NetworkMetadata.Subnet;
import dev.ferrum.driver.configdrive.NetworkMetadata.Vif;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code network_data.json} rendering and the Ironic rewrite (reference §8.5, CFD-03/05). */
class NetworkMetadataTest {

  private static final String P1 = "11111111-0000-0000-0000-000000000001";
  private static final String P2 = "11111111-0000-0000-0000-000000000002";
  private static final String PG = "22222222-0000-0000-0000-000000000001";

  @Test
  @DisplayName("CFD-03 port-group bonding metadata")
  void cfd03Bond() {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("bond_miimon", 100);
    props.put("xmit_hash_policy", "layer3+4");
    IronicPortgroup group =
        new IronicPortgroup(
            PG,
            "00:00:00:00:00:00",
            "active-backup",
            props,
            NetworkMetadata.vifIdOf(Map.of("tenant_vif_port_id", "VIF1"), Map.of()));
    List<IronicPort> ports =
        List.of(
            new IronicPort(P1, "00:00:00:00:00:01", PG, null),
            new IronicPort(P2, "00:00:00:00:00:02", PG, null));

    NetworkData data = NetworkMetadata.forIronic(Fixtures.vifs(), ports, List.of(group));

    assertThat(data.links()).hasSize(3);
    NetworkLink bond = data.links().get(0);
    assertThat(bond.type()).isEqualTo("bond");
    assertThat(bond.bondMode()).isEqualTo("active-backup");
    assertThat(bond.ethernetMacAddress()).isEqualTo("00:00:00:00:00:00");
    assertThat(bond.bondLinks()).containsExactly(P1, P2);
    assertThat(bond.bondProperties())
        .containsExactly(
            Map.entry("bond_miimon", 100), Map.entry("bond_xmit_hash_policy", "layer3+4"));
    assertThat(data.links().get(1)).isEqualTo(NetworkLink.bondMember(P1, "00:00:00:00:00:01"));
    assertThat(data.links().get(2)).isEqualTo(NetworkLink.bondMember(P2, "00:00:00:00:00:02"));
    assertThat(data.links().stream().map(NetworkLink::id).distinct()).hasSize(3);
    assertThat(data.networks().get(0).link()).isEqualTo(bond.id());
  }

  @Test
  @DisplayName("CFD-03 port group without address keeps the VIF MAC")
  void cfd03BondWithoutAddress() {
    IronicPortgroup group = new IronicPortgroup(PG, null, "802.3ad", Map.of(), "VIF1");
    NetworkData data =
        NetworkMetadata.forIronic(
            Fixtures.vifs(),
            List.of(new IronicPort(P1, "00:00:00:00:00:01", PG, null)),
            List.of(group));
    assertThat(data.links().get(0).ethernetMacAddress()).isEqualTo("fa:16:3e:00:00:01");
    assertThat(data.links().get(0).bondLinks()).containsExactly(P1);
  }

  @Test
  @DisplayName("CFD-05 ports only: the VIF's link becomes phy with the port's MAC")
  void cfd05PortsOnly() {
    IronicPort port =
        new IronicPort(
            P1,
            "52:54:00:aa:bb:cc",
            null,
            NetworkMetadata.vifIdOf(Map.of("tenant_vif_port_id", "VIF1"), Map.of()));
    NetworkData data = NetworkMetadata.forIronic(Fixtures.vifs(), List.of(port), List.of());
    assertThat(data.links()).hasSize(1);
    NetworkLink link = data.links().get(0);
    assertThat(link.type()).isEqualTo("phy");
    assertThat(link.ethernetMacAddress()).isEqualTo("52:54:00:aa:bb:cc");
    assertThat(link.vifId()).isEqualTo("VIF1");
  }

  @Test
  void vifIdFallsBackToLegacyExtra() {
    assertThat(NetworkMetadata.vifIdOf(Map.of(), Map.of("vif_port_id", "OLD"))).isEqualTo("OLD");
    assertThat(
            NetworkMetadata.vifIdOf(
                Map.of("tenant_vif_port_id", "NEW"), Map.of("vif_port_id", "OLD")))
        .isEqualTo("NEW");
    assertThat(NetworkMetadata.vifIdOf(null, null)).isNull();
  }

  @Test
  void unmatchedVifIsUnchanged() {
    NetworkData base = NetworkMetadata.fromVifs(Fixtures.vifs());
    NetworkData data =
        NetworkMetadata.forIronic(
            Fixtures.vifs(),
            List.of(new IronicPort(P1, "52:54:00:00:00:09", null, "OTHER")),
            List.of());
    assertThat(data).isEqualTo(base);
  }

  @Test
  @DisplayName("§8.5 base rendering: link, static IPv4 network, default route, DNS service")
  void baseRendering() {
    NetworkData data = NetworkMetadata.fromVifs(Fixtures.vifs());
    assertThat(data.links())
        .containsExactly(NetworkLink.vif("interface0", "VIF1", "phy", 1500, "fa:16:3e:00:00:01"));
    Network net = data.networks().get(0);
    assertThat(net.id()).isEqualTo("network0");
    assertThat(net.type()).isEqualTo("ipv4");
    assertThat(net.ipAddress()).isEqualTo("1.2.3.4");
    assertThat(net.netmask()).isEqualTo("255.255.255.0");
    assertThat(net.routes()).containsExactly(new NetworkRoute("0.0.0.0", "0.0.0.0", "1.2.3.1"));
    assertThat(net.networkId()).isEqualTo("net-1");
    assertThat(net.services()).containsExactly(NetworkService.dns("8.8.8.8"));
    assertThat(data.services()).containsExactly(NetworkService.dns("8.8.8.8"));
  }

  @Test
  @DisplayName("§8.5 dual stack, DHCP, IPv6 address mode, host routes, legacy types, DNS de-dup")
  void richRendering() {
    Subnet v4dhcp =
        new Subnet(
            "10.0.0.0/16",
            "10.0.0.1",
            List.of("10.0.5.6"),
            List.of("9.9.9.9"),
            List.of(),
            "10.0.0.2",
            null);
    Subnet v6 =
        new Subnet(
            "2001:db8:0:1::/64",
            "2001:db8:0:1::1",
            List.of("2001:db8:0:1::42"),
            List.of("9.9.9.9", "2001:4860:4860::8888"),
            List.of(new Route("2001:db8:ff::/48", "2001:db8:0:1::fe")),
            null,
            "slaac");
    Subnet v4routes =
        new Subnet(
            "192.168.7.0/25",
            null,
            List.of("192.168.7.9"),
            List.of(),
            List.of(new Route("172.16.0.0/12", "192.168.7.1")),
            null,
            null);
    List<Vif> vifs =
        List.of(
            new Vif("A", "tap0", "ovs", "fa:16:3e:00:00:0a", "net-a", 9000, List.of(v4dhcp, v6)),
            new Vif("NOSUBNET", null, "ovs", "fa:16:3e:00:00:0b", "net-b", 1500, List.of()),
            new Vif("C", null, "vhostuser", "fa:16:3e:00:00:0c", "net-c", null, List.of(v4routes)));

    NetworkData data = NetworkMetadata.fromVifs(vifs);

    assertThat(data.links())
        .containsExactly(
            NetworkLink.vif("tap0", "A", "ovs", null, "fa:16:3e:00:00:0a"),
            NetworkLink.vif("interface1", "C", "vhostuser", null, "fa:16:3e:00:00:0c"));
    assertThat(data.networks()).hasSize(3);
    Network dhcp = data.networks().get(0);
    assertThat(dhcp.type()).isEqualTo("ipv4_dhcp");
    assertThat(dhcp.isDhcp()).isTrue();
    assertThat(dhcp.ipAddress()).isNull();
    Network six = data.networks().get(1);
    assertThat(six.id()).isEqualTo("network1");
    assertThat(six.type()).isEqualTo("ipv6_slaac");
    assertThat(six.netmask()).isEqualTo("ffff:ffff:ffff:ffff::");
    assertThat(six.routes())
        .containsExactly(
            new NetworkRoute("::", "::", "2001:db8:0:1::1"),
            new NetworkRoute("2001:db8:ff::", "ffff:ffff:ffff::", "2001:db8:0:1::fe"));
    Network routed = data.networks().get(2);
    assertThat(routed.link()).isEqualTo("interface1");
    assertThat(routed.netmask()).isEqualTo("255.255.255.128");
    assertThat(routed.routes())
        .containsExactly(new NetworkRoute("172.16.0.0", "255.240.0.0", "192.168.7.1"));
    assertThat(data.services())
        .containsExactly(NetworkService.dns("9.9.9.9"), NetworkService.dns("2001:4860:4860::8888"));
  }

  @Test
  @DisplayName("§8.5 no VIFs: empty lists instead of Nova's TypeError")
  void noVifs() {
    assertThat(NetworkMetadata.forIronic(List.of(), List.of(), List.of()))
        .isEqualTo(NetworkData.EMPTY);
  }
}
