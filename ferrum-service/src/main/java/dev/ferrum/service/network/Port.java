package dev.ferrum.service.network;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An attachment point on a network with its fixed addresses. A server's port is bound to one of its
 * node's NICs: the port then carries that NIC's MAC address and the node as its binding host, and
 * the driver attaches the port's id to the node as a VIF.
 *
 * @param id the port id
 * @param networkId the network
 * @param projectId the owning project
 * @param name the name ({@code ""} when unnamed)
 * @param description the description ({@code ""} when none)
 * @param macAddress the MAC address (lower case, colon separated)
 * @param adminStateUp the administrative state
 * @param status {@code ACTIVE} when bound to a node, else {@code DOWN}
 * @param deviceId the server using it, or {@code ""}
 * @param deviceOwner {@code compute:nova} for a server's port, else what the creator set, or {@code
 *     ""}
 * @param bindingHostId the Ironic node it is bound to, or {@code ""}
 * @param fixedIps its addresses, in allocation order
 * @param autoDelete whether Ferrum created it for a server, so that it goes with the server (a port
 *     the user created and passed in is only unbound)
 * @param deviceSlot the position in the server's network request it was created for, or {@code
 *     null}; unique per device so that a resumed build finds the port it already created
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 */
public record Port(
    String id,
    String networkId,
    String projectId,
    String name,
    String description,
    String macAddress,
    boolean adminStateUp,
    String status,
    String deviceId,
    String deviceOwner,
    String bindingHostId,
    List<FixedIp> fixedIps,
    boolean autoDelete,
    Integer deviceSlot,
    Instant createdAt,
    Instant updatedAt) {

  /** The owner Nova gives the ports of servers. */
  public static final String COMPUTE_OWNER = "compute:nova";

  /** Checks and copies. */
  public Port {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(networkId, "networkId");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(macAddress, "macAddress");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(deviceId, "deviceId");
    Objects.requireNonNull(deviceOwner, "deviceOwner");
    Objects.requireNonNull(bindingHostId, "bindingHostId");
    fixedIps = List.copyOf(fixedIps);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** Whether a server (or anything else) uses the port. */
  public boolean inUse() {
    return !deviceId.isEmpty();
  }

  /**
   * One fixed address of a port.
   *
   * @param subnetId the subnet it was allocated from
   * @param ipAddress the address in canonical form
   */
  public record FixedIp(String subnetId, String ipAddress) {
    /** Checks both parts. */
    public FixedIp {
      Objects.requireNonNull(subnetId, "subnetId");
      Objects.requireNonNull(ipAddress, "ipAddress");
    }
  }
}
