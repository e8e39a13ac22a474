package dev.ferrum.ironic.client.config;

/**
 * The chosen auth type needs a setting the configuration lacks, e.g. {@code auth.password} for
 * {@code password}. Names the key and its {@code OS_*} variable so the fix is obvious.
 */
public final class MissingConfigKeyException extends CloudConfigException {

  private static final long serialVersionUID = 1L;

  private final String key;

  /**
   * @param key the missing key as {@code clouds.yaml} spells it, e.g. {@code auth.password}
   * @param message the full explanation
   */
  public MissingConfigKeyException(String key, String message) {
    super(message);
    this.key = key;
  }

  /** The missing key as {@code clouds.yaml} spells it. */
  public String key() {
    return key;
  }
}
