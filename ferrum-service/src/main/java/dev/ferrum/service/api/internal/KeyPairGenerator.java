package dev.ferrum.service.api.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;

/**
 * Generates an RSA key pair for {@code POST /os-keypairs} without a public key, as Nova does below
 * microversion 2.92: the public half in OpenSSH format is stored, the private half is returned once
 * in PKCS#1 PEM ({@code BEGIN RSA PRIVATE KEY}) and never stored or logged.
 */
final class KeyPairGenerator {
  private static final int BITS = 2048;

  /**
   * A generated pair.
   *
   * @param publicKey the OpenSSH public key line
   * @param privateKeyPem the private key, PKCS#1 PEM
   */
  record Generated(String publicKey, String privateKeyPem) {
    @Override
    public String toString() {
      return "Generated[publicKey=" + publicKey + ", privateKeyPem=***]";
    }
  }

  private KeyPairGenerator() {}

  static Generated generate(String comment) {
    KeyPair pair;
    try {
      java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
      g.initialize(BITS);
      pair = g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA key generation is required by the Java platform", e);
    }
    RSAPublicKey pub = (RSAPublicKey) pair.getPublic();
    ByteArrayOutputStream blob = new ByteArrayOutputStream();
    writeString(blob, "ssh-rsa".getBytes(StandardCharsets.US_ASCII));
    writeString(blob, pub.getPublicExponent().toByteArray());
    writeString(blob, pub.getModulus().toByteArray());
    String publicLine =
        "ssh-rsa " + Base64.getEncoder().encodeToString(blob.toByteArray()) + " " + comment;
    byte[] pkcs1 = pkcs1FromPkcs8(pair.getPrivate().getEncoded());
    String pem =
        "-----BEGIN RSA PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pkcs1)
            + "\n-----END RSA PRIVATE KEY-----\n";
    Arrays.fill(pkcs1, (byte) 0);
    return new Generated(publicLine, pem);
  }

  private static void writeString(ByteArrayOutputStream out, byte[] value) {
    out.write(value.length >>> 24);
    out.write(value.length >>> 16);
    out.write(value.length >>> 8);
    out.write(value.length);
    out.writeBytes(value);
  }

  /**
   * Unwraps the RSAPrivateKey (PKCS#1) from a PrivateKeyInfo (PKCS#8): SEQUENCE { INTEGER version,
   * SEQUENCE algorithm, OCTET STRING privateKey }.
   */
  static byte[] pkcs1FromPkcs8(byte[] der) {
    int[] pos = {0};
    expect(der, pos, 0x30);
    readLength(der, pos);
    skipElement(der, pos, 0x02);
    skipElement(der, pos, 0x30);
    expect(der, pos, 0x04);
    int len = readLength(der, pos);
    return Arrays.copyOfRange(der, pos[0], pos[0] + len);
  }

  private static void expect(byte[] der, int[] pos, int tag) {
    if ((der[pos[0]] & 0xff) != tag) {
      throw new IllegalStateException("unexpected DER tag in PKCS#8 key");
    }
    pos[0]++;
  }

  private static void skipElement(byte[] der, int[] pos, int tag) {
    expect(der, pos, tag);
    int len = readLength(der, pos);
    pos[0] += len;
  }

  private static int readLength(byte[] der, int[] pos) {
    int first = der[pos[0]++] & 0xff;
    if (first < 0x80) {
      return first;
    }
    int count = first & 0x7f;
    int len = 0;
    for (int i = 0; i < count; i++) {
      len = (len << 8) | (der[pos[0]++] & 0xff);
    }
    return len;
  }

  /** Reads the modulus from an OpenSSH {@code ssh-rsa} public key line (for tests). */
  static BigInteger modulusOf(String publicLine) {
    byte[] blob = Base64.getDecoder().decode(publicLine.split(" ")[1]);
    int p = 0;
    for (int i = 0; i < 2; i++) {
      int len =
          ((blob[p] & 0xff) << 24)
              | ((blob[p + 1] & 0xff) << 16)
              | ((blob[p + 2] & 0xff) << 8)
              | (blob[p + 3] & 0xff);
      p += 4 + len;
    }
    int len =
        ((blob[p] & 0xff) << 24)
            | ((blob[p + 1] & 0xff) << 16)
            | ((blob[p + 2] & 0xff) << 8)
            | (blob[p + 3] & 0xff);
    return new BigInteger(Arrays.copyOfRange(blob, p + 4, p + 4 + len));
  }
}
