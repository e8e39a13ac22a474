package dev.ferrum.service;

/**
 * The database failed in a way the caller cannot fix (connection lost, migration failed, a
 * constraint the code did not anticipate). Wraps the JDBC/JDBI error so that storage details do not
 * leak into the service's API; the REST layer answers 500.
 */
public final class PersistenceException extends FerrumServiceException {
  /**
   * Creates the exception.
   *
   * @param message what the service was doing, safe to return to an API client
   * @param cause the driver's error, for logs only
   */
  public PersistenceException(String message, Throwable cause) {
    super(message, cause);
  }
}
