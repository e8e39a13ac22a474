package dev.ferrum.driver;

/**
 * Nova's {@code InstanceDeployFailure}: a deploy or rebuild could not be requested or did not reach
 * {@code active}.
 *
 * <p>Exists so the manager can reschedule a build (and mark a rebuild failed) with the reason
 * Ironic gave, e.g. the node's {@code last_error}.
 */
public class InstanceDeployFailureException extends DriverException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public InstanceDeployFailureException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public InstanceDeployFailureException(String message, Throwable cause) {
    super(message, cause);
  }
}
