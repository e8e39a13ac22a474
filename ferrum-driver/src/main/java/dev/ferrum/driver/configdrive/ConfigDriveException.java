package dev.ferrum.driver.configdrive;

/**
 * Root of the config-drive failures. A config drive that cannot be built must fail the build of the
 * instance (Nova propagates the builder's error), so callers catch this one type to turn it into a
 * deploy failure.
 */
public class ConfigDriveException extends dev.ferrum.driver.DriverException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong (never includes drive content)
   * @param cause the underlying failure, or {@code null}
   */
  public ConfigDriveException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong (never includes drive content)
   */
  public ConfigDriveException(String message) {
    super(message);
  }
}
