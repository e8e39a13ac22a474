package dev.ferrum.driver.cache;

import dev.ferrum.driver.DriverException;
import dev.ferrum.driver.InstanceNotFoundException;

/**
 * More than one Ironic node claims the same instance (Nova raises a generic {@code NovaException}
 * for this "programming error").
 *
 * <p>It exists as a named type, distinct from {@link InstanceNotFoundException}, because the two
 * outcomes must never be confused: treating a doubly-claimed instance as "not found" could let a
 * caller delete records while two nodes still carry it.
 */
public final class AmbiguousInstanceNodeException extends DriverException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param instanceUuid the instance
   * @param nodes how many nodes claim it
   */
  public AmbiguousInstanceNodeException(String instanceUuid, int nodes) {
    super(
        "Programming error: "
            + nodes
            + " Ironic nodes are associated with instance "
            + instanceUuid
            + "; expected at most one");
  }
}
