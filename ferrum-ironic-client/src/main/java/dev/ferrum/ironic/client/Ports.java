package dev.ferrum.ironic.client;

import dev.ferrum.ironic.client.model.JsonPatch;
import dev.ferrum.ironic.client.model.Port;
import dev.ferrum.ironic.client.model.PortCreate;
import dev.ferrum.ironic.client.model.PortQuery;
import java.util.List;

/**
 * The node's network interfaces, {@code /v1/ports}, from {@link IronicClient#ports()}.
 *
 * <p>Exists so VIF binding and network metadata can find a node's ports; the same failure and
 * threading rules as {@link Nodes} apply.
 */
public interface Ports {

  /** {@code GET /v1/ports/{uuid}}. */
  Port get(String uuid);

  /** {@code GET /v1/ports/detail?node=&address=}: all matching ports, every page fetched. */
  List<Port> list(PortQuery query);

  /** {@code POST /v1/ports}. */
  Port create(PortCreate port);

  /** {@code PATCH /v1/ports/{uuid}}. */
  Port update(String uuid, JsonPatch patch);

  /** {@code DELETE /v1/ports/{uuid}}. */
  void delete(String uuid);
}
