package dev.ferrum.service.api.internal;

/**
 * An HTTP-level failure that has no service-layer meaning (401, 405, 406, 415); service failures
 * use the {@link dev.ferrum.service.FerrumServiceException} family instead.
 */
final class ApiException extends RuntimeException {
  private final int status;

  ApiException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }

  static ApiException unauthorized() {
    return new ApiException(401, "The request you have made requires authentication.");
  }
}
