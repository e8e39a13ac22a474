package dev.ferrum.driver;

/**
 * Nova's {@code InstanceNotFound}: no Ironic node carries the instance (any more).
 *
 * <p>Exists because callers react to it specifically: {@code destroy} treats it as success, the
 * deploy wait reports that Ironic tore the instance down, {@code getInfo} maps it to NOSTATE.
 */
public class InstanceNotFoundException extends DriverException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public InstanceNotFoundException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public InstanceNotFoundException(String message, Throwable cause) {
    super(message, cause);
  }
}
