package dev.ferrum.service.store;

import java.util.Objects;

/**
 * One IP address of a server, as Nova's {@code addresses} map shows it. Kept with the server
 * because bare-metal addresses come from the node's ports, not from a network service.
 *
 * @param network the network label (the key of Nova's {@code addresses} map)
 * @param version 4 or 6
 * @param address the IP address
 * @param macAddress the port's MAC address, or {@code null}
 * @param type {@code fixed} or {@code floating}
 */
public record ServerAddress(
    String network, int version, String address, String macAddress, String type) {
  /** Validates the fields. */
  public ServerAddress {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(type, "type");
    if (version != 4 && version != 6) {
      throw new IllegalArgumentException("IP version must be 4 or 6: " + version);
    }
  }
}
