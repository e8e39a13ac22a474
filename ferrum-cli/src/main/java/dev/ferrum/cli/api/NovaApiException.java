package dev.ferrum.cli.api;

import java.util.Optional;

/**
 * The one unchecked exception the API layer throws, so a command needs a single handler that prints
 * the service's own message and exits 1.
 */
public class NovaApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String requestId;

  /**
   * An error with the service's message.
   *
   * @param message what went wrong, as the service (or the client) worded it
   * @param status the HTTP status, 0 when no response was involved
   * @param requestId the {@code x-openstack-request-id} of the failed request, or null
   */
  public NovaApiException(String message, int status, String requestId) {
    super(message);
    this.status = status;
    this.requestId = requestId;
  }

  /** An error from transport or decoding, with its cause. */
  public NovaApiException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
    this.requestId = null;
  }

  /** The HTTP status, or 0 when the error did not come from a response. */
  public int status() {
    return status;
  }

  /** The request id the service answered with, if any. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The message as the {@code openstack} client prints it: text, status and request id. */
  public String describe() {
    StringBuilder b = new StringBuilder(getMessage());
    if (status > 0) {
      b.append(" (HTTP ").append(status).append(')');
    }
    if (requestId != null) {
      b.append(" (Request-ID: ").append(requestId).append(')');
    }
    return b.toString();
  }
}
