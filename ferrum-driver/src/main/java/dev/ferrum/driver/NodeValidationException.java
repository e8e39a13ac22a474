package dev.ferrum.driver;

/**
 * Nova's {@code ValidationError}: Ironic's validation of the node's deploy, power or storage
 * interface failed.
 *
 * <p>Exists so the operator sees Ironic's per-interface reasons, as in {@code Ironic node: <uuid>
 * failed to validate. (deploy: D, power: P, storage: S)}.
 */
public class NodeValidationException extends DriverException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public NodeValidationException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public NodeValidationException(String message, Throwable cause) {
    super(message, cause);
  }
}
