package dev.ferrum.driver.configdrive;

/**
 * Writing or encoding the image failed (temporary file, ISO writer, compression). The equivalent of
 * Nova's {@code ConfigDriveMountFailed}/builder errors, kept distinct from content problems.
 */
public final class ConfigDriveWriteException extends ConfigDriveException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param cause the underlying failure
   */
  public ConfigDriveWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
