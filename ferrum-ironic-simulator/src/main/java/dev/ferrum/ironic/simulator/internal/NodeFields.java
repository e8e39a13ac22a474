package dev.ferrum.ironic.simulator.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The node fields of the API and the microversion that introduced each one. */
final class NodeFields {
  /** Field name to the minor version from which it is shown. Iteration order is output order. */
  static final Map<String, Integer> MIN_VERSION = build();

  /** Fields Ironic refuses in {@code fields=} although it shows them. */
  static final Set<String> NOT_SELECTABLE = Set.of("created_at", "updated_at");

  /** Fields a PATCH may not touch (Ironic's internal attributes). */
  static final Set<String> INTERNAL =
      Set.of(
          "uuid",
          "id",
          "created_at",
          "updated_at",
          "links",
          "console_enabled",
          "conductor",
          "driver_internal_info",
          "inspection_finished_at",
          "inspection_started_at",
          "last_error",
          "power_state",
          "provision_state",
          "reservation",
          "target_power_state",
          "target_provision_state",
          "provision_updated_at",
          "allocation_uuid",
          "clean_step",
          "deploy_step",
          "raid_config",
          "target_raid_config",
          "fault",
          "ports",
          "portgroups",
          "states",
          "volume");

  /** The interface fields; changing them (or the driver) is refused in some states. */
  static final Set<String> INTERFACES =
      Set.of(
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

  private NodeFields() {}

  private static Map<String, Integer> build() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("allocation_uuid", 52);
    m.put("automated_clean", 47);
    m.put("bios_interface", 40);
    m.put("boot_interface", 31);
    m.put("boot_mode", 75);
    m.put("chassis_uuid", 1);
    m.put("clean_step", 7);
    m.put("conductor", 49);
    m.put("conductor_group", 46);
    m.put("console_enabled", 1);
    m.put("console_interface", 31);
    m.put("created_at", 1);
    m.put("deploy_interface", 31);
    m.put("deploy_step", 44);
    m.put("description", 51);
    m.put("driver", 1);
    m.put("driver_info", 1);
    m.put("driver_internal_info", 3);
    m.put("extra", 1);
    m.put("fault", 42);
    m.put("inspect_interface", 31);
    m.put("inspection_finished_at", 6);
    m.put("inspection_started_at", 6);
    m.put("instance_info", 1);
    m.put("instance_uuid", 1);
    m.put("last_error", 1);
    m.put("lessee", 65);
    m.put("maintenance", 1);
    m.put("maintenance_reason", 1);
    m.put("management_interface", 31);
    m.put("name", 5);
    m.put("network_data", 66);
    m.put("network_interface", 20);
    m.put("owner", 50);
    m.put("power_interface", 31);
    m.put("power_state", 1);
    m.put("properties", 1);
    m.put("protected", 48);
    m.put("protected_reason", 48);
    m.put("provision_state", 1);
    m.put("provision_updated_at", 1);
    m.put("raid_config", 12);
    m.put("raid_interface", 31);
    m.put("rescue_interface", 38);
    m.put("reservation", 1);
    m.put("resource_class", 21);
    m.put("retired", 61);
    m.put("retired_reason", 61);
    m.put("secure_boot", 75);
    m.put("shard", 82);
    m.put("storage_interface", 33);
    m.put("target_power_state", 1);
    m.put("target_provision_state", 1);
    m.put("target_raid_config", 12);
    m.put("traits", 37);
    m.put("updated_at", 1);
    m.put("uuid", 1);
    m.put("vendor_interface", 31);
    return java.util.Collections.unmodifiableMap(m);
  }

  static boolean visible(String field, int version) {
    Integer min = MIN_VERSION.get(field);
    return min != null && version >= min;
  }
}
