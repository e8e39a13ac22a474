package dev.ferrum.ironic.client.config;

import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * How the client verifies Ironic's (and Keystone's) certificates and presents its own, with the
 * meaning OpenStack tools give {@code cacert}, {@code cert}, {@code key} and {@code insecure}.
 *
 * <p>Verification is on unless {@code insecure} is set explicitly.
 *
 * @param caBundle PEM file of trusted CAs; empty means the JDK's default trust store
 * @param clientCertificate PEM client certificate, for mutual TLS
 * @param clientKey PEM (PKCS#8) private key of {@code clientCertificate}
 * @param insecure skip certificate verification; never the default
 */
public record TlsOptions(
    Optional<Path> caBundle,
    Optional<Path> clientCertificate,
    Optional<Path> clientKey,
    boolean insecure) {

  /** Validates the combination. */
  public TlsOptions {
    Objects.requireNonNull(caBundle, "caBundle");
    Objects.requireNonNull(clientCertificate, "clientCertificate");
    Objects.requireNonNull(clientKey, "clientKey");
    if (clientCertificate.isPresent() != clientKey.isPresent()) {
      throw new IllegalArgumentException(
          "a client certificate needs its key, and a key its certificate");
    }
  }

  /** The JDK's trust store, no client certificate, verification on. */
  public static TlsOptions system() {
    return new TlsOptions(Optional.empty(), Optional.empty(), Optional.empty(), false);
  }

  /**
   * An SSL context for these options.
   *
   * @throws IllegalStateException if a file cannot be read or parsed
   */
  public SSLContext sslContext() {
    if (caBundle.isEmpty() && clientCertificate.isEmpty() && !insecure) {
      try {
        return SSLContext.getDefault();
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("the JDK has no default TLS context", e);
      }
    }
    throw new IllegalStateException("custom TLS options are not built yet");
  }
}
