package dev.ferrum.service.store;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An image a server can be deployed from. Ferrum does not store image bytes: Ironic downloads the
 * image from {@code sourceUrl}, so an image is a registered URL plus the Glance fields clients
 * display and the checksum Ironic verifies.
 *
 * @param id uuid
 * @param name display name (not unique, as in Glance)
 * @param sourceUrl where Ironic fetches the image (http, https or file)
 * @param checksum the checksum Ironic verifies, or {@code null}
 * @param diskFormat Glance disk format, e.g. {@code qcow2}, {@code raw}
 * @param containerFormat Glance container format, e.g. {@code bare}
 * @param sizeBytes the size, or {@code null} when unknown
 * @param visibility who may see and use it
 * @param status Glance status, e.g. {@code active}
 * @param minDiskGb smallest root disk it fits on
 * @param minRamMb smallest RAM it needs
 * @param properties free-form properties (Glance shows them as top-level fields)
 * @param ownerProjectId the owning project, or {@code null} for none
 * @param createdAt creation time
 * @param updatedAt last change
 */
public record Image(
    String id,
    String name,
    String sourceUrl,
    String checksum,
    String diskFormat,
    String containerFormat,
    Long sizeBytes,
    ImageVisibility visibility,
    String status,
    int minDiskGb,
    int minRamMb,
    Map<String, String> properties,
    String ownerProjectId,
    Instant createdAt,
    Instant updatedAt) {

  /** Validates required fields and freezes the properties. */
  public Image {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sourceUrl, "sourceUrl");
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    properties =
        Collections.unmodifiableMap(
            new TreeMap<>(Objects.requireNonNull(properties, "properties")));
  }

  /**
   * Tells whether a project may see this image. Public and community images are visible to all;
   * private and shared ones only to their owner (image members are not modelled).
   *
   * @param projectId the caller's project
   * @return {@code true} if visible
   */
  public boolean visibleTo(String projectId) {
    return switch (visibility) {
      case PUBLIC, COMMUNITY -> true;
      case PRIVATE, SHARED -> Objects.equals(ownerProjectId, projectId);
    };
  }
}
