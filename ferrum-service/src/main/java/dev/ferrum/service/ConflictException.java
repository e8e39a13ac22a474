package dev.ferrum.service;

/**
 * The request clashes with the current state of a resource (a duplicate name, a server in the wrong
 * state, a node someone else claimed). Nova answers these with 409, and callers may retry or tell
 * the user.
 */
public class ConflictException extends FerrumServiceException {
  /**
   * Creates the exception.
   *
   * @param message what clashed, safe to return to an API client
   */
  public ConflictException(String message) {
    super(message);
  }
}
