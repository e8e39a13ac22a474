package dev.ferrum.driver;

/**
 * Nova's {@code VirtualInterfacePlugException}: Ironic refused to attach a VIF (no free port,
 * invalid VIF).
 *
 * <p>Exists so the manager fails the network setup with the VIF named.
 */
public class VirtualInterfacePlugException extends DriverException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public VirtualInterfacePlugException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public VirtualInterfacePlugException(String message, Throwable cause) {
    super(message, cause);
  }
}
