package dev.ferrum.driver;

import java.util.List;
import java.util.Objects;

/**
 * The volumes attached to an instance at build time.
 *
 * <p>Exists so spawn can create Ironic volume targets and decide boot-from-volume (a mapping with
 * boot index 0 is the root device, as Nova's {@code get_root_bdm}).
 *
 * @param volumes the volume mappings
 */
public record BlockDeviceInfo(List<VolumeMapping> volumes) {

  /** Copies the list. */
  public BlockDeviceInfo {
    volumes = List.copyOf(Objects.requireNonNull(volumes, "volumes"));
  }

  /** No volumes. */
  public static BlockDeviceInfo none() {
    return new BlockDeviceInfo(List.of());
  }

  /** Whether a volume is the root device (boot index 0). */
  public boolean bootFromVolume() {
    return volumes.stream().anyMatch(v -> Integer.valueOf(0).equals(v.bootIndex()));
  }
}
