package dev.ferrum.ironic.client.model;

import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /v1/ports}.
 *
 * <p>Exists so enrolling a node's NICs is typed; {@code null} components are not sent.
 *
 * @param nodeUuid the owning node's UUID (a name is rejected by Ironic); required
 * @param address the MAC address; required
 * @param pxeEnabled whether the node PXE boots from it, or {@code null}
 * @param localLinkConnection switch connection, or {@code null}
 * @param physicalNetwork physical network, or {@code null}
 * @param portgroupUuid the port group, or {@code null}
 * @param extra free-form data, or {@code null}
 */
public record PortCreate(
    String nodeUuid,
    String address,
    Boolean pxeEnabled,
    Map<String, Object> localLinkConnection,
    String physicalNetwork,
    String portgroupUuid,
    Map<String, Object> extra) {

  /** Requires node and address. */
  public PortCreate {
    Objects.requireNonNull(nodeUuid, "nodeUuid");
    Objects.requireNonNull(address, "address");
  }

  /** A port with just node and MAC. */
  public static PortCreate of(String nodeUuid, String address) {
    return new PortCreate(nodeUuid, address, null, null, null, null, null);
  }
}
