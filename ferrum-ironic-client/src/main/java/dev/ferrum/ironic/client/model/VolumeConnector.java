package dev.ferrum.ironic.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * How a node connects to remote storage (1.32), e.g. its iSCSI initiator IQN.
 *
 * <p>Exists because boot-from-volume needs the node's connector to attach the volume.
 *
 * @param uuid the connector's UUID
 * @param nodeUuid the owning node
 * @param type the connector type: {@code iqn}, {@code ip}, {@code mac}, {@code wwnn}...
 * @param connectorId the identifier of that type, e.g. the IQN
 * @param extra free-form data
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VolumeConnector(
    String uuid, String nodeUuid, String type, String connectorId, Map<String, Object> extra) {}
