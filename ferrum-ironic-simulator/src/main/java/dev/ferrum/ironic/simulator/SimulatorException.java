package dev.ferrum.ironic.simulator;

/**
 * Root of the unchecked exceptions the simulator's Java API throws, so callers can catch one type
 * for every misuse of the control handle or a failed start.
 */
public class SimulatorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong
   */
  public SimulatorException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public SimulatorException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A control call named a node (by UUID or name) that the simulator does not hold. */
  public static final class UnknownNodeException extends SimulatorException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for one node identifier.
     *
     * @param node the UUID or name that was not found
     */
    public UnknownNodeException(String node) {
      super("Node " + node + " could not be found.");
    }
  }

  /** A control call asked for something the simulator's current state or setup cannot do. */
  public static final class InvalidRequestException extends SimulatorException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message why the request is invalid
     */
    public InvalidRequestException(String message) {
      super(message);
    }
  }
}
