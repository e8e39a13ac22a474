package dev.ferrum.driver;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One attached Cinder volume (a block-device mapping with its connection info).
 *
 * <p>Exists because each becomes an Ironic volume target; the one with boot index 0 makes the
 * instance boot from volume.
 *
 * @param volumeId the volume id
 * @param bootIndex the boot index, or {@code null} when not bootable
 * @param driverVolumeType the connection info's {@code driver_volume_type} (e.g. {@code iscsi})
 * @param data the connection info's {@code data}, sent as the target's properties
 */
public record VolumeMapping(
    String volumeId, Integer bootIndex, String driverVolumeType, Map<String, Object> data) {

  /** Validates and copies the components. */
  public VolumeMapping {
    Objects.requireNonNull(volumeId, "volumeId");
    Objects.requireNonNull(driverVolumeType, "driverVolumeType");
    data = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(data, "data")));
  }
}
