package dev.ferrum.driver.ring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The configuration that decides hash-ring membership ({@code [DEFAULT]host}, {@code
 * [ironic]shard}, {@code [ironic]conductor_group}, {@code [ironic]peer_list}), gathered in one
 * value so that membership can be computed without the driver's configuration object.
 *
 * @param host this service's host name ({@code [DEFAULT]host}), as configured (not lower-cased)
 * @param shard the Ironic shard this service manages, if any; a present shard makes the ring a ring
 *     of one
 * @param conductorGroup the Ironic conductor group, if any; enables the peer list
 * @param peerList the hosts allowed on the ring when a conductor group is set (order kept)
 */
public record RingSettings(
    String host, Optional<String> shard, Optional<String> conductorGroup, List<String> peerList) {

  /** Validates and copies the inputs. */
  public RingSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(shard, "shard");
    Objects.requireNonNull(conductorGroup, "conductorGroup");
    peerList = List.copyOf(Objects.requireNonNull(peerList, "peerList"));
    if (host.isEmpty()) {
      throw new IllegalArgumentException("host must not be empty");
    }
  }

  /**
   * Settings with neither shard nor conductor group: every live ironic compute is on the ring.
   *
   * @param host this service's host name
   * @return the settings
   */
  public static RingSettings forHost(String host) {
    return new RingSettings(host, Optional.empty(), Optional.empty(), List.of());
  }
}
