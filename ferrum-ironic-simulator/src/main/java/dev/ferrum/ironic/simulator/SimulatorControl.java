package dev.ferrum.ironic.simulator;

import java.util.List;
import java.util.Map;

/**
 * The simulator's control operations as a Java handle, the same as the HTTP control API under
 * {@code /_sim}, so tests in other modules can arrange inventory and failures without HTTP. Node
 * arguments are UUIDs or names; unknown nodes raise {@link
 * SimulatorException.UnknownNodeException}.
 */
public interface SimulatorControl {

  /**
   * Creates nodes directly in the seed's provision state.
   *
   * @param seed what to create
   * @return the new nodes' UUIDs, in creation order
   */
  List<String> seed(NodeSeed seed);

  /**
   * Adds a fault rule.
   *
   * @param rule the rule
   * @return the rule's id, for {@link #removeFault}
   */
  String addFault(FaultRule rule);

  /**
   * Lists the active fault rules by id.
   *
   * @return rules by id, in insertion order
   */
  Map<String, FaultRule> faults();

  /**
   * Removes one fault rule.
   *
   * @param id the id from {@link #addFault}
   * @return whether a rule was removed
   */
  boolean removeFault(String id);

  /** Removes every fault rule. */
  void clearFaults();

  /**
   * Makes the node's next run of an operation fail with the given {@code last_error}.
   *
   * @param node UUID or name
   * @param action the operation
   * @param lastError the error text the node will show
   */
  void failNext(String node, FailureAction action, String lastError);

  /**
   * Puts a node in a provision state at once, clearing its target, reservation and pending work.
   *
   * @param node UUID or name
   * @param provisionState any Ironic provision state
   */
  void forceProvisionState(String node, String provisionState);

  /**
   * Sets a node's power state at once, clearing its target power state.
   *
   * @param node UUID or name
   * @param powerState {@code power on}, {@code power off}, {@code error} or null
   */
  void forcePowerState(String node, String powerState);

  /**
   * Makes {@code GET /v1/nodes/{node}/validate} report one interface as invalid, or valid again.
   *
   * @param node UUID or name
   * @param iface the interface, e.g. {@code power} or {@code deploy}
   * @param reason the reason shown, or null to report the interface as valid
   */
  void setValidation(String node, String iface, String reason);

  /**
   * Deletes a node whatever its state, with its ports, port groups and volume objects.
   *
   * @param node UUID or name
   */
  void deleteNode(String node);

  /**
   * Sets or clears maintenance mode.
   *
   * @param node UUID or name
   * @param on whether the node is in maintenance
   * @param reason the reason (ignored when clearing)
   */
  void setMaintenance(String node, boolean on, String reason);

  /**
   * Returns how many API requests were served, keyed by method and route template, e.g. {@code GET
   * /v1/nodes/{node}}. Control API requests are not counted.
   *
   * @return counts by route
   */
  Map<String, Long> requestCounts();

  /** Sets every request counter back to zero. */
  void resetRequestCounts();

  /**
   * Returns how many nodes the simulator holds.
   *
   * @return the node count
   */
  int nodeCount();
}
