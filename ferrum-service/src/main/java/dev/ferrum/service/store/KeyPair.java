package dev.ferrum.service.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An SSH public key a user registers once and names when booting servers, so the key reaches the
 * machine through the config drive. Keypairs belong to a user, as in Nova.
 *
 * @param userId the owning user
 * @param name the name, unique per user
 * @param projectId the project the user was in when creating it
 * @param publicKey the OpenSSH public key line
 * @param fingerprint MD5 fingerprint of the key blob, colon-separated hex
 * @param type {@code ssh} (Nova's other type, {@code x509}, is not accepted)
 * @param createdAt creation time
 */
public record KeyPair(
    String userId,
    String name,
    String projectId,
    String publicKey,
    String fingerprint,
    String type,
    Instant createdAt) {
  /** Validates that every field is present. */
  public KeyPair {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
