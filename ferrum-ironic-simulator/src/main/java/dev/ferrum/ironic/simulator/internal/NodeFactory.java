package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Builds complete node records for {@code POST /v1/nodes} and for seeding. */
final class NodeFactory {
  private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9\\-._~]+$");
  private static final Map<String, String> DEFAULT_INTERFACES =
      Map.ofEntries(
          Map.entry("bios_interface", "fake"),
          Map.entry("boot_interface", "fake"),
          Map.entry("console_interface", "fake"),
          Map.entry("deploy_interface", "fake"),
          Map.entry("inspect_interface", "fake"),
          Map.entry("management_interface", "fake"),
          Map.entry("network_interface", "noop"),
          Map.entry("power_interface", "fake"),
          Map.entry("raid_interface", "fake"),
          Map.entry("rescue_interface", "fake"),
          Map.entry("storage_interface", "noop"),
          Map.entry("vendor_interface", "fake"));

  /** Fields a create request may carry. */
  private static final Set<String> CREATABLE =
      Set.of(
          "uuid",
          "name",
          "driver",
          "driver_info",
          "extra",
          "properties",
          "chassis_uuid",
          "resource_class",
          "conductor_group",
          "shard",
          "owner",
          "lessee",
          "description",
          "automated_clean",
          "protected",
          "protected_reason",
          "retired",
          "retired_reason",
          "network_data",
          "instance_info",
          "bios_interface",
          "boot_interface",
          "console_interface",
          "deploy_interface",
          "inspect_interface",
          "management_interface",
          "network_interface",
          "power_interface",
          "raid_interface",
          "rescue_interface",
          "storage_interface",
          "vendor_interface");

  private final SimConfig config;

  NodeFactory(SimConfig config) {
    this.config = config;
  }

  /** A node with every field at its default, in the given provision state. */
  ObjectNode blank(String uuid, String provisionState, String now) {
    ObjectNode d = Json.object();
    d.put("uuid", uuid);
    d.putNull("name");
    d.put("driver", "fake-hardware");
    for (String f : Set.of("driver_info", "driver_internal_info", "extra", "properties")) {
      d.putObject(f);
    }
    for (String f : Set.of("instance_info", "clean_step", "deploy_step", "raid_config")) {
      d.putObject(f);
    }
    d.putObject("target_raid_config");
    d.putObject("network_data");
    for (String f :
        Set.of(
            "instance_uuid",
            "chassis_uuid",
            "target_provision_state",
            "power_state",
            "target_power_state",
            "maintenance_reason",
            "fault",
            "last_error",
            "reservation",
            "updated_at",
            "provision_updated_at",
            "inspection_finished_at",
            "inspection_started_at",
            "owner",
            "lessee",
            "description",
            "automated_clean",
            "protected_reason",
            "retired_reason",
            "allocation_uuid",
            "boot_mode",
            "secure_boot",
            "shard")) {
      d.putNull(f);
    }
    d.put("provision_state", provisionState);
    d.put("maintenance", false);
    d.put("console_enabled", false);
    d.put("protected", false);
    d.put("retired", false);
    d.put("created_at", now);
    if (config.defaultResourceClass() == null) {
      d.putNull("resource_class");
    } else {
      d.put("resource_class", config.defaultResourceClass());
    }
    d.put("conductor_group", "");
    d.put("conductor", config.conductorHost());
    d.putArray("traits");
    DEFAULT_INTERFACES.forEach(d::put);
    return d;
  }

  /** Validates a create request and builds the node (enroll, or available below 1.11). */
  ObjectNode fromRequest(ObjectNode body, int version, String now) {
    for (Map.Entry<String, JsonNode> e : body.properties()) {
      if (!CREATABLE.contains(e.getKey())) {
        throw ApiException.badRequest(
            "Schema error for node: Additional properties are not allowed ('"
                + e.getKey()
                + "' was unexpected)");
      }
      if (!NodeFields.visible(e.getKey(), version) && !e.getKey().equals("uuid")) {
        throw ApiException.notAcceptable("Request not acceptable.");
      }
    }
    String driver = Json.text(body, "driver");
    if (driver == null) {
      throw ApiException.badRequest("Schema error for node: 'driver' is a required property");
    }
    String group = body.path("conductor_group").asText("").toLowerCase(Locale.ROOT);
    checkDriver(driver, group);
    String uuid = Json.text(body, "uuid");
    if (uuid == null) {
      uuid = UUID.randomUUID().toString();
    } else if (!NodeStore.isUuid(uuid)) {
      throw ApiException.badRequest("Expected a UUID but received " + uuid + ".");
    }
    String name = Json.text(body, "name");
    if (name != null) {
      checkName(name);
    }
    ObjectNode d =
        blank(uuid.toLowerCase(Locale.ROOT), version >= 11 ? "enroll" : "available", now);
    body.properties().forEach(e -> d.set(e.getKey(), e.getValue()));
    d.put("uuid", uuid.toLowerCase(Locale.ROOT));
    d.put("conductor_group", group);
    return d;
  }

  void checkDriver(String driver, String group) {
    if (!config.drivers().contains(driver)) {
      throw ApiException.badRequest(
          "No valid host was found. Reason: No conductor service registered which supports driver "
              + driver
              + " for conductor group \""
              + group
              + "\".");
    }
  }

  static void checkName(String name) {
    if (!NAME.matcher(name).matches() || NodeStore.isUuid(name)) {
      throw ApiException.badRequest("Expected a logical name but received " + name + ".");
    }
  }
}
