package dev.ferrum.ironic.client.auth;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * How the client proves who it is to Ironic, and where Ironic is when nobody said.
 *
 * <p>The transport asks for {@link #requestHeaders()} before every request, so an implementation
 * can cache a token and renew it shortly before it expires. When Ironic answers 401 the transport
 * calls {@link #invalidate()} once and, if it returns {@code true}, repeats the request a single
 * time with fresh headers; a second 401 surfaces to the caller. Implementations must be
 * thread-safe: many virtual threads share one client.
 */
public interface IronicAuth {

  /**
   * The bare-metal endpoint this auth learnt by itself (Keystone's service catalog), without the
   * {@code /v1} suffix. Empty for auth types that have no catalog; an endpoint configured on the
   * client builder always wins over this one.
   */
  Optional<URI> endpoint();

  /** Headers to add to the next request, e.g. {@code X-Auth-Token} or {@code Authorization}. */
  Map<String, String> requestHeaders();

  /**
   * Forgets cached credentials after Ironic answered 401.
   *
   * @return {@code true} if fresh credentials may succeed, so one retry is worthwhile
   */
  boolean invalidate();

  /** The auth type's name as OpenStack configuration spells it, for logs and errors. */
  String type();

  /** No authentication: Ironic's {@code noauth} strategy. */
  static IronicAuth none() {
    return NoAuth.INSTANCE;
  }
}
