package dev.ferrum.driver;

/**
 * Nova's {@code ComputeResourcesUnavailable}: the chosen node cannot take the instance.
 *
 * <p>Exists because it is the one build failure that asks the manager to pick another node (the
 * node was reserved by someone else, went into cleaning, or into maintenance).
 */
public class ComputeResourcesUnavailableException extends DriverException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public ComputeResourcesUnavailableException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public ComputeResourcesUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
