package dev.ferrum.ironic.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.config.TlsOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keystone over HTTPS: the TLS options reach the token requests. */
class KeystoneTlsTest {

  private static final HeldCertificate CA =
      new HeldCertificate.Builder().certificateAuthority(0).build();

  @TempDir Path dir;
  private final MockWebServer keystone = new MockWebServer();

  @AfterEach
  void tearDown() {
    keystone.close();
  }

  private IronicAuth authWith(TlsOptions tls) throws IOException {
    URI authUrl = URI.create("https://127.0.0.1:" + keystone.getPort() + "/v3");
    return IronicAuth.keystone(
        KeystoneCredentials.ApplicationCredential.byId(authUrl, "ac", "s"),
        KeystoneOptions.defaults().withTls(tls));
  }

  private void start(String hostName) throws IOException {
    HeldCertificate cert =
        new HeldCertificate.Builder().addSubjectAlternativeName(hostName).signedBy(CA).build();
    keystone.useHttps(
        new HandshakeCertificates.Builder().heldCertificate(cert).build().sslSocketFactory());
    keystone.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @Test
  void tokenOverHttpsWithTheCloudsCaBundle() throws IOException {
    start("127.0.0.1");
    Instant now = Instant.now();
    keystone.enqueue(KeystoneFixture.token("tls-tok", now, now.plus(Duration.ofHours(1))));
    Path ca = Files.writeString(dir.resolve("ca.pem"), CA.certificatePem());

    IronicAuth trusted =
        authWith(new TlsOptions(Optional.of(ca), Optional.empty(), Optional.empty(), false));
    assertThat(trusted.requestHeaders()).containsEntry("X-Auth-Token", "tls-tok");

    IronicAuth untrusted = authWith(TlsOptions.system());
    assertThatThrownBy(untrusted::requestHeaders)
        .isInstanceOf(KeystoneUnavailableException.class)
        .hasCauseInstanceOf(SSLHandshakeException.class);
  }

  @Test
  void insecureKeystoneWithAWrongHostName() throws IOException {
    start("keystone.invalid");
    Instant now = Instant.now();
    keystone.enqueue(KeystoneFixture.token("tok", now, now.plus(Duration.ofHours(1))));

    IronicAuth insecure =
        authWith(new TlsOptions(Optional.empty(), Optional.empty(), Optional.empty(), true));
    assertThat(insecure.requestHeaders()).containsEntry("X-Auth-Token", "tok");
  }
}
