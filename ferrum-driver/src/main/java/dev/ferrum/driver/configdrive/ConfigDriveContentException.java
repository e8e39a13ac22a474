package dev.ferrum.driver.configdrive;

/**
 * The content cannot be expressed in the requested form (for example injected files, or user data
 * that is not UTF-8 text, in Ironic's JSON config drive). Separate from I/O failures because the
 * remedy is to choose the other form, not to retry.
 */
public final class ConfigDriveContentException extends ConfigDriveException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why the content does not fit the form
   */
  public ConfigDriveContentException(String message) {
    super(message);
  }
}
