package dev.ferrum.service.network;

import dev.ferrum.service.ConflictException;
import java.util.Objects;

/**
 * A network request clashes with what exists (409): an address already allocated, a pool with no
 * address left, a network or subnet that still has ports, a port already used by a server, a MAC
 * address already on the network.
 */
public final class NetworkConflictException extends ConflictException implements NeutronFault {
  /** Neutron's type when a fixed IP is taken. */
  public static final String IP_ALLOCATED = "IpAddressAlreadyAllocated";

  /** Neutron's type when no address is left. */
  public static final String IP_EXHAUSTED = "IpAddressGenerationFailure";

  /** Neutron's type for a network that still has ports. */
  public static final String NETWORK_IN_USE = "NetworkInUse";

  /** Neutron's type for a subnet that still has allocations. */
  public static final String SUBNET_IN_USE = "SubnetInUse";

  /** Neutron's type for a port already used by a device. */
  public static final String PORT_IN_USE = "PortInUse";

  /** Neutron's type for a MAC address already on the network. */
  public static final String MAC_IN_USE = "MacAddressInUse";

  private final String type;

  /**
   * Creates the exception.
   *
   * @param type Neutron's error type, e.g. {@link #IP_ALLOCATED}
   * @param message the user-safe message
   */
  public NetworkConflictException(String type, String message) {
    super(message);
    this.type = Objects.requireNonNull(type, "type");
  }

  @Override
  public String neutronType() {
    return type;
  }
}
