package dev.ferrum.service.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.PersistenceException;
import dev.ferrum.service.network.Subnet;
import dev.ferrum.service.store.Flavor;
import dev.ferrum.service.store.ServerAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON text stored in columns: string maps, server addresses and flavor snapshots. */
final class StoreJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};

  /**
   * Parsed flavor snapshots by their stored text. Every server row embeds its flavor, and a list of
   * 1,000 servers holds a handful of distinct snapshots: parsing each row's copy was a third of the
   * time of {@code GET /servers/detail}. {@link Flavor} is immutable, so rows share one instance.
   * Bounded: cleared when full (distinct snapshots are flavors times their edits).
   */
  private static final Map<String, Flavor> FLAVORS = new ConcurrentHashMap<>();

  static final int FLAVOR_CACHE_SIZE = 256;

  private StoreJson() {}

  static String writeMap(Map<String, String> map) {
    return write(map);
  }

  static Map<String, String> readMap(String json) {
    if (json.equals("{}")) {
      return Map.of();
    }
    try {
      return MAPPER.readValue(json, STRING_MAP);
    } catch (JsonProcessingException e) {
      throw new PersistenceException("stored JSON map is corrupt", e);
    }
  }

  static String writeAddresses(List<ServerAddress> addresses) {
    return write(addresses);
  }

  static List<ServerAddress> readAddresses(String json) {
    if (json.equals("[]")) {
      return List.of();
    }
    JsonNode array = tree(json);
    List<ServerAddress> out = new ArrayList<>(array.size());
    for (JsonNode n : array) {
      out.add(
          new ServerAddress(
              n.path("network").asText(),
              n.path("version").asInt(),
              n.path("address").asText(),
              n.path("macAddress").isNull() ? null : n.path("macAddress").asText(null),
              n.path("type").asText()));
    }
    return out;
  }

  static String writePools(List<Subnet.AllocationPool> pools) {
    return write(pools.stream().map(p -> Map.of("start", p.start(), "end", p.end())).toList());
  }

  static List<Subnet.AllocationPool> readPools(String json) {
    List<Subnet.AllocationPool> out = new ArrayList<>();
    for (JsonNode n : tree(json)) {
      out.add(new Subnet.AllocationPool(n.path("start").asText(), n.path("end").asText()));
    }
    return out;
  }

  static String writeStrings(List<String> values) {
    return write(values);
  }

  static List<String> readStrings(String json) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : tree(json)) {
      out.add(n.asText());
    }
    return out;
  }

  static String writeRoutes(List<Subnet.HostRoute> routes) {
    return write(
        routes.stream()
            .map(r -> Map.of("destination", r.destination(), "nexthop", r.nexthop()))
            .toList());
  }

  static List<Subnet.HostRoute> readRoutes(String json) {
    List<Subnet.HostRoute> out = new ArrayList<>();
    for (JsonNode n : tree(json)) {
      out.add(new Subnet.HostRoute(n.path("destination").asText(), n.path("nexthop").asText()));
    }
    return out;
  }

  static String writeFlavor(Flavor f) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", f.id());
    n.put("name", f.name());
    n.put("vcpus", f.vcpus());
    n.put("memory_mb", f.memoryMb());
    n.put("root_gb", f.rootGb());
    n.put("ephemeral_gb", f.ephemeralGb());
    n.put("swap_mb", f.swapMb());
    n.put("rxtx_factor", f.rxtxFactor());
    n.put("is_public", f.isPublic());
    n.put("disabled", f.disabled());
    n.put("description", f.description());
    n.set("extra_specs", MAPPER.valueToTree(f.extraSpecs()));
    n.put("created_at", f.createdAt().toString());
    return write(n);
  }

  static Flavor readFlavor(String json) {
    Flavor cached = FLAVORS.get(json);
    if (cached != null) {
      return cached;
    }
    Flavor parsed = parseFlavor(json);
    if (FLAVORS.size() >= FLAVOR_CACHE_SIZE) {
      FLAVORS.clear();
    }
    FLAVORS.put(json, parsed);
    return parsed;
  }

  private static Flavor parseFlavor(String json) {
    JsonNode n = tree(json);
    return new Flavor(
        n.path("id").asText(),
        n.path("name").asText(),
        n.path("vcpus").asInt(),
        n.path("memory_mb").asInt(),
        n.path("root_gb").asInt(),
        n.path("ephemeral_gb").asInt(),
        n.path("swap_mb").asInt(),
        n.path("rxtx_factor").asDouble(1.0),
        n.path("is_public").asBoolean(true),
        n.path("disabled").asBoolean(false),
        n.path("description").isTextual() ? n.path("description").asText() : null,
        MAPPER.convertValue(n.path("extra_specs"), STRING_MAP),
        Instant.parse(n.path("created_at").asText()));
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new PersistenceException("stored JSON is corrupt", e);
    }
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new PersistenceException("value cannot be stored as JSON", e);
    }
  }
}
