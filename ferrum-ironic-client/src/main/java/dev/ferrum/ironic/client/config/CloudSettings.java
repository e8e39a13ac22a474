package dev.ferrum.ironic.client.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One cloud's settings after merging, with lookups that know where each key lives ({@code auth.*}
 * or top level) and which {@code OS_*} variable sets it.
 */
final class CloudSettings {

  /** Keys that live under {@code auth:}. */
  static final Set<String> AUTH_KEYS =
      Set.of(
          "auth_url",
          "username",
          "user_id",
          "password",
          "project_name",
          "project_id",
          "user_domain_name",
          "user_domain_id",
          "project_domain_name",
          "project_domain_id",
          "domain_name",
          "domain_id",
          "default_domain_name",
          "default_domain_id",
          "application_credential_id",
          "application_credential_name",
          "application_credential_secret",
          "endpoint");

  /** {@code OS_*} variable to the {@code clouds.yaml} key it sets. */
  static final Map<String, String> ENVIRONMENT = environmentKeys();

  private final ObjectNode node;
  private final String source;

  private CloudSettings(ObjectNode node, String source) {
    this.node = node;
    this.source = source;
  }

  /**
   * Settings from a cloud entry, overridden by the {@code OS_*} variables that are set.
   *
   * @param source how to name this configuration in errors
   */
  static CloudSettings of(ObjectNode cloud, Map<String, String> env, String source) {
    ObjectNode merged = cloud.deepCopy();
    CloudFiles.merge(merged, fromEnvironment(env));
    return new CloudSettings(merged, source);
  }

  /** Whether any variable that configures a cloud on its own is set. */
  static boolean environmentConfigures(Map<String, String> env) {
    return ENVIRONMENT.keySet().stream().anyMatch(k -> isSet(env.get(k)));
  }

  String source() {
    return source;
  }

  /** A key from {@code auth:}, or from the top level where older files put it. */
  Optional<String> auth(String key) {
    return text(node.path("auth").get(key)).or(() -> top(key));
  }

  /** A top-level key. */
  Optional<String> top(String key) {
    return text(node.get(key));
  }

  /** The first of several keys (auth first, then top level) that is set. */
  Optional<String> firstAuth(String... keys) {
    for (String key : keys) {
      Optional<String> v = auth(key);
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  /** An auth key that must be present. */
  String requireAuth(String authType, String key) {
    return auth(key).orElseThrow(() -> missing(authType, "auth." + key));
  }

  /** A boolean as YAML or a variable spells it: true/false, yes/no, on/off, 1/0. */
  Optional<Boolean> bool(String key) {
    return top(key)
        .map(v ->
            switch (v.trim().toLowerCase(Locale.ROOT)) {
              case "true", "yes", "on", "1" -> true;
              case "false", "no", "off", "0" -> false;
              default ->
                  throw new CloudConfigException(
                      source + ": '" + key + "' must be true or false, not '" + v + "'");
            });
  }

  /** The error for a missing key, naming its variable. */
  MissingConfigKeyException missing(String authType, String... keys) {
    StringBuilder names = new StringBuilder();
    for (String key : keys) {
      if (!names.isEmpty()) {
        names.append(" or ");
      }
      names.append(key);
      String bare = key.startsWith("auth.") ? key.substring(5) : key;
      ENVIRONMENT.forEach((variable, k) -> {
        if (k.equals(bare)) {
          names.append(" (").append(variable).append(')');
        }
      });
    }
    return new MissingConfigKeyException(
        keys[0], source + ": auth_type " + authType + " needs " + names);
  }

  private static Optional<String> text(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode() || v.isContainerNode()) {
      return Optional.empty();
    }
    String s = v.asText();
    return s.isBlank() ? Optional.empty() : Optional.of(s.trim());
  }

  private static boolean isSet(String v) {
    return v != null && !v.isBlank();
  }

  private static ObjectNode fromEnvironment(Map<String, String> env) {
    ObjectNode overlay = JsonNodeFactory.instance.objectNode();
    ENVIRONMENT.forEach((variable, key) -> {
      String value = env.get(variable);
      if (isSet(value)) {
        if (AUTH_KEYS.contains(key)) {
          overlay.withObjectProperty("auth").put(key, value);
        } else {
          overlay.put(key, value);
        }
      }
    });
    return overlay;
  }

  private static Map<String, String> environmentKeys() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String key : AUTH_KEYS) {
      m.put("OS_" + key.toUpperCase(Locale.ROOT), key);
    }
    m.put("OS_AUTH_TYPE", "auth_type");
    m.put("OS_REGION_NAME", "region_name");
    m.put("OS_INTERFACE", "interface");
    m.put("OS_CACERT", "cacert");
    m.put("OS_CERT", "cert");
    m.put("OS_KEY", "key");
    m.put("OS_INSECURE", "insecure");
    m.put("OS_BAREMETAL_ENDPOINT_OVERRIDE", "baremetal_endpoint_override");
    return Map.copyOf(m);
  }
}
