package dev.ferrum.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A Glance v2 image as the commands show it, plus the API object for {@code --json}.
 *
 * @param id the image uuid
 * @param name its name ("" when unnamed)
 * @param status Glance status ({@code active}, {@code queued}, …)
 * @param diskFormat {@code disk_format}, if set
 * @param json the API object as received
 */
public record Image(
    String id, String name, String status, Optional<String> diskFormat, JsonNode json) {

  /** Checks for nulls. */
  public Image {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(diskFormat, "diskFormat");
    Objects.requireNonNull(json, "json");
  }

  /** Reads a Glance image object. */
  public static Image of(JsonNode i) {
    Objects.requireNonNull(i, "i");
    return new Image(
        Fields.textOr(i, "id", ""),
        Fields.textOr(i, "name", ""),
        Fields.textOr(i, "status", ""),
        Fields.text(i, "disk_format"),
        i);
  }
}
