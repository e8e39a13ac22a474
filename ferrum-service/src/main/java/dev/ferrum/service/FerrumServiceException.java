package dev.ferrum.service;

/**
 * The one unchecked root of every failure the compute service reports, so that the REST layer can
 * map a whole family to one Nova error shape and callers embedding the service can catch one type.
 *
 * <p>Subclasses name the outcome ({@link NotFoundException}, {@link ConflictException}, {@link
 * InvalidRequestException}, …); the message is safe to show to API users and never contains
 * secrets.
 */
public abstract class FerrumServiceException extends RuntimeException {
  /**
   * Creates an exception with a user-safe message.
   *
   * @param message what went wrong, safe to return to an API client
   */
  protected FerrumServiceException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a user-safe message and the underlying cause.
   *
   * @param message what went wrong, safe to return to an API client
   * @param cause the failure underneath, for logs only
   */
  protected FerrumServiceException(String message, Throwable cause) {
    super(message, cause);
  }
}
