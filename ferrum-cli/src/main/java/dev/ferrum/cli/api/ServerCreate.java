package dev.ferrum.cli.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code POST /servers} needs, with ids already resolved from names.
 *
 * @param name the new server's name
 * @param imageId the image uuid ({@code imageRef})
 * @param flavorId the flavor id ({@code flavorRef})
 * @param keyName an existing keypair's name, passed as-is
 * @param userData the user data, raw (sent base64-encoded)
 * @param metadata server properties
 */
public record ServerCreate(
    String name,
    String imageId,
    String flavorId,
    Optional<String> keyName,
    Optional<byte[]> userData,
    Map<String, String> metadata) {

  /** Checks for nulls and copies the map. */
  public ServerCreate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(imageId, "imageId");
    Objects.requireNonNull(flavorId, "flavorId");
    Objects.requireNonNull(keyName, "keyName");
    userData = Objects.requireNonNull(userData, "userData").map(byte[]::clone);
    metadata = Map.copyOf(Objects.requireNonNull(metadata, "metadata"));
  }
}
