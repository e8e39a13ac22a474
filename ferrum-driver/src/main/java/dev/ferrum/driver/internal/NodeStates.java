package dev.ferrum.driver.internal;

import dev.ferrum.ironic.client.model.Node;
import java.util.Set;

/**
 * Ironic provision-state sets the driver decides on (spec §3.1, §4). Exists so the decision tables
 * of destroy and the waits read as data.
 */
public final class NodeStates {

  /**
   * Every Ironic provision state; {@code null} and the verb-only {@code rebuild} are not members.
   */
  public static final Set<String> ALL_STATES =
      Set.of(
          "enroll",
          "verifying",
          "manageable",
          "available",
          "active",
          "deploying",
          "wait call-back",
          "deploy hold",
          "deploy failed",
          "deploy complete",
          "deleting",
          "deleted",
          "cleaning",
          "clean wait",
          "clean hold",
          "clean failed",
          "error",
          "inspecting",
          "inspect wait",
          "inspect failed",
          "adopting",
          "adopt failed",
          "rescuing",
          "rescue wait",
          "rescue failed",
          "rescue",
          "unrescuing",
          "unrescue failed",
          "servicing",
          "service wait",
          "service hold",
          "service failed");

  /** States from which destroy asks Ironic to tear down (besides unknown and null). */
  public static final Set<String> UNPROVISION_STATES =
      Set.of(
          "active",
          "deploy failed",
          "error",
          "wait call-back",
          "deploying",
          "deploy hold",
          "rescue",
          "rescuing",
          "rescue wait",
          "rescue failed",
          "unrescuing",
          "unrescue failed",
          "servicing",
          "service wait",
          "service failed",
          "service hold");

  /** Non-null states in which an unprovision is finished. */
  public static final Set<String> UNPROVISIONED =
      Set.of("cleaning", "clean wait", "clean failed", "available");

  private NodeStates() {}

  /** Whether destroy must request a tear-down: listed, unknown or {@code null} state. */
  public static boolean needsUnprovision(String provisionState) {
    return provisionState == null
        || UNPROVISION_STATES.contains(provisionState)
        || !ALL_STATES.contains(provisionState);
  }

  /**
   * Whether the node cannot take a new instance: maintenance, power {@code null}/{@code error}, or
   * provision state other than {@code available}/{@code null}.
   */
  public static boolean unavailable(Node node) {
    return node.inMaintenance()
        || node.powerState() == null
        || "error".equals(node.powerState())
        || (node.provisionState() != null && !"available".equals(node.provisionState()));
  }
}
