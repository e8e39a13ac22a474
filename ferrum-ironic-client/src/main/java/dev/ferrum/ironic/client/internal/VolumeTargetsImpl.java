package dev.ferrum.ironic.client.internal;

import dev.ferrum.ironic.client.VolumeTargets;
import dev.ferrum.ironic.client.model.VolumeTarget;
import dev.ferrum.ironic.client.model.VolumeTargetCreate;

/** {@link VolumeTargets} over the engine. Thread-safe. */
public final class VolumeTargetsImpl extends VolumeResourceImpl<VolumeTarget, VolumeTargetCreate>
    implements VolumeTargets {

  /** Creates the volume target API over {@code api}. */
  public VolumeTargetsImpl(Api api) {
    super(api, "volume target", "targets", VolumeTarget.class);
  }
}
