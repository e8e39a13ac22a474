package dev.ferrum.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferrum.cli.api.Server;
import dev.ferrum.cli.internal.JsonOutput;
import dev.ferrum.cli.internal.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** How servers print: the list columns of {@code openstack server list} and sorted show rows. */
final class ServerViews {

  private ServerViews() {}

  /** {@code OS-EXT-STS:power_state} as the {@code openstack} client names it. */
  static String powerState(Optional<Integer> state) {
    return state
        .map(s ->
            switch (s) {
              case 0 -> "NOSTATE";
              case 1 -> "Running";
              case 3 -> "Paused";
              case 4 -> "Shutdown";
              case 6 -> "Crashed";
              case 7 -> "Suspended";
              default -> Integer.toString(s);
            })
        .orElse("");
  }

  /** {@code net=addr, addr; net2=addr}. */
  static String networks(Map<String, List<String>> addresses) {
    List<String> parts = new ArrayList<>();
    new TreeMap<>(addresses)
        .forEach((net, addrs) -> parts.add(net + "=" + String.join(", ", addrs)));
    return String.join("; ", parts);
  }

  /** {@code k='v', k2='v2'}, sorted. */
  static String properties(Map<String, String> props) {
    List<String> parts = new ArrayList<>();
    new TreeMap<>(props).forEach((k, v) -> parts.add(k + "='" + v + "'"));
    return String.join(", ", parts);
  }

  /** Field/Value rows for every key of the server, sorted, with a few made readable. */
  static Table show(Server s) {
    Map<String, String> rows = new TreeMap<>();
    s.json()
        .properties()
        .forEach(e -> {
          String key = e.getKey();
          JsonNode v = e.getValue();
          switch (key) {
            case "addresses" -> rows.put(key, networks(s.addresses()));
            case "metadata" -> rows.put("properties", properties(s.metadata()));
            case "image" -> rows.put(key, s.imageId().orElse("N/A (booted from volume)"));
            case "flavor" -> rows.put(key, s.flavorId().orElse(text(v)));
            case "links" -> {}
            case "OS-EXT-STS:power_state" -> rows.put(key, powerState(s.powerState()));
            case "tenant_id" -> rows.put("project_id", text(v));
            default -> rows.put(key, text(v));
          }
        });
    Table t = Table.fieldValue();
    rows.forEach(t::row);
    return t;
  }

  private static String text(JsonNode v) {
    if (v == null || v.isNull()) {
      return "";
    }
    return v.isContainerNode() ? JsonOutput.compact(v) : v.asText();
  }
}
