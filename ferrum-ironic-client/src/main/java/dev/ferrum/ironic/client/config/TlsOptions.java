package dev.ferrum.ironic.client.config;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

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
   * An SSL context for these options, for {@code HttpClient.Builder.sslContext}.
   *
   * <ul>
   *   <li>{@code caBundle}: only the bundle's certificates (one or more PEM blocks) are trusted, as
   *       OpenStack tools do; the JDK's trust store is not consulted.
   *   <li>{@code clientCertificate}/{@code clientKey}: presented when the server asks for a client
   *       certificate. The certificate file may carry the chain after the leaf; the key must be an
   *       unencrypted PKCS#8 PEM ({@code BEGIN PRIVATE KEY}), RSA or EC.
   *   <li>{@code insecure}: every server certificate is accepted. The trust manager used is an
   *       {@code X509ExtendedTrustManager}, and JSSE performs the host name check inside such a
   *       manager, so with this context the JDK {@code HttpClient} skips the host name check too
   *       and callers need nothing more. Callers that install their own plain trust managers
   *       instead would also have to switch off the JDK client's host name verification, which is
   *       only possible with the system property {@code
   *       jdk.internal.httpclient.disableHostnameVerification=true}; that property is read once and
   *       applies to every {@code HttpClient} in the JVM, so it would weaken all other TLS
   *       connections of the process as well, and this class deliberately does not set it.
   * </ul>
   *
   * <p>Each call builds a new context (it reads the files again), so call it once per client.
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
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers(), trustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build a TLS context from " + this, e);
    }
  }

  private TrustManager[] trustManagers() throws GeneralSecurityException {
    if (insecure) {
      return new TrustManager[] {TrustAllManager.INSTANCE};
    }
    if (caBundle.isEmpty()) {
      return null; // the JDK's default trust store
    }
    KeyStore store = emptyStore();
    int n = 0;
    for (X509Certificate ca : PemFiles.certificates(caBundle.get(), "CA bundle")) {
      store.setCertificateEntry("ca-" + n++, ca);
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    return factory.getTrustManagers();
  }

  private KeyManager[] keyManagers() throws GeneralSecurityException {
    if (clientCertificate.isEmpty()) {
      return null;
    }
    List<X509Certificate> chain =
        PemFiles.certificates(clientCertificate.get(), "client certificate");
    PrivateKey key = PemFiles.privateKey(clientKey.orElseThrow());
    char[] password = "ferrum-in-memory".toCharArray();
    KeyStore store = emptyStore();
    store.setKeyEntry("client", key, password, chain.toArray(new Certificate[0]));
    KeyManagerFactory factory =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    factory.init(store, password);
    return factory.getKeyManagers();
  }

  private static KeyStore emptyStore() throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create an in-memory key store", e);
    }
    return store;
  }
}
