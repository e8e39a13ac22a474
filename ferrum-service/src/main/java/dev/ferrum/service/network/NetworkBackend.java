package dev.ferrum.service.network;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The network service behind Ferrum's servers and its {@code /network} API: networks, subnets,
 * ports and their addresses. The built-in implementation keeps everything in Ferrum's database; a
 * real Neutron could be plugged in behind the same methods (ports created in Neutron, bound by
 * Ironic's {@code neutron} network interface).
 *
 * <p>Policy (who may see what) is the caller's job: methods here take and return whole resources;
 * listing methods take a project scope. Every write is atomic: a failure leaves nothing half
 * stored, and no address is ever allocated twice on one subnet (the database enforces it). Failures
 * are the {@link dev.ferrum.service.FerrumServiceException} family, with {@link NeutronFault} types
 * for the network-specific ones.
 */
public interface NetworkBackend {

  // ---- networks

  /**
   * Creates a network.
   *
   * @param spec what to create
   * @return the stored network
   */
  Network createNetwork(NetworkSpec spec);

  /**
   * Finds a network by id.
   *
   * @param id the id
   * @return the network, if it exists
   */
  Optional<Network> findNetwork(String id);

  /**
   * Lists networks, oldest first.
   *
   * @param project the caller's project (its own networks plus shared ones), or {@code null} for
   *     every network (admins)
   * @return the networks
   */
  List<Network> listNetworks(String project);

  /**
   * Changes a network's name, description or state.
   *
   * @param id the network
   * @param changes what to change
   * @return the changed network
   * @throws NetworkResourceNotFoundException if it does not exist
   */
  Network updateNetwork(String id, NetworkChanges changes);

  /**
   * Deletes a network and its subnets.
   *
   * @param id the network
   * @throws NetworkResourceNotFoundException if it does not exist
   * @throws NetworkConflictException ({@code NetworkInUse}) while ports remain on it
   */
  void deleteNetwork(String id);

  // ---- subnets

  /**
   * Creates a subnet after validating its ranges.
   *
   * @param spec what to create
   * @return the stored subnet
   * @throws NetworkResourceNotFoundException if the network does not exist
   * @throws InvalidNetworkRequestException for invalid or overlapping ranges
   */
  Subnet createSubnet(SubnetSpec spec);

  /**
   * Finds a subnet by id.
   *
   * @param id the id
   * @return the subnet, if it exists
   */
  Optional<Subnet> findSubnet(String id);

  /**
   * Lists subnets, oldest first.
   *
   * @param project the caller's project (subnets of the networks it may see), or {@code null} for
   *     all
   * @return the subnets
   */
  List<Subnet> listSubnets(String project);

  /**
   * The subnets of some networks, in one call (for network views and for building servers).
   *
   * @param networkIds the networks
   * @return subnets by network id, each list oldest first; networks without subnets are absent
   */
  Map<String, List<Subnet>> subnetsOf(Collection<String> networkIds);

  /**
   * Changes a subnet's name or description.
   *
   * @param id the subnet
   * @param changes what to change
   * @return the changed subnet
   */
  Subnet updateSubnet(String id, NetworkChanges changes);

  /**
   * Deletes a subnet.
   *
   * @param id the subnet
   * @throws NetworkConflictException ({@code SubnetInUse}) while a port has an address on it
   */
  void deleteSubnet(String id);

  // ---- ports

  /**
   * Creates a port and allocates its addresses in one transaction.
   *
   * <p>With a {@link PortSpec#deviceSlot()}, an existing port of the same device and slot is
   * returned instead of creating a second one (a resumed build).
   *
   * @param spec what to create
   * @return the stored port
   * @throws NetworkResourceNotFoundException if the network or a named subnet does not exist
   * @throws InvalidNetworkRequestException for an address outside every subnet of the network
   * @throws NetworkConflictException {@code IpAddressAlreadyAllocated} for a taken address, {@code
   *     IpAddressGenerationFailure} when a subnet has no address left, {@code MacAddressInUse}
   */
  Port createPort(PortSpec spec);

  /**
   * Finds a port by id.
   *
   * @param id the id
   * @return the port, if it exists
   */
  Optional<Port> findPort(String id);

  /**
   * Lists ports, oldest first.
   *
   * @param project the owning project, or {@code null} for all
   * @return the ports
   */
  List<Port> listPorts(String project);

  /**
   * The ports of some devices (servers), oldest first within a device, in one call.
   *
   * @param deviceIds the device ids
   * @return the ports by device id; devices without ports are absent
   */
  Map<String, List<Port>> portsOf(Collection<String> deviceIds);

  /**
   * Changes a port's name, description or state.
   *
   * @param id the port
   * @param changes what to change
   * @return the changed port
   */
  Port updatePort(String id, NetworkChanges changes);

  /**
   * Gives an unused port to a device (a server that was asked to use it).
   *
   * @param id the port
   * @param deviceId the server
   * @param deviceOwner the owner to record ({@link Port#COMPUTE_OWNER})
   * @param deviceSlot the slot of the server's network request
   * @return the port, now in use
   * @throws NetworkConflictException ({@code PortInUse}) if another device already uses it
   */
  Port claimPort(String id, String deviceId, String deviceOwner, int deviceSlot);

  /**
   * Binds a port to a node's NIC: sets its MAC address and binding host and makes it ACTIVE.
   *
   * @param id the port
   * @param hostId the Ironic node
   * @param macAddress the NIC's MAC address
   * @return the bound port
   * @throws NetworkConflictException ({@code MacAddressInUse}) if another port of the network has
   *     that MAC
   */
  Port bindPort(String id, String hostId, String macAddress);

  /**
   * Deletes a port and frees its addresses.
   *
   * @param id the port
   * @throws NetworkResourceNotFoundException if it does not exist
   */
  void deletePort(String id);

  /**
   * The devices that hold ports with an owner, for the sweep that releases the ports of servers
   * that no longer exist.
   *
   * @param deviceOwner e.g. {@link Port#COMPUTE_OWNER}
   * @return the device ids
   */
  java.util.Set<String> devicesOwnedBy(String deviceOwner);

  /**
   * Lets go of everything a device holds: deletes the ports created for it ({@link
   * Port#autoDelete()}) with their addresses, and unbinds the others (device, owner and host
   * cleared, status DOWN). Idempotent.
   *
   * @param deviceId the server
   * @return how many ports were deleted or unbound
   */
  int releaseDevice(String deviceId);
}
