package dev.ferrum.ironic.client.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the PEM files OpenStack configuration points at: certificate bundles (any number of
 * certificates, with comments between them) and unencrypted PKCS#8 private keys (RSA or EC).
 */
final class PemFiles {

  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]*?)\\s*-----END \\1-----");
  private static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC", "Ed25519", "Ed448");

  private PemFiles() {}

  /** Every {@code CERTIFICATE} block of the file, in order; at least one. */
  static List<X509Certificate> certificates(Path file, String what) {
    List<byte[]> blocks = blocks(file, what, "CERTIFICATE");
    if (blocks.isEmpty()) {
      throw new IllegalStateException(what + " " + file + " contains no PEM certificate");
    }
    List<X509Certificate> certificates = new ArrayList<>();
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (byte[] der : blocks) {
        certificates.add(
            (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
      }
    } catch (CertificateException e) {
      throw new IllegalStateException(what + " " + file + " holds an unreadable certificate", e);
    }
    return certificates;
  }

  /** The file's {@code PRIVATE KEY} (PKCS#8) block. */
  static PrivateKey privateKey(Path file) {
    List<byte[]> blocks = blocks(file, "client key", "PRIVATE KEY");
    if (blocks.isEmpty()) {
      String hint =
          text(file, "client key").contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")
              ? "it is encrypted; store it decrypted"
              : "PKCS#1 or SEC1 keys ('BEGIN RSA/EC PRIVATE KEY') are not supported";
      throw new IllegalStateException(
          "client key "
              + file
              + " has no unencrypted PKCS#8 'BEGIN PRIVATE KEY' block ("
              + hint
              + "; convert with: openssl pkcs8 -topk8 -nocrypt -in old.pem -out new.pem)");
    }
    PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(blocks.getFirst());
    for (String algorithm : KEY_ALGORITHMS) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(spec);
      } catch (InvalidKeySpecException e) {
        // not this algorithm: try the next one
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("the JDK cannot read " + algorithm + " keys", e);
      }
    }
    throw new IllegalStateException(
        "client key " + file + " is not an RSA, EC or EdDSA PKCS#8 key");
  }

  private static List<byte[]> blocks(Path file, String what, String type) {
    Matcher m = BLOCK.matcher(text(file, what));
    List<byte[]> found = new ArrayList<>();
    while (m.find()) {
      if (m.group(1).equals(type)) {
        try {
          found.add(Base64.getMimeDecoder().decode(m.group(2)));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(what + " " + file + " has a corrupt PEM block", e);
        }
      }
    }
    return found;
  }

  private static String text(Path file, String what) {
    try {
      return Files.readString(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + what + " " + file + ": " + e, e);
    }
  }
}
