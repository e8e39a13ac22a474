package dev.ferrum.driver.resources;

import dev.ferrum.driver.DriverException;

/**
 * Raised when a node has no {@code resource_class}: Nova's {@code NoResourceClass}.
 *
 * <p>It exists because such a node cannot be scheduled at all (bare metal is scheduled only by its
 * custom resource class); reporting an empty inventory instead would hide the operator's mistake.
 * The provider's inventory must be left untouched.
 */
public final class NoResourceClassException extends DriverException {

  private static final long serialVersionUID = 1L;

  /** The node without a resource class. */
  private final String nodeUuid;

  /**
   * Creates the exception.
   *
   * @param nodeUuid the node without a resource class
   */
  public NoResourceClassException(String nodeUuid) {
    super("Resource class not set for node " + nodeUuid);
    this.nodeUuid = nodeUuid;
  }

  /**
   * The node without a resource class.
   *
   * @return its uuid
   */
  public String nodeUuid() {
    return nodeUuid;
  }
}
