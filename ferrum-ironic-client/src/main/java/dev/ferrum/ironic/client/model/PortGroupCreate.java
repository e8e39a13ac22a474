package dev.ferrum.ironic.client.model;

import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /v1/portgroups}.
 *
 * <p>Exists so bonds can be enrolled typed; {@code null} components are not sent.
 *
 * @param nodeUuid the owning node's UUID; required
 * @param name a name, or {@code null}
 * @param address the bond's MAC, or {@code null}
 * @param mode bond mode (1.26), or {@code null}
 * @param properties bond properties (1.26), or {@code null}
 * @param standalonePortsSupported whether member ports may be used alone, or {@code null}
 * @param extra free-form data, or {@code null}
 */
public record PortGroupCreate(
    String nodeUuid,
    String name,
    String address,
    String mode,
    Map<String, Object> properties,
    Boolean standalonePortsSupported,
    Map<String, Object> extra) {

  /** Requires the node. */
  public PortGroupCreate {
    Objects.requireNonNull(nodeUuid, "nodeUuid");
  }
}
