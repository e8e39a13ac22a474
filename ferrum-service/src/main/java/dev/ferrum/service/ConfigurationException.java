package dev.ferrum.service;

/**
 * The service configuration is unusable or unsafe (for example authentication turned off on a
 * non-loopback address). Raised at start-up so a misconfigured service never starts listening.
 */
public final class ConfigurationException extends FerrumServiceException {
  /**
   * Creates the exception.
   *
   * @param message which setting is wrong and why
   */
  public ConfigurationException(String message) {
    super(message);
  }
}
