package dev.ferrum.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A server as the commands need it: the fields shown in tables and polled by {@code --wait}, typed,
 * plus the API object itself so {@code --json} and {@code server show} print everything the service
 * sent.
 *
 * @param id the server's uuid
 * @param name its name
 * @param status Nova's API status (BUILD, ACTIVE, ERROR, SHUTOFF, RESCUE, REBOOT, …)
 * @param taskState {@code OS-EXT-STS:task_state}, empty when no task runs
 * @param powerState {@code OS-EXT-STS:power_state} (0 NOSTATE, 1 running, 4 shutdown, …)
 * @param progress {@code progress} in percent, when the service reports it
 * @param faultMessage {@code fault.message}, present on ERROR
 * @param imageId the image's id; empty when booted from volume
 * @param flavorId the flavor's id ({@code flavor.original_name} from microversion 2.47)
 * @param host {@code OS-EXT-SRV-ATTR:host}
 * @param node {@code OS-EXT-SRV-ATTR:hypervisor_hostname}, the Ironic node uuid
 * @param addresses network name to addresses
 * @param metadata the server's properties
 * @param json the API object as received
 */
public record Server(
    String id,
    String name,
    String status,
    Optional<String> taskState,
    Optional<Integer> powerState,
    Optional<Integer> progress,
    Optional<String> faultMessage,
    Optional<String> imageId,
    Optional<String> flavorId,
    Optional<String> host,
    Optional<String> node,
    Map<String, List<String>> addresses,
    Map<String, String> metadata,
    JsonNode json) {

  /** Checks for nulls and copies the collections. */
  public Server {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(taskState, "taskState");
    Objects.requireNonNull(powerState, "powerState");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(faultMessage, "faultMessage");
    Objects.requireNonNull(imageId, "imageId");
    Objects.requireNonNull(flavorId, "flavorId");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(node, "node");
    addresses = Map.copyOf(Objects.requireNonNull(addresses, "addresses"));
    metadata = Map.copyOf(Objects.requireNonNull(metadata, "metadata"));
    Objects.requireNonNull(json, "json");
  }

  /** Reads a server object (the value inside {@code {"server": …}}). */
  public static Server of(JsonNode s) {
    Objects.requireNonNull(s, "s");
    JsonNode image = s.path("image");
    JsonNode flavor = s.path("flavor");
    Map<String, List<String>> addresses = new LinkedHashMap<>();
    s.path("addresses")
        .properties()
        .forEach(e -> {
          List<String> addrs = new ArrayList<>();
          e.getValue().forEach(a -> Fields.text(a, "addr").ifPresent(addrs::add));
          addresses.put(e.getKey(), List.copyOf(addrs));
        });
    return new Server(
        Fields.textOr(s, "id", ""),
        Fields.textOr(s, "name", ""),
        Fields.textOr(s, "status", "UNKNOWN"),
        Fields.text(s, "OS-EXT-STS:task_state"),
        Fields.integer(s, "OS-EXT-STS:power_state"),
        Fields.integer(s, "progress"),
        Fields.text(s.path("fault"), "message"),
        image.isObject() ? Fields.text(image, "id") : Optional.empty(),
        Fields.text(flavor, "id").or(() -> Fields.text(flavor, "original_name")),
        Fields.text(s, "OS-EXT-SRV-ATTR:host"),
        Fields.text(s, "OS-EXT-SRV-ATTR:hypervisor_hostname"),
        addresses,
        Fields.stringMap(s.get("metadata")),
        s);
  }
}
