package dev.ferrum.service.api.internal;

import dev.ferrum.service.InvalidRequestException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

/**
 * Validates an OpenSSH public key line and computes Nova's fingerprint for it (MD5 of the key blob,
 * colon-separated hex), so a keypair that is stored can also be used by cloud-init.
 */
final class SshKeys {
  private static final Set<String> TYPES =
      Set.of(
          "ssh-rsa",
          "ssh-dss",
          "ssh-ed25519",
          "ecdsa-sha2-nistp256",
          "ecdsa-sha2-nistp384",
          "ecdsa-sha2-nistp521",
          "sk-ssh-ed25519@openssh.com",
          "sk-ecdsa-sha2-nistp256@openssh.com");

  private SshKeys() {}

  /**
   * Checks a public key line and returns its fingerprint.
   *
   * @param line e.g. {@code ssh-ed25519 AAAAC3… user@host}
   * @return the MD5 fingerprint, e.g. {@code 1e:2c:…}
   * @throws InvalidRequestException if the line is not a well-formed OpenSSH public key
   */
  static String fingerprint(String line) {
    String stripped = line.strip();
    if (stripped.contains("\n") || stripped.contains("\r")) {
      throw invalid();
    }
    String[] parts = stripped.split("\\s+");
    if (parts.length < 2 || !TYPES.contains(parts[0])) {
      throw invalid();
    }
    byte[] blob;
    try {
      blob = Base64.getDecoder().decode(parts[1]);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (!parts[0].equals(embeddedType(blob))) {
      throw invalid();
    }
    try {
      byte[] md5 = MessageDigest.getInstance("MD5").digest(blob);
      return HexFormat.ofDelimiter(":").formatHex(md5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required by the Java platform", e);
    }
  }

  private static String embeddedType(byte[] blob) {
    if (blob.length < 4) {
      return null;
    }
    int len = ByteBuffer.wrap(blob, 0, 4).getInt();
    if (len <= 0 || len > blob.length - 4) {
      return null;
    }
    return new String(blob, 4, len, StandardCharsets.US_ASCII);
  }

  private static InvalidRequestException invalid() {
    return new InvalidRequestException("Keypair data is invalid: failed to generate fingerprint");
  }
}
