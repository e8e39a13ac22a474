package dev.ferrum.driver.cache;

import dev.ferrum.driver.DriverException;
import dev.ferrum.ironic.client.model.Microversion;
import java.util.Objects;

/**
 * The Ironic endpoint cannot serve a microversion a driver feature needs: Nova's {@code
 * IronicAPIVersionNotAvailable}.
 *
 * <p>It exists so a feature gated on the API version (conductor groups at 1.46, shards at 1.82) can
 * be checked before use and the outcome decided by the caller: the cache refresh logs it and lists
 * without that filter, as Nova does.
 */
public final class IronicApiVersionNotAvailableException extends DriverException {

  private static final long serialVersionUID = 1L;

  private final transient Microversion required;

  /**
   * Creates the exception.
   *
   * @param required the microversion that was needed
   * @param detail what the endpoint offers instead
   */
  public IronicApiVersionNotAvailableException(Microversion required, String detail) {
    super("Ironic API version " + required + " is not available: " + detail);
    this.required = Objects.requireNonNull(required, "required");
  }

  /**
   * The microversion that was needed.
   *
   * @return the version
   */
  public Microversion required() {
    return required;
  }
}
