package dev.ferrum.service.compute;

/**
 * One network interface a new server asks for, after the API resolved it (Nova's {@code networks}
 * item): a network (optionally with a fixed address), or an existing port.
 *
 * @param networkId the network, or {@code null} when {@code portId} is given
 * @param fixedIp the address to take on that network, or {@code null} for any
 * @param portId an existing unused port to use, or {@code null}
 */
public record RequestedNic(String networkId, String fixedIp, String portId) {

  /** Requires exactly one of network and port. */
  public RequestedNic {
    if ((networkId == null) == (portId == null)) {
      throw new IllegalArgumentException("a NIC names either a network or a port");
    }
    if (portId != null && fixedIp != null) {
      throw new IllegalArgumentException("a NIC with a port takes the port's addresses");
    }
  }

  /**
   * A NIC on a network with any free address.
   *
   * @param networkId the network
   * @return the NIC
   */
  public static RequestedNic onNetwork(String networkId) {
    return new RequestedNic(networkId, null, null);
  }
}
