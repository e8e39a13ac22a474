package dev.ferrum.driver.watch;

import dev.ferrum.driver.DriverException;

/**
 * A watched node reached a failure state ({@code deploy failed}, {@code rescue failed}...).
 *
 * <p>Exists so the operation that waited can report Ironic's {@code last_error} in its own outcome
 * type (deploy, rescue, unrescue failure).
 */
public final class NodeFailureException extends DriverException {

  private static final long serialVersionUID = 1L;

  private final String nodeUuid;
  private final String provisionState;
  private final String lastError;

  /**
   * Creates the exception.
   *
   * @param nodeUuid the node
   * @param provisionState the failure state
   * @param lastError Ironic's {@code last_error}, may be {@code null}
   */
  public NodeFailureException(String nodeUuid, String provisionState, String lastError) {
    super("Node " + nodeUuid + " reached '" + provisionState + "': " + lastError);
    this.nodeUuid = nodeUuid;
    this.provisionState = provisionState;
    this.lastError = lastError;
  }

  /** The node. */
  public String nodeUuid() {
    return nodeUuid;
  }

  /** The failure state. */
  public String provisionState() {
    return provisionState;
  }

  /** Ironic's {@code last_error}, may be {@code null}. */
  public String lastError() {
    return lastError;
  }
}
