package dev.ferrum.ironic.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Masks secrets in JSON and maps before they reach a log line or a message.
 *
 * <p>Exists because Ironic payloads mix secrets into ordinary data: BMC credentials in {@code
 * driver_info} ({@code ipmi_password}, {@code redfish_password}, SNMP keys), {@code
 * rescue_password}, config drives (which carry user data and admin passwords), tokens. One utility
 * applies one rule everywhere. A key is secret when, lower-cased with {@code -} read as {@code _},
 * it contains {@code password}, {@code passwd}, {@code passphrase}, {@code token}, {@code secret},
 * {@code credential}, {@code private_key}, {@code priv_key}, {@code auth_key}, {@code configdrive}
 * or {@code config_drive}, or is {@code pass}/{@code admin_pass}/ends with {@code _pass}. Its
 * value, whatever its type, becomes {@value #MASK}. In a JSON patch operation whose {@code path}
 * names a secret (e.g. {@code /driver_info/ipmi_password}) the {@code value} is masked too.
 */
public final class Secrets {

  /** What a secret value is replaced with. */
  public static final String MASK = "***";

  private static final Pattern SECRET_KEY =
      Pattern.compile(
          "(?:.*(?:password|passwd|passphrase|token|secret|credential|private_key|priv_key"
              + "|auth_key|configdrive|config_drive).*)|(?:(?:.*_)?pass)|adminpass");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Secrets() {}

  /** {@code true} if values under this key must never be shown. */
  public static boolean isSecretKey(String key) {
    if (key == null) {
      return false;
    }
    return SECRET_KEY.matcher(key.toLowerCase(Locale.ROOT).replace('-', '_')).matches();
  }

  /**
   * {@code true} if a JSON pointer (the {@code path} of a JSON patch operation) names a secret in
   * any segment, e.g. {@code /driver_info/ipmi_password}: the operation's value is masked.
   */
  public static boolean isSecretPath(String pointer) {
    if (pointer == null) {
      return false;
    }
    for (String segment : pointer.split("/")) {
      if (isSecretKey(segment.replace("~1", "/").replace("~0", "~"))) {
        return true;
      }
    }
    return false;
  }

  /** A deep copy of {@code node} with every secret value masked; {@code null} stays null. */
  public static JsonNode mask(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isObject()) {
      boolean secretPatch =
          node.path("path").isTextual() && isSecretPath(node.path("path").asText());
      ObjectNode out = MAPPER.createObjectNode();
      node.properties()
          .forEach(e -> {
            boolean secret = isSecretKey(e.getKey()) || (secretPatch && e.getKey().equals("value"));
            out.set(e.getKey(), secret ? TextNode.valueOf(MASK) : mask(e.getValue()));
          });
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = MAPPER.createArrayNode();
      node.forEach(n -> out.add(mask(n)));
      return out;
    }
    return node;
  }

  /**
   * A deep copy of a map/list/scalar structure (as Jackson reads JSON into Java) with every secret
   * value masked.
   */
  public static Object mask(Object value) {
    if (value instanceof Map<?, ?> map) {
      boolean secretPatch = map.get("path") instanceof String p && isSecretPath(p);
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> {
        String key = String.valueOf(k);
        boolean secret = isSecretKey(key) || (secretPatch && key.equals("value"));
        out.put(key, secret ? MASK : mask(v));
      });
      return out;
    }
    if (value instanceof Collection<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(v -> out.add(mask(v)));
      return out;
    }
    if (value instanceof JsonNode node) {
      return mask(node);
    }
    return value;
  }

  /**
   * A masked rendering of a JSON text. Text that is not JSON cannot be masked reliably, so only its
   * length is shown.
   */
  public static String maskJson(String json) {
    if (json == null || json.isEmpty()) {
      return "";
    }
    try {
      return MAPPER.writeValueAsString(mask(MAPPER.readTree(json)));
    } catch (JsonProcessingException e) {
      return "<" + json.length() + " chars, not JSON, not shown>";
    }
  }
}
