package dev.ferrum.driver.configdrive;

/**
 * The drive exceeds the configured size limit. It is a separate type because it is the user's input
 * (user data, injected files) that is too big, not a fault of the service, and callers report it
 * differently.
 */
public final class ConfigDriveTooLargeException extends ConfigDriveException {

  private static final long serialVersionUID = 1L;

  private final long size;
  private final long limit;

  /**
   * Creates the exception.
   *
   * @param what which form was measured (for example "ISO 9660 image")
   * @param size the size that was produced, in bytes
   * @param limit the limit, in bytes
   */
  public ConfigDriveTooLargeException(String what, long size, long limit) {
    super("config drive " + what + " is " + size + " bytes, more than the limit of " + limit);
    this.size = size;
    this.limit = limit;
  }

  /**
   * The measured size.
   *
   * @return bytes
   */
  public long size() {
    return size;
  }

  /**
   * The limit that was exceeded.
   *
   * @return bytes
   */
  public long limit() {
    return limit;
  }
}
