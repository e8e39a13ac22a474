package dev.ferrum.ironic.client.config;

import dev.ferrum.ironic.client.IronicException;

/**
 * The OpenStack configuration cannot be turned into a client configuration: unreadable or invalid
 * {@code clouds.yaml}, an unsupported {@code auth_type}, a value that does not parse. Unchecked: it
 * is a deployment mistake to fix, not a condition to handle. Messages name the file or variable at
 * fault and never contain secrets.
 */
public class CloudConfigException extends IronicException {

  private static final long serialVersionUID = 1L;

  /** With a message naming the source of the problem. */
  public CloudConfigException(String message) {
    super(message, null);
  }

  /** With a message and the parse or I/O failure. */
  public CloudConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
