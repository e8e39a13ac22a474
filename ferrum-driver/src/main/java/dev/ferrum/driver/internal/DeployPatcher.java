package dev.ferrum.driver.internal;

import dev.ferrum.driver.ImageSpec;
import dev.ferrum.driver.InstanceSpec;
import dev.ferrum.driver.NetworkInfo;
import dev.ferrum.ironic.client.model.JsonPatch;
import dev.ferrum.ironic.client.model.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the deploy patch (spec §8.4): {@code add} operations under {@code /instance_info/} in
 * Nova's order and with Nova's value typing (numbers as strings, Python-literal IP lists, a JSON
 * string of capabilities, a real list of traits).
 *
 * <p>Ferrum addition: a standalone image (with a source URL) also carries {@code image_checksum}
 * (or {@code image_os_hash_algo}/{@code image_os_hash_value} for {@code <algo>:<hex>}) and {@code
 * image_disk_format}, right after {@code image_source}, since no Glance can tell Ironic these.
 */
public final class DeployPatcher {

  private static final Logger LOG = LoggerFactory.getLogger(DeployPatcher.class);
  private static final Set<String> HASH_ALGOS = Set.of("md5", "sha256", "sha512");

  private DeployPatcher() {}

  /**
   * The patch.
   *
   * @param node the node (for {@code properties.local_gb})
   * @param instance the instance
   * @param image the image
   * @param network the VIFs (for {@code fixed_ips})
   * @param bootFromVolume leaves out {@code image_source}
   * @param preserveEphemeral present only on rebuild
   * @param ephemeralFormat {@code [DEFAULT]default_ephemeral_format}
   */
  public static JsonPatch build(
      Node node,
      InstanceSpec instance,
      ImageSpec image,
      NetworkInfo network,
      boolean bootFromVolume,
      Optional<Boolean> preserveEphemeral,
      Optional<String> ephemeralFormat) {
    JsonPatch.Builder p = JsonPatch.builder();
    var flavor = instance.flavor();
    if (!bootFromVolume) {
      add(p, "image_source", image.sourceUrl().orElse(image.id()));
      if (image.sourceUrl().isPresent()) {
        image.checksum().ifPresent(c -> addChecksum(p, c));
        image.diskFormat().ifPresent(f -> add(p, "image_disk_format", f));
      }
    }
    add(p, "root_gb", String.valueOf(flavor.rootGb()));
    add(p, "swap_mb", String.valueOf(flavor.swapMb()));
    add(p, "display_name", instance.displayName());
    add(p, "vcpus", String.valueOf(flavor.vcpus()));
    add(p, "nova_host_id", instance.host());
    add(p, "memory_mb", String.valueOf(flavor.memoryMb()));
    add(p, "local_gb", localGb(node));
    add(p, "project_id", instance.projectId());
    add(p, "project_name", orNa(instance.projectName()));
    add(p, "user_id", instance.userId());
    add(p, "user_name", orNa(instance.userName()));
    add(p, "flavor_name", flavor.name());
    add(p, "fixed_ips", PythonLiterals.fixedIps(network));
    add(p, "floating_ips", "[]");
    if (flavor.ephemeralGb() > 0) {
      add(p, "ephemeral_gb", String.valueOf(flavor.ephemeralGb()));
      ephemeralFormat.ifPresent(f -> add(p, "ephemeral_format", f));
    }
    preserveEphemeral.ifPresent(v -> add(p, "preserve_ephemeral", v ? "True" : "False"));
    Map<String, String> caps = capabilities(flavor.extraSpecs());
    if (!caps.isEmpty()) {
      add(p, "capabilities", PythonLiterals.jsonDumps(caps));
    }
    List<String> traits = traits(flavor.extraSpecs(), image.properties());
    if (!traits.isEmpty()) {
      add(p, "traits", traits);
    }
    return p.build();
  }

  private static void add(JsonPatch.Builder p, String key, Object value) {
    p.add("/instance_info/" + key, value);
  }

  private static void addChecksum(JsonPatch.Builder p, String checksum) {
    int colon = checksum.indexOf(':');
    String algo = colon > 0 ? checksum.substring(0, colon).toLowerCase(java.util.Locale.ROOT) : "";
    if (HASH_ALGOS.contains(algo) && !checksum.startsWith(algo + "://")) {
      add(p, "image_os_hash_algo", algo);
      add(p, "image_os_hash_value", checksum.substring(colon + 1));
    } else {
      add(p, "image_checksum", checksum);
    }
  }

  private static String orNa(String v) {
    return v == null || v.isEmpty() ? "N/A" : v;
  }

  private static String localGb(Node node) {
    Object v = node.properties() == null ? null : node.properties().get("local_gb");
    if (v == null || "".equals(v) || (v instanceof Number n && n.doubleValue() == 0)) {
      return "0";
    }
    return v.toString();
  }

  /** {@code capabilities:<k>} extra specs, key after the first colon, values verbatim. */
  static Map<String, String> capabilities(Map<String, String> extraSpecs) {
    Map<String, String> caps = new LinkedHashMap<>();
    extraSpecs.forEach((k, v) -> {
      if (k.startsWith("capabilities:")) {
        caps.put(k.substring("capabilities:".length()), v);
      }
    });
    return caps;
  }

  /**
   * Required traits: flavor specs {@code trait*:<T>=required} in order, then the image's {@code
   * traits_required}; not de-duplicated (as Nova). A {@code trait} key without a colon is skipped
   * with a warning where Nova would crash.
   */
  static List<String> traits(Map<String, String> extraSpecs, Map<String, Object> imageProps) {
    List<String> traits = new ArrayList<>();
    extraSpecs.forEach((k, v) -> {
      if (k.startsWith("trait") && "required".equals(v)) {
        int colon = k.indexOf(':');
        if (colon < 0) {
          LOG.warn("Ignoring malformed flavor extra spec '{}' (no trait name)", k);
        } else {
          traits.add(k.substring(colon + 1));
        }
      }
    });
    if (imageProps.get("traits_required") instanceof List<?> list) {
      list.forEach(t -> traits.add(String.valueOf(t)));
    }
    return traits;
  }
}
