package dev.ferrum.ironic.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * A remote volume a node boots from or attaches (1.32).
 *
 * <p>Exists because boot-from-volume creates one target per block device mapping before deploy and
 * removes them on tear-down.
 *
 * @param uuid the target's UUID
 * @param nodeUuid the owning node
 * @param volumeType the storage protocol, e.g. {@code iscsi}
 * @param volumeId the volume's id in the block storage service
 * @param bootIndex the boot order; {@code 0} is the boot volume
 * @param properties connection properties from the block storage service
 * @param extra free-form data
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VolumeTarget(
    String uuid,
    String nodeUuid,
    String volumeType,
    String volumeId,
    Integer bootIndex,
    Map<String, Object> properties,
    Map<String, Object> extra) {}
