package dev.ferrum.cli.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code POST /flavors} (and then {@code os-extra_specs}) needs.
 *
 * @param name the flavor's name
 * @param id the flavor id; empty lets the service choose
 * @param ram MiB
 * @param vcpus count
 * @param disk GiB
 * @param isPublic whether every project may use it
 * @param extraSpecs the extra specs to set after creating it
 */
public record FlavorCreate(
    String name,
    Optional<String> id,
    int ram,
    int vcpus,
    int disk,
    boolean isPublic,
    Map<String, String> extraSpecs) {

  /** Checks for nulls and negative sizes, and copies the map. */
  public FlavorCreate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
    if (ram < 0 || vcpus < 0 || disk < 0) {
      throw new IllegalArgumentException("ram, vcpus and disk must not be negative");
    }
    extraSpecs = Map.copyOf(Objects.requireNonNull(extraSpecs, "extraSpecs"));
  }
}
