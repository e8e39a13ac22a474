package dev.ferrum.ironic.client.model;

import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /v1/volume/targets}, as the driver sends it for each block device mapping
 * of a boot-from-volume instance.
 *
 * <p>Exists so the driver cannot forget a required field; {@code null} components are not sent.
 *
 * @param nodeUuid the owning node's UUID; required
 * @param volumeType storage protocol, e.g. {@code iscsi}; required
 * @param volumeId the volume's id; required
 * @param bootIndex boot order; required
 * @param properties connection properties, or {@code null}
 * @param extra free-form data, or {@code null}
 */
public record VolumeTargetCreate(
    String nodeUuid,
    String volumeType,
    String volumeId,
    Integer bootIndex,
    Map<String, Object> properties,
    Map<String, Object> extra) {

  /** Requires node, type, id and boot index. */
  public VolumeTargetCreate {
    Objects.requireNonNull(nodeUuid, "nodeUuid");
    Objects.requireNonNull(volumeType, "volumeType");
    Objects.requireNonNull(volumeId, "volumeId");
    Objects.requireNonNull(bootIndex, "bootIndex");
  }
}
