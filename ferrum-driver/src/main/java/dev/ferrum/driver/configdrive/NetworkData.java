package dev.ferrum.driver.configdrive;

import java.util.List;
import java.util.Objects;

/**
 * The document published as {@code network_data.json}. A typed value so that the Ironic-specific
 * rewrite (ports, bonds) can be applied and checked without JSON dictionaries. With no network
 * information it is {@link #EMPTY} ({@code {"links":[],"networks":[],"services":[]}}), avoiding the
 * crash Nova has in that case.
 *
 * @param links the links (VIFs, then bond member ports)
 * @param networks the L3 configurations
 * @param services de-duplicated network services (DNS servers)
 */
public record NetworkData(
    List<NetworkLink> links, List<Network> networks, List<NetworkService> services) {

  /** No networking. */
  public static final NetworkData EMPTY = new NetworkData(List.of(), List.of(), List.of());

  /** Validates and copies the components. */
  public NetworkData {
    links = List.copyOf(Objects.requireNonNull(links, "links"));
    networks = List.copyOf(Objects.requireNonNull(networks, "networks"));
    services = List.copyOf(Objects.requireNonNull(services, "services"));
  }
}
