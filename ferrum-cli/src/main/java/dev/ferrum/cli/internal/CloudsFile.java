package dev.ferrum.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ferrum.cli.CliEnvironment;
import dev.ferrum.cli.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds a cloud in the first {@code clouds.yaml} the OpenStack tools would read: {@code
 * $OS_CLIENT_CONFIG_FILE}, then {@code ./}, {@code ~/.config/openstack/} and the system directories
 * ({@code .yaml} or {@code .yml}).
 */
final class CloudsFile {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final CliEnvironment env;

  CloudsFile(CliEnvironment env) {
    this.env = Objects.requireNonNull(env, "env");
  }

  /** The candidate files, in search order. */
  List<Path> candidates() {
    List<Path> files = new ArrayList<>();
    String explicit = env.variable("OS_CLIENT_CONFIG_FILE");
    if (explicit != null) {
      files.add(env.workingDir().resolve(explicit));
    }
    List<Path> dirs = new ArrayList<>();
    dirs.add(env.workingDir());
    dirs.add(env.homeDir().resolve(".config").resolve("openstack"));
    dirs.addAll(env.systemConfigDirs());
    for (Path dir : dirs) {
      files.add(dir.resolve("clouds.yaml"));
      files.add(dir.resolve("clouds.yml"));
    }
    return files;
  }

  /**
   * The entry {@code clouds.<name>} of the first file found.
   *
   * @throws ConfigurationException when no file exists, it cannot be read, or lacks the cloud
   */
  JsonNode cloud(String name) {
    for (Path file : candidates()) {
      if (Files.isRegularFile(file)) {
        JsonNode root;
        try {
          root = YAML.readTree(file.toFile());
        } catch (JsonProcessingException e) {
          // The parser's message quotes the offending line, which may hold a secret.
          throw new ConfigurationException(
              file
                  + " is not valid YAML"
                  + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
          throw new ConfigurationException("cannot read " + file + ": " + e.getMessage(), e);
        }
        JsonNode cloud = root == null ? null : root.path("clouds").get(name);
        if (cloud == null || !cloud.isObject()) {
          throw new ConfigurationException("cloud '" + name + "' is not defined in " + file);
        }
        return cloud;
      }
    }
    throw new ConfigurationException(
        "cloud '" + name + "' requested but no clouds.yaml found (searched " + candidates() + ")");
  }
}
