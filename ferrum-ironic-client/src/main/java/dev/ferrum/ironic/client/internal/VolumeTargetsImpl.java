package dev.ferrum.ironic.client.internal;

import dev.ferrum.ironic.client.VolumeTargets;
import dev.ferrum.ironic.client.model.Microversion;
import dev.ferrum.ironic.client.model.VolumeTarget;
import dev.ferrum.ironic.client.model.VolumeTargetCreate;
import java.util.List;
import java.util.Objects;

/** {@link VolumeTargets} over the engine. Thread-safe. */
public final class VolumeTargetsImpl implements VolumeTargets {

  private static final Microversion VOLUME = Microversion.of(32);

  private final Api api;

  /** Creates the volume target API over {@code api}. */
  public VolumeTargetsImpl(Api api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  @Override
  public List<VolumeTarget> listByNode(String node) {
    ApiCall call =
        ApiCall.of("list volume targets", "GET", "/v1/volume/targets", VOLUME)
            .withQuery(
                new Query()
                    .add("node", Objects.requireNonNull(node, "node"))
                    .add("detail", "True"));
    return Pager.all(api, call, "targets", VolumeTarget.class);
  }

  @Override
  public VolumeTarget create(VolumeTargetCreate target) {
    Objects.requireNonNull(target, "target");
    return api.read(
        ApiCall.of("create volume target", "POST", "/v1/volume/targets", VOLUME)
            .withBody(Json.tree(target)),
        VolumeTarget.class);
  }

  @Override
  public void delete(String uuid) {
    api.send(
        ApiCall.of(
            "delete volume target",
            "DELETE",
            "/v1/volume/targets/" + Query.segment(Objects.requireNonNull(uuid, "uuid")),
            VOLUME));
  }
}
