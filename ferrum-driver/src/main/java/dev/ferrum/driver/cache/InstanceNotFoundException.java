package dev.ferrum.driver.cache;

/**
 * No Ironic node carries the instance: Nova's {@code InstanceNotFound} as raised by the driver's
 * lookup-by-instance.
 *
 * <p>It exists because "the instance has no node" is an expected answer many callers branch on
 * ({@code instance_exists} returns false, {@code get_info} reports no state) rather than a failure.
 * It sits under the driver's exception root {@link dev.ferrum.driver.DriverException} (a subtype of
 * the root-package outcome where one exists).
 */
public final class InstanceNotFoundException extends dev.ferrum.driver.InstanceNotFoundException {

  private static final long serialVersionUID = 1L;

  /** The instance no node carries. */
  private final String instanceUuid;

  /**
   * Creates the exception.
   *
   * @param instanceUuid the instance no node carries
   */
  public InstanceNotFoundException(String instanceUuid) {
    super("Instance " + instanceUuid + " could not be found (no Ironic node carries it)");
    this.instanceUuid = instanceUuid;
  }

  /**
   * The instance no node carries.
   *
   * @return its uuid
   */
  public String instanceUuid() {
    return instanceUuid;
  }
}
