package dev.ferrum.driver.configdrive;

import java.util.Objects;

/**
 * A network service entry of {@code network_data.json} (today only DNS servers), modelled so the
 * de-duplication Nova performs is value equality.
 *
 * @param type the service type ({@code dns})
 * @param address the server address
 */
public record NetworkService(String type, String address) {

  /** Validates the components. */
  public NetworkService {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(address, "address");
  }

  /**
   * A DNS server entry.
   *
   * @param address the server address
   * @return the service
   */
  public static NetworkService dns(String address) {
    return new NetworkService("dns", address);
  }
}
