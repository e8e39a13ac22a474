package dev.ferrum.ironic.simulator.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Parsing helpers for query parameters, with Ironic's error texts. */
final class QueryParams {
  private QueryParams() {}

  /** First value of each parameter, in request order. */
  static Map<String, String> first(Map<String, List<String>> raw) {
    Map<String, String> out = new LinkedHashMap<>();
    raw.forEach((k, v) -> out.put(k, v.isEmpty() ? "" : v.get(0)));
    return out;
  }

  static Boolean bool(String name, String value) {
    if (value == null) {
      return null;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "y", "on", "t" -> true;
      case "false", "0", "no", "n", "off", "f" -> false;
      default ->
          throw ApiException.badRequest(
              "Invalid value for " + name + ": \"" + value + "\", a boolean is expected.");
    };
  }

  static String python(boolean b) {
    return b ? "True" : "False";
  }

  /** Ironic's limit rule: positive, capped at max_limit, defaulting to max_limit. */
  static int limit(String value, int maxLimit) {
    if (value == null || value.isEmpty()) {
      return maxLimit;
    }
    int limit;
    try {
      limit = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Invalid value for limit: " + value);
    }
    if (limit <= 0) {
      throw ApiException.badRequest("Limit must be positive");
    }
    return Math.min(limit, maxLimit);
  }

  static boolean descending(String value) {
    if (value == null || value.equalsIgnoreCase("asc")) {
      return false;
    }
    if (value.equalsIgnoreCase("desc")) {
      return true;
    }
    throw ApiException.badRequest(
        "Invalid sort direction: " + value + ". Acceptable values are 'asc' or 'desc'");
  }

  static void requireUuid(String name, String value) {
    if (!NodeStore.isUuid(value)) {
      throw ApiException.badRequest("Expected UUID for " + name + ": " + value);
    }
  }

  static void requireVersion(int version, int minor) {
    if (version < minor) {
      throw ApiException.minVersion(minor);
    }
  }
}
