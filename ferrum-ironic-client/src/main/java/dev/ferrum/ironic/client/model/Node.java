package dev.ferrum.ironic.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An Ironic node as the API returns it.
 *
 * <p>Exists as one typed record so callers never dig in raw JSON. Every component is nullable: a
 * {@code fields} projection leaves out what was not asked for, and older microversions hide newer
 * fields. {@code provisionState} and {@code powerState} are the API strings (see {@link
 * ProvisionState} and {@link PowerState}) because a newer Ironic may add states; the free-form
 * dictionaries stay maps.
 *
 * @param uuid the node's UUID
 * @param name the node's unique name
 * @param driver the hardware type, e.g. {@code ipmi}
 * @param provisionState current provision state; {@code null} is Ironic's NOSTATE
 * @param targetProvisionState the state being moved to, or {@code null}
 * @param powerState current power state, e.g. {@code power on}; may be {@code null}
 * @param targetPowerState the power state being moved to, or {@code null}
 * @param maintenance whether the node is in maintenance
 * @param maintenanceReason why it is in maintenance
 * @param fault the fault Ironic detected (e.g. {@code power failure}), or {@code null}
 * @param lastError the last error a conductor recorded
 * @param reservation the conductor host holding the node lock, or {@code null}
 * @param instanceUuid the instance the node is reserved for
 * @param instanceInfo deploy-time information (image, root size, config drive...)
 * @param driverInfo how to reach the BMC; contains credentials, never log unmasked
 * @param driverInternalInfo the driver's own bookkeeping
 * @param properties hardware properties (cpus, memory_mb, local_gb, capabilities...)
 * @param extra free-form operator data
 * @param resourceClass the Placement resource class (1.21)
 * @param conductorGroup the conductor group (1.46)
 * @param conductor the conductor currently managing the node (1.49)
 * @param shard the shard (1.82)
 * @param owner the owning project (1.50)
 * @param lessee the leasing project (1.65)
 * @param traits the node's traits (1.37)
 * @param consoleEnabled whether the console is enabled
 * @param protectedNode whether the node is protected from tear-down (1.48)
 * @param retired whether the node is retired (1.61)
 * @param description free-text description (1.51)
 * @param allocationUuid the allocation holding the node (1.52)
 * @param automatedClean per-node override of automated cleaning (1.47)
 * @param parentNode the parent node (1.83)
 * @param provisionUpdatedAt when the provision state last changed
 * @param inspectionStartedAt when inspection last started
 * @param inspectionFinishedAt when inspection last finished
 * @param createdAt when the node was enrolled
 * @param updatedAt when the node last changed; {@code null} if never
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Node(
    String uuid,
    String name,
    String driver,
    String provisionState,
    String targetProvisionState,
    String powerState,
    String targetPowerState,
    Boolean maintenance,
    String maintenanceReason,
    String fault,
    String lastError,
    String reservation,
    String instanceUuid,
    Map<String, Object> instanceInfo,
    Map<String, Object> driverInfo,
    Map<String, Object> driverInternalInfo,
    Map<String, Object> properties,
    Map<String, Object> extra,
    String resourceClass,
    String conductorGroup,
    String conductor,
    String shard,
    String owner,
    String lessee,
    List<String> traits,
    Boolean consoleEnabled,
    @JsonProperty("protected") Boolean protectedNode,
    Boolean retired,
    String description,
    String allocationUuid,
    Boolean automatedClean,
    String parentNode,
    OffsetDateTime provisionUpdatedAt,
    OffsetDateTime inspectionStartedAt,
    OffsetDateTime inspectionFinishedAt,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  /** {@code true} if the node is in maintenance; {@code false} when unknown or not. */
  public boolean inMaintenance() {
    return Boolean.TRUE.equals(maintenance);
  }

  /** {@code true} if a conductor currently holds the node's lock. */
  public boolean locked() {
    return reservation != null;
  }

  /**
   * Identity and state only: the free-form maps ({@code driver_info}, {@code instance_info}...) are
   * left out because they may hold credentials or config drives when a server does not mask them.
   */
  @Override
  public String toString() {
    return "Node[uuid="
        + uuid
        + ", name="
        + name
        + ", provisionState="
        + provisionState
        + ", targetProvisionState="
        + targetProvisionState
        + ", powerState="
        + powerState
        + ", maintenance="
        + maintenance
        + ", instanceUuid="
        + instanceUuid
        + ", reservation="
        + reservation
        + "]";
  }
}
