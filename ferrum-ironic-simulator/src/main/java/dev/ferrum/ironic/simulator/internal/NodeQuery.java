package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A parsed node list request: filters, sort, page and projection, validated with Ironic's rules and
 * microversion gates.
 *
 * @param filters filter name to value, as given
 * @param sortKey the sort key ({@code id} by default)
 * @param descending whether the order is descending
 * @param limit the page size (already capped)
 * @param marker the UUID after which the page starts, or null
 * @param fields the projected fields, or null
 * @param detail whether every field is shown
 * @param kept the parameters a {@code next} link keeps, in order, without limit and marker
 */
record NodeQuery(
    Map<String, String> filters,
    String sortKey,
    boolean descending,
    int limit,
    String marker,
    Set<String> fields,
    boolean detail,
    Map<String, String> kept) {

  /** Filter name to the minor version introducing it. */
  private static final Map<String, Integer> FILTERS =
      Map.ofEntries(
          Map.entry("instance_uuid", 1),
          Map.entry("associated", 1),
          Map.entry("maintenance", 1),
          Map.entry("chassis_uuid", 1),
          Map.entry("provision_state", 9),
          Map.entry("driver", 16),
          Map.entry("resource_class", 21),
          Map.entry("fault", 42),
          Map.entry("conductor_group", 46),
          Map.entry("conductor", 49),
          Map.entry("owner", 50),
          Map.entry("description_contains", 51),
          Map.entry("retired", 61),
          Map.entry("lessee", 65),
          Map.entry("shard", 82),
          Map.entry("sharded", 82));

  private static final Set<String> UNSORTABLE =
      Set.of(
          "driver_info",
          "driver_internal_info",
          "extra",
          "instance_info",
          "properties",
          "traits",
          "clean_step",
          "deploy_step",
          "raid_config",
          "target_raid_config",
          "network_data",
          "links",
          "ports",
          "portgroups",
          "states",
          "volume");

  /** Parses and validates; {@code detailEndpoint} is true for {@code /v1/nodes/detail}. */
  static NodeQuery parse(
      Map<String, String> params, int version, boolean detailEndpoint, int maxLimit) {
    Map<String, String> filters = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : params.entrySet()) {
      String name = e.getKey();
      switch (name) {
        case "limit", "marker", "sort_key", "sort_dir", "fields", "detail" -> {}
        default -> {
          Integer min = FILTERS.get(name);
          if (min == null) {
            throw ApiException.badRequest("Unknown argument: \"" + name + "\"");
          }
          QueryParams.requireVersion(version, min);
          filters.put(name, e.getValue());
        }
      }
    }
    validateFilters(filters);
    String sortKey = params.getOrDefault("sort_key", "id");
    if (UNSORTABLE.contains(sortKey)
        || (!sortKey.equals("id") && !NodeFields.MIN_VERSION.containsKey(sortKey))) {
      throw ApiException.badRequest(
          "The sort_key value " + sortKey + " is an invalid field for sorting");
    }
    boolean descending = QueryParams.descending(params.get("sort_dir"));
    int limit = QueryParams.limit(params.get("limit"), maxLimit);
    String marker = params.get("marker");
    boolean detail = detailEndpoint;
    if (params.containsKey("detail")) {
      if (detailEndpoint) {
        throw ApiException.badRequest("Unexpected arguments: detail");
      }
      QueryParams.requireVersion(version, 43);
      detail = Boolean.TRUE.equals(QueryParams.bool("detail", params.get("detail")));
    }
    Set<String> fields = null;
    if (params.containsKey("fields")) {
      if (detailEndpoint) {
        throw ApiException.badRequest("Unexpected arguments: fields");
      }
      if (detail) {
        throw ApiException.badRequest(
            "Can not specify ?detail=True and fields in the same request.");
      }
      fields = parseFields(params.get("fields"), version);
    }
    Map<String, String> kept = new LinkedHashMap<>();
    kept.put("sort_key", sortKey);
    kept.put("sort_dir", descending ? "desc" : "asc");
    for (String k : List.of("associated", "maintenance", "retired")) {
      if (filters.containsKey(k)) {
        kept.put(k, QueryParams.python(QueryParams.bool(k, filters.get(k))));
      }
    }
    if (detail && !detailEndpoint) {
      kept.put("detail", "True");
    }
    if (fields != null) {
      kept.put("fields", String.join(",", fields));
    }
    return new NodeQuery(filters, sortKey, descending, limit, marker, fields, detail, kept);
  }

  /** Validates a {@code fields} list: Ironic's 400, 406 and (for unknown names) 500 answers. */
  static Set<String> parseFields(String value, int version) {
    QueryParams.requireVersion(version, 8);
    Set<String> fields = new LinkedHashSet<>();
    for (String f : Arrays.asList(value.split(","))) {
      String name = f.trim();
      if (name.isEmpty()) {
        continue;
      }
      if (NodeFields.NOT_SELECTABLE.contains(name)) {
        throw ApiException.badRequest("Field " + name + " is not a valid field.");
      }
      if (!NodeFields.MIN_VERSION.containsKey(name)) {
        throw new ApiException.Other(500, "type object 'Node' has no attribute '" + name + "'");
      }
      if (!NodeFields.visible(name, version)) {
        throw ApiException.notAcceptable("Request not acceptable.");
      }
      fields.add(name);
    }
    return fields;
  }

  private static void validateFilters(Map<String, String> filters) {
    String instance = filters.get("instance_uuid");
    if (instance != null) {
      QueryParams.requireUuid("instance_uuid", instance);
    }
    String state = filters.get("provision_state");
    if (state != null && !ProvisionStates.ALL.contains(state)) {
      throw ApiException.badRequest("Provision state \"" + state + "\" is not valid");
    }
    for (String b : List.of("associated", "maintenance", "retired", "sharded")) {
      QueryParams.bool(b, filters.get(b));
    }
  }

  /** The filter as a predicate over node snapshots. */
  Predicate<ObjectNode> predicate() {
    List<Predicate<ObjectNode>> parts = new ArrayList<>();
    filters.forEach((name, value) -> {
      switch (name) {
        case "associated" -> {
          boolean want = QueryParams.bool(name, value);
          parts.add(n -> (Json.text(n, "instance_uuid") != null) == want);
        }
        case "maintenance", "retired" -> {
          boolean want = QueryParams.bool(name, value);
          parts.add(n -> n.path(name).asBoolean(false) == want);
        }
        case "sharded" -> {
          boolean want = QueryParams.bool(name, value);
          parts.add(n -> (Json.text(n, "shard") != null) == want);
        }
        case "conductor_group" -> {
          String group = value.toLowerCase(Locale.ROOT);
          if (!group.isEmpty()) {
            parts.add(n -> group.equals(n.path("conductor_group").asText("")));
          }
        }
        case "shard" -> {
          Set<String> shards = new java.util.HashSet<>(Arrays.asList(value.split(",")));
          parts.add(n -> {
            String shard = Json.text(n, "shard");
            return shard != null && shards.contains(shard);
          });
        }
        case "description_contains" ->
            parts.add(n -> {
              String d = Json.text(n, "description");
              return d != null && d.contains(value);
            });
        default -> parts.add(n -> Objects.equals(Json.text(n, name), value));
      }
    });
    return n -> {
      for (Predicate<ObjectNode> p : parts) {
        if (!p.test(n)) {
          return false;
        }
      }
      return true;
    };
  }

  /** The parameters of the {@code next} link for a page ending at {@code lastUuid}. */
  String nextQuery(String lastUuid) {
    StringBuilder sb = new StringBuilder();
    kept.forEach((k, v) -> sb.append(k).append('=').append(v).append('&'));
    sb.append("limit=").append(limit).append("&marker=").append(lastUuid);
    return sb.toString();
  }
}
