package dev.ferrum.driver.configdrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ferrum.driver.configdrive.NetworkMetadata.IronicPort;
import dev.ferrum.driver.configdrive.NetworkMetadata.IronicPortgroup;
import dev.ferrum.driver.configdrive.NetworkMetadata.Route;
import dev.ferrum.driver.configdrive.NetworkMetadata.Subnet;
import dev.ferrum.driver.configdrive.NetworkMetadata.Vif;
import dev.ferrum.driver.configdrive.internal.MetadataDocuments;
import java.nio.charset.StandardCharsets;
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

  /** The exact bytes of {@code network_data.json} for a document. */
  private static String json(NetworkData data) {
    return new String(
        ConfigDriveLayout.json(MetadataDocuments.networkData(data)), StandardCharsets.UTF_8);
  }

  private static NetworkData bondedFixture() {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("bond_miimon", 100);
    props.put("xmit_hash_policy", "layer3+4");
    return NetworkMetadata.forIronic(
        Fixtures.vifs(),
        List.of(
            new IronicPort(P1, "00:00:00:00:00:01", PG, null),
            new IronicPort(P2, "00:00:00:00:00:02", PG, null)),
        List.of(new IronicPortgroup(PG, "00:00:00:00:00:00", "active-backup", props, "VIF1")));
  }

  @Test
  @DisplayName("§8.5 JSON text of a flat VIF's document is pinned")
  void flatJsonText() {
    assertThat(json(NetworkMetadata.fromVifs(Fixtures.vifs())))
        .isEqualTo(
            """
            {"links":[{"id":"interface0","vif_id":"VIF1","type":"phy","mtu":1500,\
            "ethernet_mac_address":"fa:16:3e:00:00:01"}],\
            "networks":[{"id":"network0","type":"ipv4","link":"interface0",\
            "ip_address":"1.2.3.4","netmask":"255.255.255.0",\
            "routes":[{"network":"0.0.0.0","netmask":"0.0.0.0","gateway":"1.2.3.1"}],\
            "network_id":"net-1","services":[{"type":"dns","address":"8.8.8.8"}]}],\
            "services":[{"type":"dns","address":"8.8.8.8"}]}\
            """);
  }

  @Test
  @DisplayName("CFD-03 JSON text of a bonded document is pinned")
  void bondJsonText() {
    assertThat(json(bondedFixture()))
        .startsWith(
            """
            {"links":[{"id":"interface0","vif_id":"VIF1","type":"bond","mtu":1500,\
            "ethernet_mac_address":"00:00:00:00:00:00","bond_mode":"active-backup",\
            "bond_links":["%s","%s"],"bond_miimon":100,"bond_xmit_hash_policy":"layer3+4"},\
            {"id":"%s","type":"phy","ethernet_mac_address":"00:00:00:00:00:01"},\
            {"id":"%s","type":"phy","ethernet_mac_address":"00:00:00:00:00:02"}],\
            "networks":[{"id":"network0","type":"ipv4","link":"interface0",\
            """
                .formatted(P1, P2, P1, P2));
  }

  /** VIF2 on a VLAN network, tagged {@code vid}, static 10.0.7.5/24 behind 10.0.7.1. */
  private static Vif vlanVif(int vid) {
    return new Vif(
        "VIF2",
        null,
        "other",
        "fa:16:3e:00:00:02",
        "net-vlan",
        9000,
        List.of(Subnet.of("10.0.7.0/24", "10.0.7.1", List.of("10.0.7.5"))),
        vid);
  }

  @Test
  @DisplayName("VLAN VIF: phy link for the NIC, vlan link on it, networks on the vlan link")
  void vlanVifRendersPhyAndVlanLinks() {
    NetworkData data = NetworkMetadata.fromVifs(List.of(vlanVif(101)));

    assertThat(data.links())
        .containsExactly(
            NetworkLink.vif("interface0", "VIF2", "phy", 9000, "fa:16:3e:00:00:02"),
            NetworkLink.vlan("interface0.101", "interface0", 101, 9000, "fa:16:3e:00:00:02"));
    NetworkLink vlan = data.links().get(1);
    assertThat(vlan.isVlan()).isTrue();
    assertThat(vlan.vifId()).isNull();
    assertThat(data.networks())
        .singleElement()
        .satisfies(n -> {
          assertThat(n.link()).isEqualTo("interface0.101");
          assertThat(n.ipAddress()).isEqualTo("10.0.7.5");
          assertThat(n.networkId()).isEqualTo("net-vlan");
        });
  }

  @Test
  @DisplayName("VLAN VIF with a DHCP subnet: no MTU on either link, DHCP network on the vlan link")
  void vlanVifWithDhcp() {
    Vif vif =
        new Vif(
            "VIF2",
            "tap2",
            "ovs",
            "fa:16:3e:00:00:02",
            "net-vlan",
            9000,
            List.of(
                new Subnet(
                    "10.0.7.0/24",
                    "10.0.7.1",
                    List.of("10.0.7.5"),
                    List.of(),
                    List.of(),
                    "10.0.7.2",
                    null)),
            4094);
    NetworkData data = NetworkMetadata.fromVifs(List.of(vif));
    assertThat(data.links())
        .containsExactly(
            NetworkLink.vif("tap2", "VIF2", "ovs", null, "fa:16:3e:00:00:02"),
            NetworkLink.vlan("tap2.4094", "tap2", 4094, null, "fa:16:3e:00:00:02"));
    assertThat(data.networks().get(0).type()).isEqualTo("ipv4_dhcp");
    assertThat(data.networks().get(0).link()).isEqualTo("tap2.4094");
  }

  @Test
  @DisplayName("Two VIFs, one flat and one VLAN: numbering as before, only the VLAN VIF is tagged")
  void flatAndVlanVifs() {
    NetworkData data = NetworkMetadata.fromVifs(List.of(Fixtures.vifs().get(0), vlanVif(101)));

    assertThat(data.links())
        .containsExactly(
            NetworkLink.vif("interface0", "VIF1", "phy", 1500, "fa:16:3e:00:00:01"),
            NetworkLink.vif("interface1", "VIF2", "phy", 9000, "fa:16:3e:00:00:02"),
            NetworkLink.vlan("interface1.101", "interface1", 101, 9000, "fa:16:3e:00:00:02"));
    assertThat(data.networks())
        .extracting(Network::id, Network::link)
        .containsExactly(tuple("network0", "interface0"), tuple("network1", "interface1.101"));
    assertThat(data.services()).containsExactly(NetworkService.dns("8.8.8.8"));
  }

  @Test
  @DisplayName("VLAN VIF on an Ironic port: phy takes the port MAC, the vlan link follows it")
  void vlanVifOnIronicPort() {
    IronicPort port = new IronicPort(P1, "52:54:00:aa:bb:cc", null, "VIF2");
    NetworkData data =
        NetworkMetadata.forIronic(
            List.of(Fixtures.vifs().get(0), vlanVif(101)), List.of(port), List.of());

    assertThat(data.links())
        .containsExactly(
            NetworkLink.vif("interface0", "VIF1", "phy", 1500, "fa:16:3e:00:00:01"),
            NetworkLink.vif("interface1", "VIF2", "phy", 9000, "52:54:00:aa:bb:cc"),
            NetworkLink.vlan("interface1.101", "interface1", 101, 9000, "52:54:00:aa:bb:cc"));
    assertThat(data.networks().get(1).link()).isEqualTo("interface1.101");
  }

  @Test
  void unmatchedVlanVifIsUnchanged() {
    List<Vif> vifs = List.of(vlanVif(101));
    assertThat(
            NetworkMetadata.forIronic(
                vifs, List.of(new IronicPort(P1, "52:54:00:00:00:09", null, "OTHER")), List.of()))
        .isEqualTo(NetworkMetadata.fromVifs(vifs));
  }

  @Test
  @DisplayName("VLAN VIF on a port group: the vlan link sits on the bond and takes its MAC")
  void vlanVifOnBond() {
    IronicPortgroup group =
        new IronicPortgroup(PG, "00:00:00:00:00:00", "802.3ad", Map.of("miimon", 100), "VIF2");
    List<IronicPort> ports =
        List.of(
            new IronicPort(P1, "00:00:00:00:00:01", PG, null),
            new IronicPort(P2, "00:00:00:00:00:02", PG, null));

    NetworkData data = NetworkMetadata.forIronic(List.of(vlanVif(42)), ports, List.of(group));

    assertThat(data.links()).hasSize(4);
    NetworkLink bond = data.links().get(0);
    assertThat(bond.isBond()).isTrue();
    assertThat(bond.id()).isEqualTo("interface0");
    assertThat(bond.vifId()).isEqualTo("VIF2");
    assertThat(bond.bondLinks()).containsExactly(P1, P2);
    assertThat(data.links().get(1))
        .isEqualTo(NetworkLink.vlan("interface0.42", "interface0", 42, 9000, "00:00:00:00:00:00"));
    assertThat(data.links().subList(2, 4))
        .containsExactly(
            NetworkLink.bondMember(P1, "00:00:00:00:00:01"),
            NetworkLink.bondMember(P2, "00:00:00:00:00:02"));
    assertThat(data.networks().get(0).link()).isEqualTo("interface0.42");
  }

  @Test
  @DisplayName(
      "VLAN on a port group without address: the vlan link keeps the VIF MAC like the bond")
  void vlanVifOnBondWithoutAddress() {
    IronicPortgroup group = new IronicPortgroup(PG, null, "active-backup", Map.of(), "VIF2");
    NetworkData data =
        NetworkMetadata.forIronic(
            List.of(vlanVif(42)),
            List.of(new IronicPort(P1, "00:00:00:00:00:01", PG, null)),
            List.of(group));
    assertThat(data.links().get(1).ethernetMacAddress()).isEqualTo("fa:16:3e:00:00:02");
    assertThat(data.links().get(1).vlanLink()).isEqualTo(data.links().get(0).id());
  }

  @Test
  @DisplayName("JSON text of a VLAN VIF on an Ironic port (cloud-init/glean keys)")
  void vlanJsonText() {
    NetworkData data =
        NetworkMetadata.forIronic(
            List.of(vlanVif(101)),
            List.of(new IronicPort(P1, "52:54:00:aa:bb:cc", null, "VIF2")),
            List.of());
    assertThat(json(data))
        .isEqualTo(
            """
            {"links":[{"id":"interface0","vif_id":"VIF2","type":"phy","mtu":9000,\
            "ethernet_mac_address":"52:54:00:aa:bb:cc"},\
            {"id":"interface0.101","type":"vlan","mtu":9000,"vlan_link":"interface0",\
            "vlan_id":101,"vlan_mac_address":"52:54:00:aa:bb:cc"}],\
            "networks":[{"id":"network0","type":"ipv4","link":"interface0.101",\
            "ip_address":"10.0.7.5","netmask":"255.255.255.0",\
            "routes":[{"network":"0.0.0.0","netmask":"0.0.0.0","gateway":"10.0.7.1"}],\
            "network_id":"net-vlan","services":[]}],\
            "services":[]}\
            """);
  }

  @Test
  @DisplayName("JSON text of a VLAN on a bond: the vlan link names the bond")
  void vlanOnBondJsonText() {
    NetworkData data =
        NetworkMetadata.forIronic(
            List.of(vlanVif(42)),
            List.of(new IronicPort(P1, "00:00:00:00:00:01", PG, null)),
            List.of(new IronicPortgroup(PG, "00:00:00:00:00:00", "802.3ad", Map.of(), "VIF2")));
    assertThat(json(data))
        .startsWith(
            """
            {"links":[{"id":"interface0","vif_id":"VIF2","type":"bond","mtu":9000,\
            "ethernet_mac_address":"00:00:00:00:00:00","bond_mode":"802.3ad",\
            "bond_links":["%s"]},\
            {"id":"interface0.42","type":"vlan","mtu":9000,"vlan_link":"interface0",\
            "vlan_id":42,"vlan_mac_address":"00:00:00:00:00:00"},\
            {"id":"%s","type":"phy","ethernet_mac_address":"00:00:00:00:00:01"}],\
            "networks":[{"id":"network0","type":"ipv4","link":"interface0.42",\
            """
                .formatted(P1, P1));
  }

  @Test
  void sevenArgumentVifIsUntagged() {
    Vif vif = Fixtures.vifs().get(0);
    assertThat(vif.vlanId()).isNull();
    assertThat(vif)
        .isEqualTo(
            new Vif(
                vif.id(),
                vif.devname(),
                vif.type(),
                vif.address(),
                vif.networkId(),
                vif.mtu(),
                vif.subnets(),
                null));
  }

  @Test
  void vlanIdsOutside802dot1qRangeAreRejected() {
    assertThatThrownBy(() -> vlanVif(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> vlanVif(4095)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NetworkLink.vlan("v", "interface0", 0, null, "fa:16:3e:00:00:02"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void vlanFieldsOnlyOnVlanLinks() {
    assertThatThrownBy(() ->
            new NetworkLink(
                "interface0",
                "VIF1",
                NetworkLink.PHY,
                1500,
                "fa:16:3e:00:00:01",
                null,
                List.of(),
                Map.of(),
                null,
                101))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() ->
            new NetworkLink(
                "v", null, NetworkLink.VLAN, null, "m", null, List.of(), Map.of(), null, 5))
        .isInstanceOf(NullPointerException.class);
    assertThat(NetworkLink.vif("interface0", "VIF1", "phy", 1500, "m").vlanId()).isNull();
  }
}
