package dev.ferrum.ironic.client.internal;

import dev.ferrum.ironic.client.VolumeConnectors;
import dev.ferrum.ironic.client.model.VolumeConnector;
import dev.ferrum.ironic.client.model.VolumeConnectorCreate;

/** {@link VolumeConnectors} over the engine. Thread-safe. */
public final class VolumeConnectorsImpl
    extends VolumeResourceImpl<VolumeConnector, VolumeConnectorCreate> implements VolumeConnectors {

  /** Creates the volume connector API over {@code api}. */
  public VolumeConnectorsImpl(Api api) {
    super(api, "volume connector", "connectors", VolumeConnector.class);
  }
}
