package dev.ferrum.driver.configdrive;

import dev.ferrum.driver.configdrive.internal.NetworkDataRenderer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds {@link NetworkData} from plain network facts the way Nova's Ironic driver does: the
 * generic rendering of the instance's VIFs, then the Ironic rewrite that turns VIFs bound to a port
 * into physical links and VIFs bound to a port group into bonds. The input records mirror just the
 * fields of Nova's network model and Ironic's ports that matter, so that no Neutron or Ironic
 * client types leak into the config drive.
 */
public final class NetworkMetadata {

  private NetworkMetadata() {}

  /**
   * A VIF of the instance (one Neutron port with its network).
   *
   * @param id the Neutron port id
   * @param devname the device name, if known; otherwise links are named {@code interface<N>}
   * @param type the VIF type ({@code ovs}, {@code other}, ...)
   * @param address the MAC address
   * @param networkId the Neutron network id
   * @param mtu the network MTU, if known
   * @param subnets the network's subnets carrying this VIF's fixed IPs
   * @param vlanId the VLAN id (1-4094) the node must tag this VIF's traffic with, for a port on a
   *     {@code vlan} network reached over a trunk; {@code null} for untagged traffic
   */
  public record Vif(
      String id,
      String devname,
      String type,
      String address,
      String networkId,
      Integer mtu,
      List<Subnet> subnets,
      Integer vlanId) {

    /** Validates and copies the components. */
    public Vif {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(networkId, "networkId");
      subnets = List.copyOf(Objects.requireNonNull(subnets, "subnets"));
      if (vlanId != null) {
        NetworkLink.checkVlanId(vlanId);
      }
    }

    /**
     * An untagged VIF.
     *
     * @param id the Neutron port id
     * @param devname the device name, or {@code null}
     * @param type the VIF type
     * @param address the MAC address
     * @param networkId the Neutron network id
     * @param mtu the network MTU, or {@code null}
     * @param subnets the subnets carrying this VIF's fixed IPs
     */
    public Vif(
        String id,
        String devname,
        String type,
        String address,
        String networkId,
        Integer mtu,
        List<Subnet> subnets) {
      this(id, devname, type, address, networkId, mtu, subnets, null);
    }
  }

  /**
   * A subnet with this VIF's fixed IPs on it.
   *
   * @param cidr the subnet CIDR (decides the IP version)
   * @param gateway the gateway address, or {@code null}
   * @param ips this VIF's fixed IPs on the subnet, first one is published
   * @param dns DNS server addresses
   * @param routes host routes
   * @param dhcpServer the DHCP server address when the subnet is DHCP-enabled, else {@code null}
   * @param ipv6AddressMode the IPv6 address mode ({@code slaac}, {@code dhcpv6-stateful}, ...) or
   *     {@code null}
   */
  public record Subnet(
      String cidr,
      String gateway,
      List<String> ips,
      List<String> dns,
      List<Route> routes,
      String dhcpServer,
      String ipv6AddressMode) {

    /** Validates and copies the components. */
    public Subnet {
      Objects.requireNonNull(cidr, "cidr");
      ips = List.copyOf(Objects.requireNonNull(ips, "ips"));
      dns = List.copyOf(Objects.requireNonNull(dns, "dns"));
      routes = List.copyOf(Objects.requireNonNull(routes, "routes"));
    }

    /**
     * A static subnet without extra routes, DNS or IPv6 mode.
     *
     * @param cidr the subnet CIDR
     * @param gateway the gateway or {@code null}
     * @param ips the fixed IPs
     * @return the subnet
     */
    public static Subnet of(String cidr, String gateway, List<String> ips) {
      return new Subnet(cidr, gateway, ips, List.of(), List.of(), null, null);
    }
  }

  /**
   * A subnet host route.
   *
   * @param cidr the destination CIDR
   * @param gateway the next hop
   */
  public record Route(String cidr, String gateway) {

    /** Validates the components. */
    public Route {
      Objects.requireNonNull(cidr, "cidr");
      Objects.requireNonNull(gateway, "gateway");
    }
  }

  /**
   * An Ironic port of the node.
   *
   * @param uuid the port uuid
   * @param address the port's MAC address
   * @param portgroupUuid the port group it belongs to, or {@code null}
   * @param vifId the VIF attached to it (see {@link #vifIdOf(Map, Map)}), or {@code null}
   */
  public record IronicPort(String uuid, String address, String portgroupUuid, String vifId) {

    /** Validates the components. */
    public IronicPort {
      Objects.requireNonNull(uuid, "uuid");
    }
  }

  /**
   * An Ironic port group of the node.
   *
   * @param uuid the port group uuid
   * @param address the port group's MAC address, or {@code null}
   * @param mode the bond mode
   * @param properties bonding options, copied as {@code bond_<name>} (or as-is when already
   *     starting with {@code bond})
   * @param vifId the VIF attached to it (see {@link #vifIdOf(Map, Map)}), or {@code null}
   */
  public record IronicPortgroup(
      String uuid, String address, String mode, Map<String, Object> properties, String vifId) {

    /** Validates and copies the components. */
    public IronicPortgroup {
      Objects.requireNonNull(uuid, "uuid");
      properties =
          Collections.unmodifiableMap(
              new LinkedHashMap<>(Objects.requireNonNull(properties, "properties")));
    }
  }

  /**
   * The VIF attached to an Ironic port or port group: {@code internal_info.tenant_vif_port_id},
   * falling back to the legacy {@code extra.vif_port_id}.
   *
   * @param internalInfo the object's {@code internal_info}
   * @param extra the object's {@code extra}
   * @return the VIF id, or {@code null} when none is attached
   */
  public static String vifIdOf(Map<String, ?> internalInfo, Map<String, ?> extra) {
    Object tenant = internalInfo == null ? null : internalInfo.get("tenant_vif_port_id");
    if (tenant != null) {
      return tenant.toString();
    }
    Object legacy = extra == null ? null : extra.get("vif_port_id");
    return legacy == null ? null : legacy.toString();
  }

  /**
   * Nova's generic rendering of the VIFs ({@code netutils.get_network_metadata}). A VIF with a
   * {@link Vif#vlanId()} gets its link followed by a {@code vlan} link on it, and its networks are
   * configured on the VLAN link.
   *
   * @param vifs the instance's VIFs in order
   * @return the document; {@link NetworkData#EMPTY} when there are no VIFs
   */
  public static NetworkData fromVifs(List<Vif> vifs) {
    return NetworkDataRenderer.render(Objects.requireNonNull(vifs, "vifs"));
  }

  /**
   * The document Nova's Ironic driver publishes: the generic rendering, then VIFs on a port group
   * become bonds (member ports appended as {@code phy} links after all other links) and VIFs on a
   * port take the port's MAC and type {@code phy}. A tagged VIF's VLAN link stays on the rewritten
   * link (the bond or the port) and takes its MAC.
   *
   * @param vifs the instance's VIFs in order
   * @param ports the node's ports, in Ironic's order
   * @param portgroups the node's port groups
   * @return the document
   */
  public static NetworkData forIronic(
      List<Vif> vifs, List<IronicPort> ports, List<IronicPortgroup> portgroups) {
    return NetworkDataRenderer.augmentForIronic(
        fromVifs(vifs),
        Objects.requireNonNull(ports, "ports"),
        Objects.requireNonNull(portgroups, "portgroups"));
  }
}
