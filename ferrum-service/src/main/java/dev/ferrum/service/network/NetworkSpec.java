package dev.ferrum.service.network;

import java.util.Objects;

/**
 * What creating a network asks for, already validated by the caller's policy (only admins may set
 * {@code shared} or the provider attributes; the API checks that before building one).
 *
 * @param projectId the owning project
 * @param name the name ({@code ""} for none)
 * @param description the description ({@code ""} for none)
 * @param shared whether every project may use it
 * @param adminStateUp the administrative state
 * @param networkType {@code flat} or {@code vlan}
 * @param physicalNetwork the physical network, or {@code null}
 * @param segmentationId the VLAN id (1–4094) for {@code vlan}, else {@code null}
 * @param mtu the MTU (68–9216)
 */
public record NetworkSpec(
    String projectId,
    String name,
    String description,
    boolean shared,
    boolean adminStateUp,
    String networkType,
    String physicalNetwork,
    Integer segmentationId,
    int mtu) {

  /** Checks the required fields. */
  public NetworkSpec {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(networkType, "networkType");
  }

  /**
   * A flat network with Neutron's defaults (up, MTU 1500, no physical network).
   *
   * @param projectId the owner
   * @param name the name
   * @param shared whether it is shared
   * @return the spec
   */
  public static NetworkSpec flat(String projectId, String name, boolean shared) {
    return new NetworkSpec(projectId, name, "", shared, true, "flat", null, null, 1500);
  }
}
