package dev.ferrum.driver.internal;

import dev.ferrum.driver.BlockDeviceInfo;
import dev.ferrum.driver.InstanceDeployFailureException;
import dev.ferrum.driver.InstanceSpec;
import dev.ferrum.driver.NetworkInfo;
import dev.ferrum.driver.VolumeConnector;
import dev.ferrum.driver.VolumeMapping;
import dev.ferrum.driver.cache.NodeLookup;
import dev.ferrum.driver.configdrive.NetworkMetadata;
import dev.ferrum.ironic.client.IronicBadRequestException;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.IronicConflictException;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.PortGroup;
import dev.ferrum.ironic.client.model.PortQuery;
import dev.ferrum.ironic.client.model.VolumeTargetCreate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Boot-from-volume support (spec §8.6): creating the node's volume targets and computing the volume
 * connector Cinder exports to.
 */
public final class VolumeSupport {

  private final IronicClient ironic;
  private final NodeLookup lookup;

  /** Works through {@code ironic}. */
  public VolumeSupport(IronicClient ironic, NodeLookup lookup) {
    this.ironic = Objects.requireNonNull(ironic, "ironic");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
  }

  /**
   * Creates one target per volume. Ironic needs a boot index on every target; a volume without one
   * gets the next index above the highest given (Nova sends none and Ironic rejects it).
   *
   * @throws InstanceDeployFailureException when Ironic answers 400 or 409
   */
  public void createTargets(InstanceSpec instance, BlockDeviceInfo devices) {
    int next =
        devices.volumes().stream()
                .map(VolumeMapping::bootIndex)
                .filter(Objects::nonNull)
                .max(Integer::compare)
                .orElse(-1)
            + 1;
    for (VolumeMapping v : devices.volumes()) {
      Integer index = v.bootIndex();
      if (index == null) {
        index = next++;
      }
      try {
        ironic
            .volumeTargets()
            .create(
                new VolumeTargetCreate(
                    instance.node(), v.driverVolumeType(), v.volumeId(), index, v.data(), null));
      } catch (IronicBadRequestException | IronicConflictException e) {
        throw new InstanceDeployFailureException(
            "Failed to add volume target information of volume "
                + v.volumeId()
                + " on node "
                + instance.node()
                + " for instance "
                + instance.uuid()
                + ": "
                + e.getMessage(),
            e);
      }
    }
  }

  /** Nova's {@code get_volume_connector} (spec §8.6). */
  public VolumeConnector connector(InstanceSpec instance, NetworkInfo network) {
    Node node = lookup.node(instance.node());
    Map<String, List<String>> byType = new LinkedHashMap<>();
    for (var c : ironic.volumeConnectors().listByNode(node.uuid())) {
      byType.computeIfAbsent(c.type(), k -> new ArrayList<>()).add(c.connectorId());
    }
    Optional<String> ip = first(byType.get("ip"));
    if (ip.isEmpty()) {
      ip = ipFromMacs(node.uuid(), byType.getOrDefault("mac", List.of()), network);
    }
    Object arch = node.properties() == null ? null : node.properties().get("cpu_arch");
    return new VolumeConnector(
        ip,
        ip.orElse(instance.hostname()),
        first(byType.get("iqn")),
        byType.getOrDefault("wwpn", List.of()),
        byType.getOrDefault("wwnn", List.of()),
        Optional.ofNullable(arch).map(Object::toString),
        "baremetal",
        false);
  }

  private Optional<String> ipFromMacs(String node, List<String> macs, NetworkInfo network) {
    String vifId = null;
    for (String mac : macs) {
      vifId = vifOnPortGroup(node, mac);
      if (vifId == null) {
        vifId = vifOnPort(node, mac);
      }
      if (vifId != null) {
        break;
      }
    }
    if (macs.isEmpty() && network.isEmpty()) {
      return Optional.empty();
    }
    List<String> ips = new ArrayList<>();
    for (NetworkMetadata.Vif vif : network.vifs()) {
      if (vifId == null || vif.id().equals(vifId)) {
        vif.subnets().forEach(s -> ips.addAll(s.ips()));
      }
    }
    return ips.stream()
        .filter(i -> !i.contains(":"))
        .findFirst()
        .or(() -> ips.stream().findFirst());
  }

  private String vifOnPortGroup(String node, String mac) {
    for (PortGroup pg : ironic.portGroups().list(new PortQuery(node, mac, null))) {
      String vif = NetworkMetadata.vifIdOf(pg.internalInfo(), pg.extra());
      if (vif != null) {
        return vif;
      }
    }
    return null;
  }

  private String vifOnPort(String node, String mac) {
    for (var p : ironic.ports().list(new PortQuery(node, mac, null))) {
      String vif = NetworkMetadata.vifIdOf(p.internalInfo(), p.extra());
      if (vif != null) {
        return vif;
      }
    }
    return null;
  }

  private static Optional<String> first(List<String> values) {
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
