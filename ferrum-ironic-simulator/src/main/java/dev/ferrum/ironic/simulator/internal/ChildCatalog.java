package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The four node sub-resources with their fields and validation rules. */
final class ChildCatalog {
  private static final Pattern MAC = Pattern.compile("^([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}$");
  private static final Set<String> CONNECTOR_TYPES =
      Set.of("iqn", "ip", "mac", "wwnn", "wwpn", "port", "portgroup");

  private ChildCatalog() {}

  static List<ChildResource> all(Inventory inv) {
    return List.of(ports(inv), portgroups(inv), connectors(inv), targets(inv));
  }

  private static ObjectNode base() {
    ObjectNode d = Json.object();
    d.putNull("uuid");
    d.putNull("node_uuid");
    d.putObject("extra");
    d.putNull("created_at");
    d.putNull("updated_at");
    return d;
  }

  static ChildResource ports(Inventory inv) {
    ObjectNode d = base();
    d.putNull("address");
    d.putNull("portgroup_uuid");
    d.putObject("local_link_connection");
    d.put("pxe_enabled", true);
    d.putNull("physical_network");
    d.putObject("internal_info");
    d.put("is_smartnic", false);
    return new ChildResource(
        "ports",
        "/v1/ports",
        "ports",
        1,
        inv.ports,
        d,
        List.of("uuid", "address"),
        Set.of("node_uuid", "address"),
        Set.of("node_uuid", "address", "portgroup"),
        p -> mac(p, true),
        null);
  }

  static ChildResource portgroups(Inventory inv) {
    ObjectNode d = base();
    d.putNull("address");
    d.putNull("name");
    d.putNull("mode");
    d.putObject("properties");
    d.put("standalone_ports_supported", true);
    d.putObject("internal_info");
    return new ChildResource(
        "portgroups",
        "/v1/portgroups",
        "portgroups",
        23,
        inv.portgroups,
        d,
        List.of("uuid", "address", "name"),
        Set.of("node_uuid"),
        Set.of("address"),
        p -> mac(p, false),
        null);
  }

  static ChildResource connectors(Inventory inv) {
    ObjectNode d = base();
    d.putNull("type");
    d.putNull("connector_id");
    return new ChildResource(
        "connectors",
        "/v1/volume/connectors",
        "volume/connectors",
        32,
        inv.connectors,
        d,
        List.of("uuid", "type", "connector_id", "node_uuid"),
        Set.of("node_uuid", "type", "connector_id"),
        Set.of(),
        c -> {
          if (!CONNECTOR_TYPES.contains(Json.text(c, "type"))) {
            throw ApiException.badRequest(
                "Invalid input for field/attribute type. Value: '" + Json.text(c, "type") + "'.");
          }
        },
        "volume connector");
  }

  static ChildResource targets(Inventory inv) {
    ObjectNode d = base();
    d.putNull("volume_type");
    d.putObject("properties");
    d.putNull("boot_index");
    d.putNull("volume_id");
    return new ChildResource(
        "targets",
        "/v1/volume/targets",
        "volume/targets",
        32,
        inv.targets,
        d,
        List.of("uuid", "volume_type", "boot_index", "node_uuid", "volume_id"),
        Set.of("node_uuid", "volume_type", "volume_id", "boot_index"),
        Set.of(),
        t -> {
          if (!t.path("boot_index").canConvertToInt()) {
            throw ApiException.badRequest("Invalid input for field/attribute boot_index.");
          }
        },
        "volume target");
  }

  private static void mac(ObjectNode row, boolean required) {
    String address = Json.text(row, "address");
    if (address == null) {
      if (required) {
        throw ApiException.badRequest("Invalid input for field/attribute address.");
      }
      return;
    }
    if (!MAC.matcher(address).matches()) {
      throw ApiException.badRequest("Expected a MAC address but received " + address + ".");
    }
    row.put("address", address.toLowerCase(Locale.ROOT));
  }
}
