package dev.ferrum.driver.ring;

/**
 * Raised when {@code [ironic]peer_list} cannot be used to build the ring (empty, or not naming this
 * service's own host). It exists as its own type because, as in Nova, it is deliberately not
 * caught: it must stop {@code init_host} and node listing rather than let a mis-configured service
 * silently manage nodes it was not meant to.
 */
public final class InvalidPeerListException extends dev.ferrum.driver.DriverException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the peer list
   */
  public InvalidPeerListException(String message) {
    super(message);
  }
}
