package dev.ferrum.cli;

/**
 * Connection settings that cannot be used (unknown cloud, unsupported auth type, missing password),
 * named apart so the message can say which setting to fix.
 */
public final class ConfigurationException extends CliException {

  private static final long serialVersionUID = 1L;

  /** The problem, naming the setting. */
  public ConfigurationException(String message) {
    super(message);
  }

  /** The problem, naming the setting, with the cause (e.g. a YAML syntax error). */
  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
