package dev.ferrum.driver.configdrive.internal;

import dev.ferrum.driver.configdrive.Network;
import dev.ferrum.driver.configdrive.NetworkData;
import dev.ferrum.driver.configdrive.NetworkLink;
import dev.ferrum.driver.configdrive.NetworkMetadata.IronicPort;
import dev.ferrum.driver.configdrive.NetworkMetadata.IronicPortgroup;
import dev.ferrum.driver.configdrive.NetworkMetadata.Route;
import dev.ferrum.driver.configdrive.NetworkMetadata.Subnet;
import dev.ferrum.driver.configdrive.NetworkMetadata.Vif;
import dev.ferrum.driver.configdrive.NetworkRoute;
import dev.ferrum.driver.configdrive.NetworkService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Renders {@link NetworkData} from VIFs and applies the Ironic port/port-group rewrite. */
public final class NetworkDataRenderer {

  /** VIF types Nova exposes as link type; everything else is published as {@code phy}. */
  private static final Set<String> LEGACY_EXPOSED_TYPES =
      Set.of("bridge", "dvs", "hw_veb", "hyperv", "ovs", "tap", "vhostuser", "vif");

  private NetworkDataRenderer() {}

  /**
   * Nova's generic rendering.
   *
   * @param vifs the VIFs
   * @return the document
   */
  public static NetworkData render(List<Vif> vifs) {
    List<NetworkLink> links = new ArrayList<>();
    List<Network> networks = new ArrayList<>();
    Set<NetworkService> services = new LinkedHashSet<>();
    int ifcNum = -1;
    int netNum = -1;
    for (Vif vif : vifs) {
      if (vif.subnets().isEmpty()) {
        continue;
      }
      Optional<Subnet> v4 = firstOfVersion(vif, 4);
      Optional<Subnet> v6 = firstOfVersion(vif, 6);
      ifcNum++;
      if (v4.isEmpty() && v6.isEmpty()) {
        continue;
      }
      NetworkLink link = link(vif, ifcNum);
      links.add(link);
      if (vif.vlanId() != null) {
        link = vlanOn(link, vif.vlanId());
        links.add(link);
      }
      for (Optional<Subnet> subnet : List.of(v4, v6)) {
        if (subnet.isPresent() && !subnet.get().ips().isEmpty()) {
          netNum++;
          Network network = network(vif, subnet.get(), netNum, link.id());
          networks.add(network);
          services.addAll(dnsServices(subnet.get()));
        }
      }
    }
    return new NetworkData(links, networks, List.copyOf(services));
  }

  /**
   * The Ironic rewrite of the links.
   *
   * @param base the generic document
   * @param ports the node's ports
   * @param portgroups the node's port groups
   * @return the rewritten document
   */
  public static NetworkData augmentForIronic(
      NetworkData base, List<IronicPort> ports, List<IronicPortgroup> portgroups) {
    Map<String, IronicPort> portByVif = new HashMap<>();
    for (IronicPort port : ports) {
      if (port.vifId() != null) {
        portByVif.putIfAbsent(port.vifId(), port);
      }
    }
    Map<String, IronicPortgroup> groupByVif = new HashMap<>();
    for (IronicPortgroup group : portgroups) {
      if (group.vifId() != null) {
        groupByVif.putIfAbsent(group.vifId(), group);
      }
    }
    List<NetworkLink> links = new ArrayList<>();
    Map<String, NetworkLink> memberLinks = new LinkedHashMap<>();
    for (NetworkLink link : base.links()) {
      IronicPortgroup group = link.vifId() == null ? null : groupByVif.get(link.vifId());
      IronicPort port = link.vifId() == null ? null : portByVif.get(link.vifId());
      if (link.isVlan()) {
        links.add(link);
      } else if (group != null) {
        List<String> members = new ArrayList<>();
        for (IronicPort member : ports) {
          if (group.uuid().equals(member.portgroupUuid())) {
            members.add(member.uuid());
            memberLinks.putIfAbsent(
                member.uuid(), NetworkLink.bondMember(member.uuid(), member.address()));
          }
        }
        links.add(bond(link, group, members));
      } else if (port != null) {
        links.add(
            new NetworkLink(
                link.id(),
                link.vifId(),
                NetworkLink.PHY,
                link.mtu(),
                port.address(),
                null,
                List.of(),
                Map.of()));
      } else {
        links.add(link);
      }
    }
    links.addAll(memberLinks.values());
    return new NetworkData(followParents(links), base.networks(), base.services());
  }

