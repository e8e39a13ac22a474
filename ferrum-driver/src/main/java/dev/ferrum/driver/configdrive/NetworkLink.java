package dev.ferrum.driver.configdrive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of {@code network_data.json}'s {@code links}: a VIF (possibly rewritten to a physical
 * port or a bond by the Ironic augmentation) or a bond member port. Typed so that the guest-facing
 * document can be asserted on and built without dictionaries.
 *
 * @param id the link id (VIF devname, {@code interface<N>}, or a member port uuid)
 * @param vifId the Neutron port id for VIF links; {@code null} for bond member links
 * @param type {@code phy}, {@code bond} or a legacy exposed VIF type
 * @param mtu the MTU; {@code null} when unknown or DHCP-managed (rendered only on VIF links)
 * @param ethernetMacAddress the MAC address
 * @param bondMode the bond mode, for {@code bond} links
 * @param bondLinks the member link ids, for {@code bond} links
 * @param bondProperties extra bond options already named {@code bond_*}, for {@code bond} links
 */
public record NetworkLink(
    String id,
    String vifId,
    String type,
    Integer mtu,
    String ethernetMacAddress,
    String bondMode,
    List<String> bondLinks,
    Map<String, Object> bondProperties) {

  /** Link type of a physical NIC. */
  public static final String PHY = "phy";

  /** Link type of a bond built from an Ironic port group. */
  public static final String BOND = "bond";

  /** Validates and copies the components. */
  public NetworkLink {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    bondLinks = List.copyOf(Objects.requireNonNull(bondLinks, "bondLinks"));
    bondProperties =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(bondProperties, "bondProperties")));
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
   * Whether this link is a bond.
   *
   * @return {@code true} for type {@code bond}
   */
  public boolean isBond() {
    return BOND.equals(type);
  }
}
