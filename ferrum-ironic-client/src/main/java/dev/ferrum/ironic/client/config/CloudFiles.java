package dev.ferrum.ironic.client.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and reads {@code clouds.yaml} and {@code secure.yaml} in openstacksdk's search order and
 * merges the secrets of the second into the first. Keys are normalised to use {@code _} where the
 * file may use {@code -}, as openstacksdk does.
 */
final class CloudFiles {

  private static final YAMLMapper YAML = new YAMLMapper();

  /**
   * What was found.
   *
   * @param cloudsFile the {@code clouds.yaml} used, if any
   * @param secureFile the {@code secure.yaml} merged in, if any
   * @param searched every path looked at, in order
   * @param clouds the merged {@code clouds} mapping, normalised
   */
  record Found(
      Optional<Path> cloudsFile,
      Optional<Path> secureFile,
      List<Path> searched,
      ObjectNode clouds) {

    String describeSources() {
      return cloudsFile.map(Path::toString).orElse("no clouds.yaml")
          + secureFile.map(s -> " (with " + s + ")").orElse("");
    }
  }

  private CloudFiles() {}

  /**
   * Searches {@code $OS_CLIENT_CONFIG_FILE}, the working directory, {@code ~/.config/openstack} and
   * the system directories, taking the first existing file; likewise {@code $OS_CLIENT_SECURE_FILE}
   * and {@code secure.yaml} in the same directories.
   */
  static Found find(Map<String, String> env, Path workingDir, Path homeDir, List<Path> systemDirs) {
    List<Path> dirs = new ArrayList<>();
    dirs.add(workingDir);
    dirs.add(homeDir.resolve(".config").resolve("openstack"));
    dirs.addAll(systemDirs);

    List<Path> searched = new ArrayList<>();
    Optional<Path> clouds =
        first(env.get("OS_CLIENT_CONFIG_FILE"), workingDir, dirs, "clouds", searched);
    Optional<Path> secure =
        first(env.get("OS_CLIENT_SECURE_FILE"), workingDir, dirs, "secure", searched);

    ObjectNode merged = JsonNodeFactory.instance.objectNode();
    clouds.ifPresent(f -> merge(merged, cloudsOf(f)));
    secure.ifPresent(f -> merge(merged, cloudsOf(f)));
    return new Found(clouds, secure, List.copyOf(searched), merged);
  }

  private static Optional<Path> first(
      String explicit, Path workingDir, List<Path> dirs, String base, List<Path> searched) {
    List<Path> candidates = new ArrayList<>();
    if (explicit != null && !explicit.isBlank()) {
      candidates.add(workingDir.resolve(explicit));
    }
    for (Path dir : dirs) {
      candidates.add(dir.resolve(base + ".yaml"));
      candidates.add(dir.resolve(base + ".yml"));
    }
    for (Path candidate : candidates) {
      searched.add(candidate);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static ObjectNode cloudsOf(Path file) {
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new CloudConfigException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    JsonNode clouds = root.get("clouds");
    if (!root.isObject() || (clouds != null && !clouds.isObject())) {
      throw new CloudConfigException(file + " must hold a mapping 'clouds: {name: {...}}'");
    }
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    if (clouds != null) {
      // cloud names stay as written; only the keys inside each cloud are normalised
      for (Map.Entry<String, JsonNode> e : clouds.properties()) {
        JsonNode value = e.getValue();
        result.set(e.getKey(), value.isObject() ? normalise((ObjectNode) value) : value);
      }
    }
    return result;
  }

  /** A copy with {@code -} in keys replaced by {@code _}, at every level. */
  static ObjectNode normalise(ObjectNode node) {
    ObjectNode copy = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      JsonNode value = e.getValue();
      copy.set(
          e.getKey().replace('-', '_'), value.isObject() ? normalise((ObjectNode) value) : value);
    }
    return copy;
  }

  /** Deep-merges {@code overlay} into {@code base}: mappings merge, anything else replaces. */
  static void merge(ObjectNode base, ObjectNode overlay) {
    for (Map.Entry<String, JsonNode> e : overlay.properties()) {
      JsonNode existing = base.get(e.getKey());
      if (existing instanceof ObjectNode target && e.getValue() instanceof ObjectNode source) {
        merge(target, source);
      } else {
        base.set(e.getKey(), e.getValue().deepCopy());
      }
    }
  }
}
