package dev.ferrum.service;

/**
 * A request body, parameter or argument failed validation. The REST layer answers 400 with this
 * message; validation happens before anything is persisted, so a 400 never leaves partial state.
 */
public class InvalidRequestException extends FerrumServiceException {
  /**
   * Creates the exception.
   *
   * @param message what is wrong with the input, safe to return to an API client
   */
  public InvalidRequestException(String message) {
    super(message);
  }
}
