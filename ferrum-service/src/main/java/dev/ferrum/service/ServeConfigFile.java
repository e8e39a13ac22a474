package dev.ferrum.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ferrum.driver.IronicDriverConfig;
import dev.ferrum.ironic.client.auth.IronicAuth;
import dev.ferrum.ironic.client.config.CloudConfig;
import dev.ferrum.service.compute.ComputeSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code ferrum serve --config FILE}: one YAML file with the database, the Ironic connection
 * and its {@code [ironic]} options (nova.conf names), bind address and port, credentials and the
 * periodic intervals. Unknown keys are refused so that a typo does not silently fall back to a
 * default.
 *
 * <pre>{@code
 * bind: 0.0.0.0
 * port: 8774
 * service_host: compute-1
 * database: {url: jdbc:postgresql://db/ferrum, user: ferrum, password: secret}
 * ironic: {cloud: baremetal}            # or {endpoint: http://ironic:6385, auth_type: none|http_basic, username, password}
 * ironic_options: {api_retry_interval: 2, api_max_retries: 60, conductor_group: rack1, shard: s1, peer_list: [a, b], serial_console_state_timeout: 10, deploy_timeout: 0}
 * tokens: [{token: s3cret, user: admin, project: admin, role: admin}]
 * users: [{username: alice, password: pw, project: p1, role: member}]
 * auth_none: false
 * compute: {max_build_attempts: 3, node_refresh_interval: 60, power_sync_interval: 600, vanished_node_interval: 60, heartbeat_interval: 10, default_network: provisioning}
 * }</pre>
 */
final class ServeConfigFile {
  private static final Set<String> TOP =
      Set.of(
          "bind",
          "port",
          "service_host",
          "database",
          "ironic",
          "ironic_options",
          "tokens",
          "users",
          "auth_none",
          "compute",
          "data_dir");

  private final JsonNode root;

  private ServeConfigFile(JsonNode root) {
    this.root = root;
  }

  static ServeConfigFile read(Path file) {
    try {
      JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
      if (node == null || node.isMissingNode() || node.isNull()) {
        return new ServeConfigFile(new ObjectMapper().createObjectNode());
      }
      if (!node.isObject()) {
        throw new ConfigurationException(file + ": the configuration must be a YAML mapping");
      }
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!TOP.contains(k)) {
          throw new ConfigurationException(file + ": unknown key '" + k + "'");
        }
      }
      return new ServeConfigFile(node);
    } catch (IOException e) {
      throw new ConfigurationException("cannot read " + file + ": " + e.getMessage());
    }
  }

  String text(String key) {
    JsonNode v = root.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  Integer integer(String key) {
    JsonNode v = root.get(key);
    return v == null || v.isNull() ? null : v.asInt();
  }

  boolean hasIronic() {
    return root.hasNonNull("ironic");
  }

  /** The PostgreSQL database the file names, if it names one. */
  Optional<DatabaseSettings.Postgres> postgres() {
    JsonNode db = root.get("database");
    if (db == null || !db.hasNonNull("url")) {
      return Optional.empty();
    }
    return Optional.of(
        new DatabaseSettings.Postgres(
            db.get("url").asText(), optional(db, "user"), optional(db, "password")));
  }

  /** Applies everything but bind, port and data dir (the caller resolves those with the CLI). */
  void applyTo(ServiceConfig.Builder b, Path dataDir) {
    if (text("service_host") != null) {
      b.serviceHost(text("service_host"));
    }
    b.database(
        postgres().<DatabaseSettings>map(pg -> pg).orElse(new DatabaseSettings.H2File(dataDir)));
    if (root.path("auth_none").asBoolean(false)) {
      b.authNone(true);
    }
    for (JsonNode t : root.path("tokens")) {
      b.token(
          new TokenCredential(
              required(t, "token"), required(t, "user"), required(t, "project"), role(t)));
    }
    for (JsonNode u : root.path("users")) {
      b.user(
          new UserCredential(
              required(u, "username"), required(u, "password"), required(u, "project"), role(u)));
    }
    if (root.has("compute")) {
      b.compute(computeSettings(root.get("compute")));
    }
  }

  IronicConnection ironic() {
    JsonNode i = root.get("ironic");
    if (i.hasNonNull("cloud")) {
      return IronicConnection.cloud(CloudConfig.fromEnvironment(i.get("cloud").asText()));
    }
    if (!i.hasNonNull("endpoint")) {
      return IronicConnection.cloud(CloudConfig.fromEnvironment());
    }
    String type = optional(i, "auth_type");
    IronicAuth auth =
        type == null || type.equals("none")
            ? IronicAuth.none()
            : switch (type) {
              case "http_basic" ->
                  IronicAuth.httpBasic(required(i, "username"), required(i, "password"));
              default ->
                  throw new ConfigurationException(
                      "ironic.auth_type must be none or http_basic (use a cloud for Keystone)");
            };
    return IronicConnection.endpoint(URI.create(i.get("endpoint").asText()), auth);
  }

  IronicDriverConfig driverConfig(String host) {
    IronicDriverConfig.Builder d = IronicDriverConfig.builder(host);
    JsonNode o = root.path("ironic_options");
    try {
      if (o.has("api_retry_interval")) {
        d.apiRetryInterval(seconds(o.get("api_retry_interval")));
      }
      if (o.has("api_max_retries")) {
        d.apiMaxRetries(o.get("api_max_retries").asInt());
      }
      if (o.has("serial_console_state_timeout")) {
        d.serialConsoleStateTimeout(seconds(o.get("serial_console_state_timeout")));
      }
      if (o.has("conductor_group")) {
        d.conductorGroup(o.get("conductor_group").asText());
      }
      if (o.has("shard")) {
        d.shard(o.get("shard").asText());
      }
      if (o.has("peer_list")) {
        List<String> peers = new ArrayList<>();
        o.get("peer_list").forEach(p -> peers.add(p.asText()));
        d.peerList(peers);
      }
      if (o.has("deploy_timeout")) {
        d.deployTimeout(seconds(o.get("deploy_timeout")));
      }
      if (o.has("power_timeout")) {
        d.powerTimeout(seconds(o.get("power_timeout")));
      }
      if (o.has("rescue_timeout")) {
        d.rescueTimeout(seconds(o.get("rescue_timeout")));
      }
      if (o.has("config_drive_json")) {
        d.configDriveJson(o.get("config_drive_json").asBoolean());
      }
      return d.build();
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("ironic_options: " + e.getMessage());
    }
  }

  private static ComputeSettings computeSettings(JsonNode c) {
    ComputeSettings.Builder s = ComputeSettings.builder();
    try {
      if (c.has("max_build_attempts")) {
        s.maxBuildAttempts(c.get("max_build_attempts").asInt());
      }
      if (c.has("node_refresh_interval")) {
        s.nodeRefreshInterval(seconds(c.get("node_refresh_interval")));
      }
      if (c.has("power_sync_interval")) {
        s.powerSyncInterval(seconds(c.get("power_sync_interval")));
      }
      if (c.has("vanished_node_interval")) {
        s.vanishedNodeInterval(seconds(c.get("vanished_node_interval")));
      }
      if (c.has("heartbeat_interval")) {
        s.heartbeatInterval(seconds(c.get("heartbeat_interval")));
      }
      if (c.has("soft_power_off_timeout")) {
        s.softPowerOffTimeout(seconds(c.get("soft_power_off_timeout")));
      }
      if (c.has("default_network")) {
        s.defaultNetwork(c.get("default_network").asText());
      }
      return s.build();
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("compute: " + e.getMessage());
    }
  }

  private static Duration seconds(JsonNode v) {
    return Duration.ofMillis(Math.round(v.asDouble() * 1000));
  }

  private static String optional(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String required(JsonNode n, String key) {
    String v = optional(n, key);
    if (v == null || v.isEmpty()) {
      throw new ConfigurationException("missing '" + key + "'");
    }
    return v;
  }

  private static Role role(JsonNode n) {
    String r = optional(n, "role");
    try {
      return r == null ? Role.MEMBER : Role.valueOf(r.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("role must be admin or member, not " + r);
    }
  }
}
