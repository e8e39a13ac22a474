package dev.ferrum.ironic.client;

import dev.ferrum.ironic.client.model.VolumeConnector;
import dev.ferrum.ironic.client.model.VolumeConnectorCreate;
import java.util.List;

/**
 * A node's storage connectors, {@code /v1/volume/connectors} (1.32), from {@link
 * IronicClient#volumeConnectors()}.
 *
 * <p>Exists for boot from volume; the same failure and threading rules as {@link Nodes} apply.
 */
public interface VolumeConnectors {

  /**
   * {@code GET /v1/volume/connectors?node=...&detail=True}: every page fetched. (Real Ironic
   * rejects {@code node=} on {@code /v1/volume/connectors/detail}.)
   */
  List<VolumeConnector> listByNode(String node);

  /** {@code POST /v1/volume/connectors}. */
  VolumeConnector create(VolumeConnectorCreate connector);

  /** {@code DELETE /v1/volume/connectors/{uuid}}. */
  void delete(String uuid);
}
