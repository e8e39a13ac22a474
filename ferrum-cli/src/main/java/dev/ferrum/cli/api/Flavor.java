package dev.ferrum.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;

/**
 * A flavor as listed and created by the commands, with its extra specs (which carry the Ironic
 * resource class), plus the API object for {@code --json}.
 *
 * @param id the flavor id
 * @param name its name
 * @param ram MiB
 * @param disk GiB
 * @param vcpus count
 * @param isPublic {@code os-flavor-access:is_public}, true when absent
 * @param extraSpecs {@code extra_specs} (embedded from microversion 2.61), empty when not sent
 * @param json the API object as received
 */
public record Flavor(
    String id,
    String name,
    int ram,
    int disk,
    int vcpus,
    boolean isPublic,
    Map<String, String> extraSpecs,
    JsonNode json) {

  /** Checks for nulls and copies the map. */
  public Flavor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    extraSpecs = Map.copyOf(Objects.requireNonNull(extraSpecs, "extraSpecs"));
    Objects.requireNonNull(json, "json");
  }

  /** Reads a flavor object (the value inside {@code {"flavor": …}}). */
  public static Flavor of(JsonNode f) {
    Objects.requireNonNull(f, "f");
    JsonNode pub = f.get("os-flavor-access:is_public");
    return new Flavor(
        Fields.textOr(f, "id", ""),
        Fields.textOr(f, "name", ""),
        Fields.integer(f, "ram").orElse(0),
        Fields.integer(f, "disk").orElse(0),
        Fields.integer(f, "vcpus").orElse(0),
        pub == null || pub.isNull() || pub.asBoolean(),
        Fields.stringMap(f.get("extra_specs")),
        f);
  }

  /** This flavor with {@code specs} as its extra specs (and in its JSON). */
  public Flavor withExtraSpecs(Map<String, String> specs) {
    Objects.requireNonNull(specs, "specs");
    ObjectNode copy = json.isObject() ? ((ObjectNode) json).deepCopy() : json.deepCopy();
    ObjectNode es = copy.putObject("extra_specs");
    specs.forEach(es::put);
    return of(copy);
  }
}
