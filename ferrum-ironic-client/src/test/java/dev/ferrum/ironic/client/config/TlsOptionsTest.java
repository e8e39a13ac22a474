package dev.ferrum.ironic.client.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real TLS handshakes against a local HTTPS server with certificates made for the test. */
class TlsOptionsTest {

  private static final HeldCertificate SERVER_CA =
      new HeldCertificate.Builder().certificateAuthority(0).commonName("Ferrum test CA").build();
  private static final HeldCertificate OTHER_CA =
      new HeldCertificate.Builder().certificateAuthority(0).commonName("Unrelated CA").build();
  private static final HeldCertificate CLIENT_CA =
      new HeldCertificate.Builder().certificateAuthority(0).commonName("Client CA").build();

  @TempDir Path dir;
  private MockWebServer server;

  @BeforeEach
  void setUp() {
    server = new MockWebServer();
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  @Test
  void systemOptionsUseTheJdkDefaultContext() throws Exception {
    assertThat(TlsOptions.system().sslContext()).isSameAs(SSLContext.getDefault());
  }

  @Test
  void caBundleWithSeveralCertificatesIsTrusted() throws Exception {
    serve(serverCertificate("127.0.0.1"), false);
    Path bundle =
        write(
            "bundle.pem",
            "# Unrelated CA\n"
                + OTHER_CA.certificatePem()
                + "\n# Ferrum test CA: é\n"
                + SERVER_CA.certificatePem());

    assertThat(get(withCa(bundle))).isEqualTo(200);
  }

  @Test
  void serverIsRejectedWithoutItsCa() {
    serve(serverCertificate("127.0.0.1"), false);

    assertThatThrownBy(() -> get(TlsOptions.system())).isInstanceOf(SSLHandshakeException.class);
    Path wrong = write("wrong.pem", OTHER_CA.certificatePem());
    assertThatThrownBy(() -> get(withCa(wrong))).isInstanceOf(SSLHandshakeException.class);
  }

  @Test
  void insecureAcceptsAnyCertificateAndHostName() throws Exception {
    serve(serverCertificate("ironic.invalid"), false);
    Path bundle = write("ca.pem", SERVER_CA.certificatePem());
    // the CA is right but the name is not: verification rejects it ...
    assertThatThrownBy(() -> get(withCa(bundle))).isInstanceOf(SSLHandshakeException.class);

    // ... insecure takes it, without any JVM-wide property
    TlsOptions insecure =
        new TlsOptions(Optional.empty(), Optional.empty(), Optional.empty(), true);
    assertThat(get(insecure)).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "ec"})
  void clientCertificateIsPresentedForMutualTls(String algorithm) throws Exception {
    HeldCertificate.Builder builder =
        new HeldCertificate.Builder().commonName("ferrum-client").signedBy(CLIENT_CA);
    HeldCertificate client =
        (algorithm.equals("rsa") ? builder.rsa2048() : builder.ecdsa256()).build();
    serve(serverCertificate("127.0.0.1"), true);
    Path ca = write("ca.pem", SERVER_CA.certificatePem());
    Path cert = write("client.pem", client.certificatePem() + CLIENT_CA.certificatePem());
    Path key = write("client.key", client.privateKeyPkcs8Pem());

    TlsOptions options =
        new TlsOptions(Optional.of(ca), Optional.of(cert), Optional.of(key), false);
    assertThat(get(options)).isEqualTo(200);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHandshake().peerPrincipal().getName()).contains("CN=ferrum-client");
  }

  @Test
  void mutualTlsFailsWithoutClientCertificate() {
    serve(serverCertificate("127.0.0.1"), true);
    Path ca = write("ca.pem", SERVER_CA.certificatePem());

    assertThatThrownBy(() -> get(withCa(ca))).isInstanceOf(IOException.class);
  }

  @Test
  void certificateAndKeyMayShareOneFile() {
    HeldCertificate client = new HeldCertificate.Builder().signedBy(CLIENT_CA).build();
    Path both = write("both.pem", client.privateKeyPkcs8Pem() + client.certificatePem());

    TlsOptions options =
        new TlsOptions(Optional.empty(), Optional.of(both), Optional.of(both), false);
    assertThat(options.sslContext().getProtocol()).isEqualTo("TLS");
  }

  @Test
  void unreadableFilesAreNamedInTheError() {
    Path missing = dir.resolve("missing.pem");
    assertThatThrownBy(() -> withCa(missing).sslContext())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CA bundle")
        .hasMessageContaining(missing.toString());

    Path empty = write("empty.pem", "nothing here\n");
    assertThatThrownBy(() -> withCa(empty).sslContext())
        .hasMessageContaining("contains no PEM certificate");

    Path corrupt =
        write("corrupt.pem", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
    assertThatThrownBy(() -> withCa(corrupt).sslContext())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unreadable certificate");
  }

  @Test
  void keysOtherThanPlainPkcs8AreRejectedWithAHint() {
    HeldCertificate client = new HeldCertificate.Builder().rsa2048().build();
    Path cert = write("c.pem", client.certificatePem());
    Path pkcs1 = write("k1.pem", client.privateKeyPkcs1Pem());
    Path encrypted =
        write(
            "k2.pem",
            "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n");
    Path garbage =
        write("k3.pem", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

    assertThatThrownBy(() -> withClient(cert, pkcs1).sslContext())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PKCS#1")
        .hasMessageContaining("openssl pkcs8 -topk8");
    assertThatThrownBy(() -> withClient(cert, encrypted).sslContext())
        .hasMessageContaining("encrypted");
    assertThatThrownBy(() -> withClient(cert, garbage).sslContext())
        .hasMessageContaining("not an RSA, EC or EdDSA");
  }

  @Test
  void certificateWithoutKeyIsRefused() {
    assertThatThrownBy(() ->
            new TlsOptions(
                Optional.empty(), Optional.of(dir.resolve("c.pem")), Optional.empty(), false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static HeldCertificate serverCertificate(String name) {
    return new HeldCertificate.Builder()
        .addSubjectAlternativeName(name)
        .signedBy(SERVER_CA)
        .build();
  }

  private void serve(HeldCertificate certificate, boolean requireClientCertificate) {
    HandshakeCertificates handshake =
        new HandshakeCertificates.Builder()
            .heldCertificate(certificate, SERVER_CA.certificate())
            .addTrustedCertificate(CLIENT_CA.certificate())
            .build();
    server.useHttps(handshake.sslSocketFactory());
    if (requireClientCertificate) {
      server.requireClientAuth();
    }
    server.enqueue(new MockResponse.Builder().body("ok").build());
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private int get(TlsOptions options) throws IOException, InterruptedException {
    try (HttpClient client =
        HttpClient.newBuilder()
            .sslContext(options.sslContext())
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build()) {
      URI uri = URI.create("https://127.0.0.1:" + server.getPort() + "/");
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
      return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
  }

  private TlsOptions withCa(Path bundle) {
    return new TlsOptions(Optional.of(bundle), Optional.empty(), Optional.empty(), false);
  }

  private TlsOptions withClient(Path cert, Path key) {
    return new TlsOptions(Optional.empty(), Optional.of(cert), Optional.of(key), false);
  }

  private Path write(String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
