package dev.ferrum.service.network;

import dev.ferrum.service.NotFoundException;

/**
 * A network, subnet or port does not exist, or the caller may not see it (404 either way, so that a
 * member learns nothing of another project's private resources).
 */
public final class NetworkResourceNotFoundException extends NotFoundException
    implements NeutronFault {

  /**
   * Creates the exception with Neutron's wording ({@code Network x could not be found.}).
   *
   * @param kind {@code Network}, {@code Subnet} or {@code Port}
   * @param id the id asked for
   */
  public NetworkResourceNotFoundException(String kind, String id) {
    super(kind, id);
  }

  @Override
  public String neutronType() {
    return kind() + "NotFound";
  }
}
