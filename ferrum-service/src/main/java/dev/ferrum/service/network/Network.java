package dev.ferrum.service.network;

import java.time.Instant;
import java.util.Objects;

/**
 * A layer-2 network, as Neutron shows it. Bare-metal nodes reach it through their NICs, so the
 * provider attributes say what the wire is: an untagged ({@code flat}) physical network or a VLAN
 * on one.
 *
 * @param id the network id (a UUID)
 * @param name the name ({@code ""} when unnamed, as Neutron)
 * @param description the description ({@code ""} when none)
 * @param projectId the owning project
 * @param shared whether every project may use it
 * @param adminStateUp the administrative state
 * @param networkType {@code flat} or {@code vlan}
 * @param physicalNetwork the physical network name, or {@code null}
 * @param segmentationId the VLAN id for {@code vlan}, else {@code null}
 * @param mtu the MTU
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 */
public record Network(
    String id,
    String name,
    String description,
    String projectId,
    boolean shared,
    boolean adminStateUp,
    String networkType,
    String physicalNetwork,
    Integer segmentationId,
    int mtu,
    Instant createdAt,
    Instant updatedAt) {

  /** The network types Ferrum supports. */
  public static final java.util.Set<String> TYPES = java.util.Set.of("flat", "vlan");

  /** Checks the required fields. */
  public Network {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(networkType, "networkType");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /**
   * Whether a project may see and use this network: its own, or a shared one.
   *
   * @param project the caller's project
   * @param admin whether the caller is an admin (admins see every network)
   * @return whether it is visible
   */
  public boolean visibleTo(String project, boolean admin) {
    return admin || shared || projectId.equals(project);
  }
}
