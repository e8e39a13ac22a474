package dev.ferrum.ironic.client.internal;

import dev.ferrum.ironic.client.Ports;
import dev.ferrum.ironic.client.model.JsonPatch;
import dev.ferrum.ironic.client.model.Microversion;
import dev.ferrum.ironic.client.model.Port;
import dev.ferrum.ironic.client.model.PortCreate;
import dev.ferrum.ironic.client.model.PortQuery;
import java.util.List;
import java.util.Objects;

/** {@link Ports} over the engine. Thread-safe. */
public final class PortsImpl implements Ports {

  private static final Microversion BASE = Microversion.of(1);

  private final Api api;

  /** Creates the port API over {@code api}. */
  public PortsImpl(Api api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  private static String port(String uuid) {
    return "/v1/ports/" + Query.segment(Objects.requireNonNull(uuid, "uuid"));
  }

  @Override
  public Port get(String uuid) {
    return api.read(ApiCall.of("get port", "GET", port(uuid), BASE), Port.class);
  }

  @Override
  public List<Port> list(PortQuery query) {
    Objects.requireNonNull(query, "query");
    // node= as a filter of the port list exists since 1.5 (node_uuid= before that).
    Microversion min = query.node() != null ? Microversion.of(5) : BASE;
    ApiCall call =
        ApiCall.of("list ports", "GET", "/v1/ports/detail", min)
            .withQuery(
                new Query()
                    .add("node", query.node())
                    .add("address", query.address())
                    .add("limit", query.limit()));
    return Pager.all(api, call, "ports", Port.class);
  }

  @Override
  public Port create(PortCreate port) {
    Objects.requireNonNull(port, "port");
    Microversion min = BASE;
    if (port.portgroupUuid() != null) {
      min = Microversion.of(24);
    }
    if (port.physicalNetwork() != null) {
      min = Microversion.of(34);
    }
    return api.read(
        ApiCall.of("create port", "POST", "/v1/ports", min).withBody(Json.tree(port)), Port.class);
  }

  @Override
  public Port update(String uuid, JsonPatch patch) {
    return api.read(
        ApiCall.of("update port", "PATCH", port(uuid), BASE).withBody(NodesImpl.patchBody(patch)),
        Port.class);
  }

  @Override
  public void delete(String uuid) {
    api.send(ApiCall.of("delete port", "DELETE", port(uuid), BASE));
  }
}
