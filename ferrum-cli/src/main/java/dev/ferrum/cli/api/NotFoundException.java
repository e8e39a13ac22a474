package dev.ferrum.cli.api;

/**
 * A resource that does not exist (HTTP 404, or no match for a name), named apart because name
 * resolution and {@code delete --wait} treat it as an answer rather than a failure.
 */
public final class NotFoundException extends NovaApiException {

  private static final long serialVersionUID = 1L;

  /** A not-found answer; {@code status} is 404, or 0 when a name matched nothing. */
  public NotFoundException(String message, int status, String requestId) {
    super(message, status, requestId);
  }
}
