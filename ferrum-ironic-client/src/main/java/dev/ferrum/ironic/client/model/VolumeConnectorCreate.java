package dev.ferrum.ironic.client.model;

import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /v1/volume/connectors}.
 *
 * <p>Exists so boot-from-volume set-up is typed; {@code null} components are not sent.
 *
 * @param nodeUuid the owning node's UUID; required
 * @param type connector type, e.g. {@code iqn}; required
 * @param connectorId the identifier of that type; required
 * @param extra free-form data, or {@code null}
 */
public record VolumeConnectorCreate(
    String nodeUuid, String type, String connectorId, Map<String, Object> extra) {

  /** Requires node, type and id. */
  public VolumeConnectorCreate {
    Objects.requireNonNull(nodeUuid, "nodeUuid");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(connectorId, "connectorId");
  }
}
