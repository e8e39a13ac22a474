package dev.ferrum.driver.resources;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hardware facts Nova reads from an Ironic node's {@code properties}, parsed leniently the way
 * Nova parses them (reference §7.1).
 *
 * <p>It exists because operators fill {@code properties} by hand or through inspection, so values
 * are often missing or malformed; a bad value must never stop resource reporting. Every problem
 * becomes a warning (logged and kept in {@link #warnings()}) and a neutral value instead. The
 * numeric values are no longer reported to Placement (only the custom resource class is), but they
 * are still parsed so the warnings match Nova's.
 *
 * @param cpus {@code cpus}, 0 when missing or malformed
 * @param memoryMb {@code memory_mb}, 0 when missing or malformed
 * @param localGb {@code local_gb}, 0 when missing or malformed
 * @param rawCpuArch {@code cpu_arch} as given (a non-string is rendered with {@code toString})
 * @param cpuArch the canonical architecture, empty when missing or not a known architecture
 * @param capabilities {@code capabilities} as given (normally a {@code key:value,...} string)
 * @param capabilityStats the well-formed {@code key:value} pairs of {@code capabilities}, in order
 * @param warnings the warnings parsing produced, in order
 */
public record NodeProperties(
    long cpus,
    long memoryMb,
    long localGb,
    Optional<String> rawCpuArch,
    Optional<String> cpuArch,
    Optional<Object> capabilities,
    Map<String, String> capabilityStats,
    List<String> warnings) {

  private static final Logger LOG = LoggerFactory.getLogger(NodeProperties.class);

  /** Validates and copies the inputs. */
  public NodeProperties {
    Objects.requireNonNull(rawCpuArch, "rawCpuArch");
    Objects.requireNonNull(cpuArch, "cpuArch");
    Objects.requireNonNull(capabilities, "capabilities");
    capabilityStats =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(capabilityStats, "capabilityStats")));
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
  }

  /**
   * Parses a node's properties; never fails.
   *
   * @param nodeUuid the node, named in warnings
   * @param properties the node's {@code properties}; {@code null} is treated as empty
   * @return the parsed properties with their warnings (each also logged)
   */
  public static NodeProperties parse(String nodeUuid, Map<String, Object> properties) {
    Objects.requireNonNull(nodeUuid, "nodeUuid");
    Map<String, Object> props = properties == null ? Map.of() : properties;
    List<String> warnings = new ArrayList<>();
    long cpus = integer(nodeUuid, props, "cpus", warnings);
    long memoryMb = integer(nodeUuid, props, "memory_mb", warnings);
    long localGb = integer(nodeUuid, props, "local_gb", warnings);
    Object arch = props.get("cpu_arch");
    Optional<String> raw = Optional.ofNullable(arch).map(String::valueOf);
    Optional<String> canonical =
        arch instanceof String s ? CpuArchitectures.canonicalise(s) : Optional.empty();
    if (canonical.isEmpty()) {
      warn(warnings, "cpu_arch not defined or not a known architecture for node " + nodeUuid);
    }
    Object capabilities = props.get("capabilities");
    Map<String, String> stats = capabilityStats(nodeUuid, capabilities, warnings);
    return new NodeProperties(
        cpus,
        memoryMb,
        localGb,
        raw,
        canonical,
        Optional.ofNullable(capabilities),
        stats,
        warnings);
  }

  /**
   * Nova's reading of {@code capabilities}: the text is split on {@code ,}, each piece on {@code
   * :}; a piece is kept only with exactly two non-empty parts; the key is whitespace-stripped, the
   * value is not. A missing or empty value yields nothing; a non-string is rendered with {@code
   * toString}.
   */
  private static Map<String, String> capabilityStats(
      String nodeUuid, Object capabilities, List<String> warnings) {
    Map<String, String> out = new LinkedHashMap<>();
    String text = capabilities == null ? "" : String.valueOf(capabilities);
    if (text.isEmpty()) {
      return out;
    }
    for (String piece : text.split(",", -1)) {
      String[] parts = piece.split(":", -1);
      if (parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty()) {
        out.put(parts[0].strip(), parts[1]);
      } else {
        warn(
            warnings,
            "Ignoring malformed capability '"
                + piece
                + "' of node "
                + nodeUuid
                + "; format should be \"key:val\"");
      }
    }
    return out;
  }

  private static long integer(
      String nodeUuid, Map<String, Object> props, String key, List<String> warnings) {
    Object value = props.get(key);
    if (value == null) {
      return 0;
    }
    try {
      return switch (value) {
        case Boolean b -> b ? 1 : 0;
        case Number n -> n.longValue();
        case String s -> Long.parseLong(s.strip());
        default -> throw new NumberFormatException("not a number");
      };
    } catch (NumberFormatException e) {
      warn(
          warnings,
          "Node "
              + nodeUuid
              + " has a malformed \""
              + key
              + "\" property; expected an integer, got a "
              + value.getClass().getSimpleName()
              + "; using 0");
      return 0;
    }
  }

  private static void warn(List<String> warnings, String message) {
    LOG.warn("{}", message);
    warnings.add(message);
  }
}
