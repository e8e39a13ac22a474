package dev.ferrum.ironic.client.config;

import java.net.Socket;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The trust manager behind {@code insecure}: accepts every server certificate.
 *
 * <p>It is an {@link X509ExtendedTrustManager} on purpose. JSSE performs the endpoint
 * identification (host name) check inside the extended trust manager; for a plain {@code
 * X509TrustManager} it wraps the manager and checks the host name itself. Being extended and
 * checking nothing therefore skips the host name check too, which is what {@code insecure} means in
 * OpenStack tools.
 */
final class TrustAllManager extends X509ExtendedTrustManager {

  static final TrustAllManager INSTANCE = new TrustAllManager();

  private TrustAllManager() {}

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) {}

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) {}

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
