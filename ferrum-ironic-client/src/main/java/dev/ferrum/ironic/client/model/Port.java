package dev.ferrum.ironic.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A physical network interface of a node, as Ironic returns it.
 *
 * <p>Exists because VIF binding and network metadata need the MAC, the switch connection and the
 * physical network of each port.
 *
 * @param uuid the port's UUID
 * @param address the MAC address
 * @param nodeUuid the owning node
 * @param portgroupUuid the port group the port belongs to, or {@code null}
 * @param localLinkConnection switch id, port id and switch info
 * @param pxeEnabled whether the node may PXE boot from this port
 * @param physicalNetwork the physical network the port is attached to (1.34)
 * @param internalInfo Ironic's bookkeeping, e.g. {@code tenant_vif_port_id}
 * @param extra free-form operator data
 * @param isSmartnic whether the port is a Smart NIC port (1.53)
 * @param createdAt when the port was created
 * @param updatedAt when the port last changed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Port(
    String uuid,
    String address,
    String nodeUuid,
    String portgroupUuid,
    Map<String, Object> localLinkConnection,
    Boolean pxeEnabled,
    String physicalNetwork,
    Map<String, Object> internalInfo,
    Map<String, Object> extra,
    Boolean isSmartnic,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
