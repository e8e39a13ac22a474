package dev.ferrum.driver;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The image an instance is deployed from.
 *
 * <p>Exists in two shapes: a Glance image (only {@code id}; Ironic reads the rest from Glance) and
 * a standalone image (Ferrum without Glance) whose {@code sourceUrl}, {@code checksum} and {@code
 * diskFormat} the driver hands to Ironic in {@code instance_info}.
 *
 * @param id the image id (a Glance UUID, or Ferrum's own id)
 * @param sourceUrl where Ironic downloads the image ({@code http(s)://}, {@code file://}); empty
 *     for a Glance image
 * @param checksum the image checksum: {@code <algo>:<hex>} (sha256, sha512...) or a bare MD5 or a
 *     checksum-file URL; empty when unknown
 * @param diskFormat {@code raw}, {@code qcow2}...; empty when unknown
 * @param properties image properties, e.g. {@code traits_required} (a list) or {@code
 *     img_config_drive}
 */
public record ImageSpec(
    String id,
    Optional<String> sourceUrl,
    Optional<String> checksum,
    Optional<String> diskFormat,
    Map<String, Object> properties) {

  /** Validates and copies the components. */
  public ImageSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sourceUrl, "sourceUrl");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(diskFormat, "diskFormat");
    properties =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(properties, "properties")));
  }

  /** A Glance image without properties. */
  public static ImageSpec glance(String id) {
    return new ImageSpec(id, Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
  }

  /** A standalone image Ironic downloads itself. */
  public static ImageSpec standalone(String id, String url, String checksum, String diskFormat) {
    return new ImageSpec(
        id,
        Optional.of(url),
        Optional.ofNullable(checksum),
        Optional.ofNullable(diskFormat),
        Map.of());
  }

  /** This image with other properties. */
  public ImageSpec withProperties(Map<String, Object> props) {
    return new ImageSpec(id, sourceUrl, checksum, diskFormat, props);
  }
}
