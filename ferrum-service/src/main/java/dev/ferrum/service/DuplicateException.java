package dev.ferrum.service;

/**
 * Something with the same unique name or id already exists. Separate from other conflicts so that
 * idempotent callers (seeding default flavors, re-registering a service) can treat it as success.
 */
public final class DuplicateException extends ConflictException {
  /**
   * Creates the exception.
   *
   * @param message which name or id is taken, safe to return to an API client
   */
  public DuplicateException(String message) {
    super(message);
  }
}
