package dev.ferrum.ironic.client.auth;

/**
 * Authentication worked but Keystone's service catalog has no endpoint of the wanted service type,
 * interface and region. Usually a configuration mismatch ({@code interface}, {@code region_name})
 * or a project without the service; the message lists what the catalog does offer.
 */
public final class EndpointNotFoundException extends IronicAuthException {

  private static final long serialVersionUID = 1L;

  /** With a message naming what was looked for and what exists. */
  public EndpointNotFoundException(String message) {
    super(message);
  }
}
