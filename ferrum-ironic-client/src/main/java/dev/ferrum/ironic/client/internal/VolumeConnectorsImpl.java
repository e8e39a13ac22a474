package dev.ferrum.ironic.client.internal;

import dev.ferrum.ironic.client.VolumeConnectors;
import dev.ferrum.ironic.client.model.Microversion;
import dev.ferrum.ironic.client.model.VolumeConnector;
import dev.ferrum.ironic.client.model.VolumeConnectorCreate;
import java.util.List;
import java.util.Objects;

/** {@link VolumeConnectors} over the engine. Thread-safe. */
public final class VolumeConnectorsImpl implements VolumeConnectors {

  private static final Microversion VOLUME = Microversion.of(32);

  private final Api api;

  /** Creates the volume connector API over {@code api}. */
  public VolumeConnectorsImpl(Api api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  @Override
  public List<VolumeConnector> listByNode(String node) {
    ApiCall call =
        ApiCall.of("list volume connectors", "GET", "/v1/volume/connectors", VOLUME)
            .withQuery(
                new Query()
                    .add("node", Objects.requireNonNull(node, "node"))
                    .add("detail", "True"));
    return Pager.all(api, call, "connectors", VolumeConnector.class);
  }

  @Override
  public VolumeConnector create(VolumeConnectorCreate connector) {
    Objects.requireNonNull(connector, "connector");
    return api.read(
        ApiCall.of("create volume connector", "POST", "/v1/volume/connectors", VOLUME)
            .withBody(Json.tree(connector)),
        VolumeConnector.class);
  }

  @Override
  public void delete(String uuid) {
    api.send(
        ApiCall.of(
            "delete volume connector",
            "DELETE",
            "/v1/volume/connectors/" + Query.segment(Objects.requireNonNull(uuid, "uuid")),
            VOLUME));
  }
}
