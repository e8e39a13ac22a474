package dev.ferrum.service.network;

import java.util.List;
import java.util.Objects;

/**
 * What creating a port asks for.
 *
 * @param networkId the network
 * @param projectId the owning project
 * @param name the name ({@code ""} for none)
 * @param description the description ({@code ""} for none)
 * @param macAddress the MAC address, or {@code null} to generate one ({@code fa:16:3e:…})
 * @param adminStateUp the administrative state
 * @param deviceId the device using it, or {@code ""}
 * @param deviceOwner the device owner, or {@code ""}
 * @param fixedIps the addresses asked for, or {@code null} for Neutron's default (one address from
 *     the first IPv4 subnet with room, and one from the first IPv6 subnet with room); an empty list
 *     asks for no address
 * @param autoDelete whether the port goes with its device (see {@link Port#autoDelete()})
 * @param deviceSlot the slot of the device's network request, or {@code null} (see {@link
 *     Port#deviceSlot()})
 */
public record PortSpec(
    String networkId,
    String projectId,
    String name,
    String description,
    String macAddress,
    boolean adminStateUp,
    String deviceId,
    String deviceOwner,
    List<FixedIpRequest> fixedIps,
    boolean autoDelete,
    Integer deviceSlot) {

  /** Checks and copies. */
  public PortSpec {
    Objects.requireNonNull(networkId, "networkId");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(deviceId, "deviceId");
    Objects.requireNonNull(deviceOwner, "deviceOwner");
    fixedIps = fixedIps == null ? null : List.copyOf(fixedIps);
  }

  /**
   * One requested fixed address: a subnet (any free address on it), an address (on whichever of the
   * network's subnets contains it), or both.
   *
   * @param subnetId the subnet, or {@code null}
   * @param ipAddress the address, or {@code null}
   */
  public record FixedIpRequest(String subnetId, String ipAddress) {
    /** Requires at least one part. */
    public FixedIpRequest {
      if (subnetId == null && ipAddress == null) {
        throw new IllegalArgumentException("a fixed IP request needs a subnet or an address");
      }
    }
  }
}
