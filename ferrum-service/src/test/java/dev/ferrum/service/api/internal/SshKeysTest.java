package dev.ferrum.service.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.service.InvalidRequestException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * OpenSSH public key checks and MD5 fingerprints (expected values from {@code ssh-keygen -E md5}).
 */
class SshKeysTest {
  @Test
  void fingerprintMatchesSshKeygen() {
    assertThat(
            SshKeys.fingerprint(
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBFc7Kk0fvfPzFfhdKQdKbyW/8NLRuIPtHufZtvyNBoY"))
        .isEqualTo("63:e5:1f:fa:8f:58:22:8f:18:e0:1c:64:ec:bc:84:93");
  }

  @Test
  void theDeclaredTypeMustMatchTheBlob() {
    String blob = "AAAAC3NzaC1lZDI1NTE5AAAAIBFc7Kk0fvfPzFfhdKQdKbyW/8NLRuIPtHufZtvyNBoY";

    assertThatThrownBy(() -> SshKeys.fingerprint("ssh-rsa " + blob))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void malformedBlobsAreRefused() {
    byte[] lying =
        ByteBuffer.allocate(8).putInt(1000).put("ssh-".getBytes(StandardCharsets.US_ASCII)).array();
    String encoded = Base64.getEncoder().encodeToString(lying);

    assertThatThrownBy(() -> SshKeys.fingerprint("ssh-rsa " + encoded))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> SshKeys.fingerprint("ssh-rsa AA"))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> SshKeys.fingerprint("ssh-rsa"))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> SshKeys.fingerprint("")).isInstanceOf(InvalidRequestException.class);
  }
}
