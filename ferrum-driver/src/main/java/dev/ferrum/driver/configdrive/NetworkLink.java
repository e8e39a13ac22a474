package dev.ferrum.driver.configdrive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of {@code network_data.json}'s {@code links}: a VIF (possibly rewritten to a physical
 * port or a bond by the Ironic augmentation), a bond member port, or the VLAN interface a VIF on a
 * VLAN network is tagged on. Typed so that the guest-facing document can be asserted on and built
 * without dictionaries.
 *
 * @param id the link id (VIF devname, {@code interface<N>}, a member port uuid, or {@code <parent
 *     link id>.<vlan id>} for a VLAN link)
 * @param vifId the Neutron port id for VIF links; {@code null} for bond member and VLAN links (the
 *     VIF's id is on the parent link)
 * @param type {@code phy}, {@code bond}, {@code vlan} or a legacy exposed VIF type
 * @param mtu the MTU; {@code null} when unknown or DHCP-managed (rendered only on VIF and VLAN
 *     links)
 * @param ethernetMacAddress the MAC address; published as {@code vlan_mac_address} on VLAN links
 * @param bondMode the bond mode, for {@code bond} links
 * @param bondLinks the member link ids, for {@code bond} links
 * @param bondProperties extra bond options already named {@code bond_*}, for {@code bond} links
 * @param vlanLink the id of the link the VLAN is tagged on, for {@code vlan} links only
 * @param vlanId the 802.1Q VLAN id (1-4094), for {@code vlan} links only
 */
public record NetworkLink(
    String id,
    String vifId,
    String type,
    Integer mtu,
    String ethernetMacAddress,
    String bondMode,
    List<String> bondLinks,
    Map<String, Object> bondProperties,
    String vlanLink,
    Integer vlanId) {

  /** Link type of a physical NIC. */
  public static final String PHY = "phy";

  /** Link type of a bond built from an Ironic port group. */
  public static final String BOND = "bond";

  /** Link type of an 802.1Q VLAN interface on another link. */
  public static final String VLAN = "vlan";

  /** Validates and copies the components; VLAN fields are required on, and only on, VLAN links. */
  public NetworkLink {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    bondLinks = List.copyOf(Objects.requireNonNull(bondLinks, "bondLinks"));
    bondProperties =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(bondProperties, "bondProperties")));
    if (VLAN.equals(type)) {
      Objects.requireNonNull(vlanLink, "vlanLink");
      Objects.requireNonNull(vlanId, "vlanId");
      checkVlanId(vlanId);
    } else if (vlanLink != null || vlanId != null) {
      throw new IllegalArgumentException("vlanLink/vlanId only apply to vlan links, not " + type);
    }
  }

  /**
   * A link that is not a VLAN (the shape before VLAN links existed).
   *
   * @param id the link id
   * @param vifId the Neutron port id, or {@code null}
   * @param type the link type (not {@code vlan})
   * @param mtu the MTU or {@code null}
   * @param ethernetMacAddress the MAC address
   * @param bondMode the bond mode, for bonds
   * @param bondLinks the member link ids, for bonds
   * @param bondProperties extra {@code bond_*} options, for bonds
   */
  public NetworkLink(
      String id,
      String vifId,
      String type,
      Integer mtu,
      String ethernetMacAddress,
      String bondMode,
      List<String> bondLinks,
      Map<String, Object> bondProperties) {
    this(id, vifId, type, mtu, ethernetMacAddress, bondMode, bondLinks, bondProperties, null, null);
  }

  /**
   * A link for a VIF.
   *
   * @param id link id
   * @param vifId Neutron port id
   * @param type link type
   * @param mtu MTU or {@code null}
   * @param mac MAC address
   * @return the link
   */
  public static NetworkLink vif(String id, String vifId, String type, Integer mtu, String mac) {
    return new NetworkLink(
        id, Objects.requireNonNull(vifId, "vifId"), type, mtu, mac, null, List.of(), Map.of());
  }

  /**
   * A bond member link ({@code {id, type: phy, ethernet_mac_address}}).
   *
   * @param portUuid the Ironic port uuid, used as link id
   * @param mac the port's MAC address
   * @return the link
   */
  public static NetworkLink bondMember(String portUuid, String mac) {
    return new NetworkLink(portUuid, null, PHY, null, mac, null, List.of(), Map.of());
  }

  /**
   * A VLAN link ({@code {id, type: vlan, mtu, vlan_link, vlan_id, vlan_mac_address}}) tagged on
   * another link of the document.
   *
   * @param id link id
   * @param vlanLink the id of the parent link (a {@code phy} or {@code bond} link)
   * @param vlanId the 802.1Q VLAN id, 1-4094
   * @param mtu MTU or {@code null}
   * @param mac the MAC address of the VLAN interface (normally the parent's)
   * @return the link
   */
  public static NetworkLink vlan(String id, String vlanLink, int vlanId, Integer mtu, String mac) {
    return new NetworkLink(id, null, VLAN, mtu, mac, null, List.of(), Map.of(), vlanLink, vlanId);
  }

  /**
   * Checks an 802.1Q VLAN id.
   *
   * @param vlanId the id
   * @throws IllegalArgumentException unless 1 &lt;= id &lt;= 4094
   */
  static void checkVlanId(int vlanId) {
    if (vlanId < 1 || vlanId > 4094) {
      throw new IllegalArgumentException("VLAN id must be within 1-4094, got " + vlanId);
    }
  }

  /**
   * Whether this link is a VLAN interface.
   *
   * @return {@code true} for type {@code vlan}
   */
  public boolean isVlan() {
    return VLAN.equals(type);
  }

  /**
   * Whether this link is a bond.
   *
   * @return {@code true} for type {@code bond}
   */
  public boolean isBond() {
    return BOND.equals(type);
  }
}
