package dev.ferrum.service;

/**
 * A record changed between read and write (its version column moved on). Separate from {@link
 * UnexpectedTaskStateException} because the right reaction differs: re-read and retry, instead of
 * giving up on an operation that another one superseded.
 */
public final class ConcurrentUpdateException extends ConflictException {
  /**
   * Creates the exception.
   *
   * @param message which record changed, safe to return to an API client
   */
  public ConcurrentUpdateException(String message) {
    super(message);
  }
}
