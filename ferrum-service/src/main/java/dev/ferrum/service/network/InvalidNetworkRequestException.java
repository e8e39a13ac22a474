package dev.ferrum.service.network;

import dev.ferrum.service.InvalidRequestException;
import java.util.Objects;

/**
 * Network input that cannot be accepted (400): an invalid or overlapping CIDR, a pool outside the
 * range, a gateway inside a pool, a fixed IP outside the subnet. Nothing is stored when it is
 * thrown.
 */
public final class InvalidNetworkRequestException extends InvalidRequestException
    implements NeutronFault {
  /** Neutron's generic type for bad input. */
  public static final String INVALID_INPUT = "InvalidInput";

  private final String type;

  /**
   * Creates the exception.
   *
   * @param type Neutron's error type, e.g. {@link #INVALID_INPUT}, {@code InvalidAllocationPool},
   *     {@code GatewayConflictWithAllocationPools}, {@code InvalidIpForSubnet}
   * @param message the user-safe message
   */
  public InvalidNetworkRequestException(String type, String message) {
    super(message);
    this.type = Objects.requireNonNull(type, "type");
  }

  @Override
  public String neutronType() {
    return type;
  }
}
