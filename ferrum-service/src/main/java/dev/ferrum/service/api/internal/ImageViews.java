package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.store.Image;

/**
 * Glance v2's image JSON. Custom properties appear as top-level fields, as in Glance; the source
 * URL is shown only to admins (as {@code direct_url}), since URLs may carry credentials.
 */
final class ImageViews {
  private ImageViews() {}

  static ObjectNode image(Image i, boolean admin) {
    ObjectNode n = Json.object();
    i.properties().forEach(n::put);
    n.put("id", i.id());
    n.put("name", i.name());
    n.put("status", i.status());
    n.put("visibility", i.visibility().wireValue());
    n.put("protected", false);
    n.put("os_hidden", false);
    n.put("checksum", i.checksum());
    n.putNull("os_hash_algo");
    n.putNull("os_hash_value");
    n.put("owner", i.ownerProjectId());
    if (i.sizeBytes() == null) {
      n.putNull("size");
    } else {
      n.put("size", i.sizeBytes());
    }
    n.putNull("virtual_size");
    n.put("min_disk", i.minDiskGb());
    n.put("min_ram", i.minRamMb());
    n.put("disk_format", i.diskFormat());
    n.put("container_format", i.containerFormat());
    n.put("created_at", Json.time(i.createdAt()));
    n.put("updated_at", Json.time(i.updatedAt()));
    n.putArray("tags");
    if (admin) {
      n.put("direct_url", i.sourceUrl());
    }
    n.put("self", "/v2/images/" + i.id());
    n.put("file", "/v2/images/" + i.id() + "/file");
    n.put("schema", "/v2/schemas/image");
    return n;
  }
}
