package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hides secrets in dictionaries the API shows ({@code driver_info}, {@code instance_info}) the way
 * Ironic does: any key that looks like a password, token, key or config drive shows {@code
 * "******"}, recursively.
 */
final class Masking {
  static final String MASK = "******";
  private static final List<String> SENSITIVE =
      List.of(
          "password",
          "adminpass",
          "admin_pass",
          "new_pass",
          "secret",
          "token",
          "configdrive",
          "private_key",
          "encrypted_key",
          "sslkey",
          "fernetkey",
          "cephxkey",
          "passphrase",
          "sys_pswd");

  private Masking() {}

  static boolean sensitive(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    for (String s : SENSITIVE) {
      if (k.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** Returns a masked copy of a JSON value (objects are copied, other values returned as is). */
  static JsonNode mask(JsonNode value) {
    if (value == null || !value.isObject()) {
      return value;
    }
    ObjectNode copy = Json.object();
    for (Map.Entry<String, JsonNode> e : value.properties()) {
      if (sensitive(e.getKey()) && !e.getValue().isNull()) {
        copy.put(e.getKey(), MASK);
      } else {
        copy.set(e.getKey(), mask(e.getValue()));
      }
    }
    return copy;
  }
}
