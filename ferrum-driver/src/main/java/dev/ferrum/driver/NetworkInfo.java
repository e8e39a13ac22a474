package dev.ferrum.driver;

import dev.ferrum.driver.configdrive.NetworkMetadata;
import java.util.List;
import java.util.Objects;

/**
 * The instance's network attachments (Nova's {@code network_info}): its VIFs in order, each a
 * Neutron port with MAC and subnets.
 *
 * <p>Exists as one value so the VIF plug, the deploy patch ({@code fixed_ips}), the volume
 * connector's IP and {@code network_data.json} all read the same list.
 *
 * @param vifs the VIFs, in attachment order
 */
public record NetworkInfo(List<NetworkMetadata.Vif> vifs) {

  /** Copies the list. */
  public NetworkInfo {
    vifs = List.copyOf(Objects.requireNonNull(vifs, "vifs"));
  }

  /** No VIFs. */
  public static NetworkInfo empty() {
    return new NetworkInfo(List.of());
  }

  /** These VIFs. */
  public static NetworkInfo of(NetworkMetadata.Vif... vifs) {
    return new NetworkInfo(List.of(vifs));
  }

  /** Whether there is no VIF. */
  public boolean isEmpty() {
    return vifs.isEmpty();
  }
}