  /**
   * VLAN links keep their parent's id (a rewritten link keeps the VIF link's id, so a VLAN on a
   * port-group VIF sits on the bond); their MAC follows the parent's rewritten MAC.
   */
  private static List<NetworkLink> followParents(List<NetworkLink> links) {
    Map<String, NetworkLink> byId = new HashMap<>();
    for (NetworkLink link : links) {
      if (!link.isVlan()) {
        byId.putIfAbsent(link.id(), link);
      }
    }
    List<NetworkLink> result = new ArrayList<>(links.size());
    for (NetworkLink link : links) {
      NetworkLink parent = link.isVlan() ? byId.get(link.vlanLink()) : null;
      result.add(parent == null ? link : followingParent(link, parent));
    }
    return result;
  }

  private static NetworkLink vlanOn(NetworkLink parent, int vlanId) {
    return NetworkLink.vlan(
        parent.id() + "." + vlanId, parent.id(), vlanId, parent.mtu(), parent.ethernetMacAddress());
  }

  private static NetworkLink followingParent(NetworkLink vlan, NetworkLink parent) {
    return NetworkLink.vlan(
        vlan.id(), parent.id(), vlan.vlanId(), vlan.mtu(), parent.ethernetMacAddress());
  }

  private static NetworkLink bond(NetworkLink link, IronicPortgroup group, List<String> members) {
    Map<String, Object> properties = new LinkedHashMap<>();
    group
        .properties()
        .forEach(
            (key, value) -> properties.put(key.startsWith("bond") ? key : "bond_" + key, value));
    String mac = group.address() != null ? group.address() : link.ethernetMacAddress();
    return new NetworkLink(
        link.id(),
        link.vifId(),
        NetworkLink.BOND,
        link.mtu(),
        mac,
        group.mode(),
        members,
        properties);
  }

  private static Optional<Subnet> firstOfVersion(Vif vif, int version) {
    return vif.subnets().stream()
        .filter(s -> IpMath.parse(s.cidr()).version() == version)
        .findFirst();
  }

  private static NetworkLink link(Vif vif, int ifcNum) {
    String id =
        vif.devname() == null || vif.devname().isEmpty() ? "interface" + ifcNum : vif.devname();
    String type = LEGACY_EXPOSED_TYPES.contains(vif.type()) ? vif.type() : NetworkLink.PHY;
    boolean dhcp = vif.subnets().stream().anyMatch(s -> s.dhcpServer() != null);
    return NetworkLink.vif(id, vif.id(), type, dhcp ? null : vif.mtu(), vif.address());
  }

  private static Network network(Vif vif, Subnet subnet, int netNum, String linkId) {
    IpMath.Cidr cidr = IpMath.parse(subnet.cidr());
    int version = cidr.version();
    String id = "network" + netNum;
    if (subnet.dhcpServer() != null) {
      return new Network(
          id, "ipv" + version + "_dhcp", linkId, vif.networkId(), null, null, List.of(), List.of());
    }
    String type = "ipv" + version;
    if (version == 6 && subnet.ipv6AddressMode() != null && !subnet.ipv6AddressMode().isEmpty()) {
      type = type + "_" + subnet.ipv6AddressMode();
    }
    List<NetworkRoute> routes = new ArrayList<>();
    if (subnet.gateway() != null && !subnet.gateway().isEmpty()) {
      String any = version == 4 ? "0.0.0.0" : "::";
      routes.add(new NetworkRoute(any, any, subnet.gateway()));
    }
    for (Route route : subnet.routes()) {
      IpMath.Cidr destination = IpMath.parse(route.cidr());
      routes.add(new NetworkRoute(destination.network(), destination.netmask(), route.gateway()));
    }
    return new Network(
        id,
        type,
        linkId,
        vif.networkId(),
        subnet.ips().get(0),
        cidr.netmask(),
        routes,
        dnsServices(subnet));
  }

  private static List<NetworkService> dnsServices(Subnet subnet) {
    return subnet.dns().stream().map(NetworkService::dns).toList();
  }
}
