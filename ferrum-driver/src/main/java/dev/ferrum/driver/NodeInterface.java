package dev.ferrum.driver;

import java.util.Objects;

/**
 * One network interface of a node (an Ironic port), as the compute service needs it to bind a
 * server's network ports: the MAC the server's port takes, and the physical network the NIC is
 * wired to, which must match the network's.
 *
 * @param portUuid the Ironic port
 * @param macAddress the NIC's MAC address (lower case)
 * @param physicalNetwork the physical network the NIC is on, or {@code null} when not recorded
 * @param portgroupUuid the port group (bond) it belongs to, or {@code null}
 */
public record NodeInterface(
    String portUuid, String macAddress, String physicalNetwork, String portgroupUuid) {

  /** Checks the required fields. */
  public NodeInterface {
    Objects.requireNonNull(portUuid, "portUuid");
    Objects.requireNonNull(macAddress, "macAddress");
  }
}
