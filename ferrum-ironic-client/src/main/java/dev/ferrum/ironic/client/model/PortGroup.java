package dev.ferrum.ironic.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A bond of ports on one node (Ironic's portgroup, 1.23), as Ironic returns it.
 *
 * <p>Exists because a VIF may be bound to a port group rather than a single port, and the network
 * metadata describes bonds from its mode and properties.
 *
 * @param uuid the port group's UUID
 * @param name the port group's name
 * @param address the MAC address of the bond
 * @param nodeUuid the owning node
 * @param mode the bond mode, e.g. {@code active-backup} (1.26)
 * @param properties bond properties such as {@code miimon} (1.26)
 * @param standalonePortsSupported whether member ports may also be used alone
 * @param internalInfo Ironic's bookkeeping
 * @param extra free-form operator data
 * @param createdAt when the port group was created
 * @param updatedAt when the port group last changed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PortGroup(
    String uuid,
    String name,
    String address,
    String nodeUuid,
    String mode,
    Map<String, Object> properties,
    Boolean standalonePortsSupported,
    Map<String, Object> internalInfo,
    Map<String, Object> extra,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
