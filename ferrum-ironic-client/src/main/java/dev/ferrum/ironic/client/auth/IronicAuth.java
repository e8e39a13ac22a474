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
   *
   * @throws IronicAuthException if the auth has a catalog but it has no matching endpoint, or the
   *     catalog could not be obtained
   */
  Optional<URI> endpoint();

  /**
   * Headers to add to the next request, e.g. {@code X-Auth-Token} or {@code Authorization}.
   *
   * @throws IronicAuthException if fresh credentials were needed and could not be obtained
   */
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

  /**
   * HTTP basic authentication: Ironic's {@code http_basic} strategy, backed by an htpasswd file.
   *
   * @param username the user name; must not contain {@code ':'}
   * @param password the password, never logged
   */
  static IronicAuth httpBasic(String username, String password) {
    return new HttpBasicAuth(username, password);
  }

  /**
   * Keystone v3 tokens with {@link KeystoneOptions#defaults() default options}: public interface,
   * any region, the JDK's trust store.
   */
  static IronicAuth keystone(KeystoneCredentials credentials) {
    return keystone(credentials, KeystoneOptions.defaults());
  }

  /**
   * Keystone v3 tokens: requested lazily on first use, cached, renewed shortly before they expire
   * or after Ironic rejected one; the bare-metal endpoint comes from the token's service catalog.
   */
  static IronicAuth keystone(KeystoneCredentials credentials, KeystoneOptions options) {
    return new KeystoneAuth(credentials, options);
  }
}
