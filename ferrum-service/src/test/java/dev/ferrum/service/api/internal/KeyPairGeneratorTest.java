package dev.ferrum.service.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The generated private key is a PKCS#1 RSA key for the same modulus as the public key. */
class KeyPairGeneratorTest {
  @Test
  void privateKeyMatchesThePublicKey() {
    KeyPairGenerator.Generated g = KeyPairGenerator.generate("test");

    String body =
        g.privateKeyPem()
            .replace("-----BEGIN RSA PRIVATE KEY-----", "")
            .replace("-----END RSA PRIVATE KEY-----", "")
            .replaceAll("\\s", "");
    byte[] der = Base64.getDecoder().decode(body);
    // RSAPrivateKey ::= SEQUENCE { version INTEGER (0), modulus INTEGER, publicExponent INTEGER, …
    // }
    int[] pos = {0};
    assertThat(der[pos[0]++]).isEqualTo((byte) 0x30);
    length(der, pos);
    assertThat(integer(der, pos)).isEqualTo(BigInteger.ZERO);
    BigInteger modulus = integer(der, pos);
    BigInteger exponent = integer(der, pos);

    assertThat(modulus).isEqualTo(KeyPairGenerator.modulusOf(g.publicKey()));
    assertThat(modulus.bitLength()).isEqualTo(2048);
    assertThat(exponent).isEqualTo(BigInteger.valueOf(65_537));
    assertThat(g.publicKey()).endsWith(" test");
    assertThat(g.toString()).doesNotContain("PRIVATE");
    assertThat(SshKeys.fingerprint(g.publicKey())).matches("([0-9a-f]{2}:){15}[0-9a-f]{2}");
  }

  @Test
  void eachCallGeneratesANewKey() {
    assertThat(KeyPairGenerator.generate("a").publicKey())
        .isNotEqualTo(KeyPairGenerator.generate("a").publicKey());
  }

  private static BigInteger integer(byte[] der, int[] pos) {
    assertThat(der[pos[0]++]).isEqualTo((byte) 0x02);
    int len = length(der, pos);
    BigInteger v = new BigInteger(Arrays.copyOfRange(der, pos[0], pos[0] + len));
    pos[0] += len;
    return v;
  }

  private static int length(byte[] der, int[] pos) {
    int first = der[pos[0]++] & 0xff;
    if (first < 0x80) {
      return first;
    }
    int len = 0;
    for (int i = 0; i < (first & 0x7f); i++) {
      len = (len << 8) | (der[pos[0]++] & 0xff);
    }
    return len;
  }
}
