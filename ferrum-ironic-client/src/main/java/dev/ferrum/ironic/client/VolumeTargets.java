package dev.ferrum.ironic.client;

import dev.ferrum.ironic.client.model.VolumeTarget;
import dev.ferrum.ironic.client.model.VolumeTargetCreate;
import java.util.List;

/**
 * A node's remote volumes, {@code /v1/volume/targets} (1.32), from {@link
 * IronicClient#volumeTargets()}.
 *
 * <p>Exists for boot from volume; the same failure and threading rules as {@link Nodes} apply.
 */
public interface VolumeTargets {

  /**
   * {@code GET /v1/volume/targets?node=...&detail=True}: every page fetched. (Real Ironic rejects
   * {@code node=} on {@code /v1/volume/targets/detail}.)
   */
  List<VolumeTarget> listByNode(String node);

  /** {@code POST /v1/volume/targets}. */
  VolumeTarget create(VolumeTargetCreate target);

  /** {@code DELETE /v1/volume/targets/{uuid}}; a missing target is a 404, not ignored. */
  void delete(String uuid);
}
