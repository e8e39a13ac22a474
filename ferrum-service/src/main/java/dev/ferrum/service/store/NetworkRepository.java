package dev.ferrum.service.store;

import dev.ferrum.service.network.Network;
import dev.ferrum.service.network.NetworkChanges;
import dev.ferrum.service.network.Port;
import dev.ferrum.service.network.Subnet;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Stored networks, subnets, ports and IP allocations: the persistence under the built-in network
 * backend ({@code dev.ferrum.service.network.NetworkBackends#builtin}). It knows the tables and
 * their constraints, not address management: the backend chooses the addresses and this repository
 * stores them atomically, reporting a lost race as a {@link PortInsert} outcome so that the backend
 * can choose again. Obtain one from {@link Database#networks()}.
 *
 * <p>Failures are the {@link dev.ferrum.service.FerrumServiceException} family; not-found cases are
 * {@link dev.ferrum.service.network.NetworkResourceNotFoundException}.
 */
public interface NetworkRepository {

  // ---- networks

  /**
   * Stores a new network.
   *
   * @param network the network
   * @return the stored network
   */
  Network insertNetwork(Network network);

  /**
   * Finds a network.
   *
   * @param id the id
   * @return the network, or empty
   */
  Optional<Network> findNetwork(String id);

  /**
   * Lists networks, oldest first.
   *
   * @param project a project (its own networks and shared ones), or {@code null} for all
   * @return the networks
   */
  List<Network> listNetworks(String project);

  /**
   * Changes a network's descriptive fields and bumps its {@code updated_at}.
   *
   * @param id the network
   * @param changes the changes
   * @param at the change time
   * @return the changed network
   * @throws dev.ferrum.service.network.NetworkResourceNotFoundException if there is none
   */
  Network updateNetwork(String id, NetworkChanges changes, Instant at);

  /**
   * Deletes a network with its subnets.
   *
   * @param id the network
   * @throws dev.ferrum.service.network.NetworkResourceNotFoundException if there is none
   * @throws dev.ferrum.service.network.NetworkConflictException ({@code NetworkInUse}) while it has
   *     ports
   */
  void deleteNetwork(String id);

  // ---- subnets

  /**
   * Stores a new subnet after a last check that sees the network's other subnets: the network row
   * is locked for the transaction, so two concurrent requests cannot both pass an overlap check.
   *
   * @param subnet the subnet
   * @param check called with the network's existing subnets inside the transaction; throws to
   *     refuse
   * @return the stored subnet
   * @throws dev.ferrum.service.network.NetworkResourceNotFoundException if the network is gone
   */
  Subnet insertSubnet(Subnet subnet, Consumer<List<Subnet>> check);

  /**
   * Finds a subnet.
   *
   * @param id the id
   * @return the subnet, or empty
   */
  Optional<Subnet> findSubnet(String id);

  /**
   * Lists subnets, oldest first.
   *
   * @param project a project (subnets of the networks it may see), or {@code null} for all
   * @return the subnets
   */
  List<Subnet> listSubnets(String project);

  /**
   * Returns the subnets of some networks.
   *
   * @param networkIds the networks
   * @return subnets by network, oldest first; networks without subnets are absent
   */
  Map<String, List<Subnet>> subnetsOf(Collection<String> networkIds);

  /**
   * Changes a subnet's name or description and bumps its {@code updated_at}.
   *
   * @param id the subnet
   * @param changes the changes ({@code adminStateUp} ignored)
   * @param at the change time
   * @return the changed subnet
   * @throws dev.ferrum.service.network.NetworkResourceNotFoundException if there is none
   */
  Subnet updateSubnet(String id, NetworkChanges changes, Instant at);

  /**
   * Deletes a subnet.
   *
   * @param id the subnet
   * @throws dev.ferrum.service.network.NetworkResourceNotFoundException if there is none
   * @throws dev.ferrum.service.network.NetworkConflictException ({@code SubnetInUse}) while an
   *     address on it is allocated
   */
  void deleteSubnet(String id);

  // ---- ports and allocations

  /**
   * Returns the addresses allocated on a subnet, in canonical text.
   *
   * @param subnetId the subnet
   * @return the addresses
   */
  Set<String> allocatedAddresses(String subnetId);

  /**
   * Whether a MAC address is taken on a network.
   *
   * @param networkId the network
   * @param macAddress the MAC address (lower case)
   * @return whether a port has it
   */
  boolean macInUse(String networkId, String macAddress);

  /**
   * Stores a port and allocates its fixed addresses in one transaction; a constraint that another
   * writer won is reported as an outcome, with nothing stored.
   *
   * @param port the port, its fixed IPs in allocation order
   * @return what happened
   */
  PortInsert insertPort(Port port);

  /** The outcome of {@link #insertPort(Port)}. */
  sealed interface PortInsert {
    /**
     * The port and all its addresses are stored.
     *
     * @param port the stored port
     */
    record Inserted(Port port) implements PortInsert {}

    /**
     * An address was already allocated on its subnet; nothing is stored.
     *
     * @param fixedIp the taken address
     */
    record AddressTaken(Port.FixedIp fixedIp) implements PortInsert {}

    /**
     * The device already has a port for that slot; nothing is stored.
     *
     * @param existing the port that holds the slot
     */
    record SlotTaken(Port existing) implements PortInsert {}

    /** Another port of the network has the MAC address; nothing is stored. */
    record MacTaken() implements PortInsert {}

    /**
     * A transient clash (deadlock, lock timeout, a subnet or slot that changed under the
     * transaction); nothing is stored and trying again with fresh data may succeed.
     */
    record Contention() implements PortInsert {}
  }

  /**
   * Finds a port.
   *
   * @param id the id
   * @return the port, or empty
   */
  Optional<Port> findPort(String id);

  /**
   * Finds the port a device holds for one slot of its network request.
   *
   * @param deviceId the device
   * @param deviceSlot the slot
   * @return the port, or empty
   */
  Optional<Port> findPortBySlot(String deviceId, int deviceSlot);

  /**
   * Lists ports, oldest first.
   *
   * @param project the owning project, or {@code null} for all
   * @return the ports
   */
  List<Port> listPorts(String project);

  /**
   * Returns the ports of some devices.
   *
   * @param deviceIds the devices
   * @return ports by device, oldest first; devices without ports are absent
   */
  Map<String, List<Port>> portsOf(Collection<String> deviceIds);

  /**
   * Whether any port remains on a network.
   *
   * @param networkId the network
   * @return whether it has ports
   */
  boolean hasPorts(String networkId);

  /**
   * Changes a port's descriptive fields and bumps its {@code updated_at}.
   *
   * @param id the port
   * @param changes the changes
   * @param at the change time
   * @return the changed port
   * @throws dev.ferrum.service.network.NetworkResourceNotFoundException if there is none
   */
  Port updatePort(String id, NetworkChanges changes, Instant at);

  /**
   * Gives an unused port to a device; idempotent for the device that holds it.
   *
   * @param id the port
   * @param deviceId the device
   * @param deviceOwner the owner
   * @param deviceSlot the slot
   * @param at the change time
   * @return the claimed port
   * @throws dev.ferrum.service.network.NetworkResourceNotFoundException if there is none
   * @throws dev.ferrum.service.network.NetworkConflictException ({@code PortInUse}) if another
   *     device holds it, or the device already holds another port for that slot
   */
  Port claimPort(String id, String deviceId, String deviceOwner, int deviceSlot, Instant at);

  /**
   * Binds a port: MAC address, binding host, status {@code ACTIVE}.
   *
   * @param id the port
   * @param hostId the binding host
   * @param macAddress the MAC address (lower case)
   * @param at the change time
   * @return the bound port
   * @throws dev.ferrum.service.network.NetworkResourceNotFoundException if there is none
   * @throws dev.ferrum.service.network.NetworkConflictException ({@code MacAddressInUse})
   */
  Port bindPort(String id, String hostId, String macAddress, Instant at);

  /**
   * Deletes a port; its allocations go with it.
   *
   * @param id the port
   * @throws dev.ferrum.service.network.NetworkResourceNotFoundException if there is none
   */
  void deletePort(String id);

  /**
   * Returns the devices holding ports with an owner.
   *
   * @param deviceOwner the owner
   * @return the device ids
   */
  Set<String> devicesOwnedBy(String deviceOwner);

  /**
   * Deletes a device's auto-delete ports and unbinds the others, in one transaction.
   *
   * @param deviceId the device
   * @param at the change time
   * @return how many ports were deleted or unbound
   */
  int releaseDevice(String deviceId, Instant at);
}
