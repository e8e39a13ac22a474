package dev.ferrum.service;

/**
 * The caller is authenticated but its role does not allow the operation (a member calling an
 * admin-only API). Nova answers 403 with the policy rule in the message.
 */
public final class ForbiddenException extends FerrumServiceException {
  /**
   * Creates the exception.
   *
   * @param message which policy refused the call, safe to return to an API client
   */
  public ForbiddenException(String message) {
    super(message);
  }
}
