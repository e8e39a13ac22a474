package dev.ferrum.cli.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What Ferrum's {@code POST /images} needs to register an image by URL (Ferrum stores no image
 * bytes; Ironic downloads from the URL).
 *
 * @param name the image's name
 * @param url where Ironic fetches it (http, https or file)
 * @param checksum the image's hex checksum, if known
 * @param diskFormat {@code raw}, {@code qcow2}, …
 * @param containerFormat usually {@code bare}
 * @param visibility {@code public}, {@code private}, {@code shared} or {@code community}
 * @param properties further string properties
 */
public record ImageCreate(
    String name,
    String url,
    Optional<String> checksum,
    Optional<String> diskFormat,
    Optional<String> containerFormat,
    Optional<String> visibility,
    Map<String, String> properties) {

  /** Checks for nulls and copies the map. */
  public ImageCreate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(diskFormat, "diskFormat");
    Objects.requireNonNull(containerFormat, "containerFormat");
    Objects.requireNonNull(visibility, "visibility");
    properties = Map.copyOf(Objects.requireNonNull(properties, "properties"));
  }
}
