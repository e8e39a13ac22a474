package dev.ferrum.driver.resources;

import java.util.ArrayList;
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
 * @param warnings the warnings parsing produced, in order
 */
public record NodeProperties(
    long cpus,
    long memoryMb,
    long localGb,
    Optional<String> rawCpuArch,
    Optional<String> cpuArch,
    Optional<Object> capabilities,
    List<String> warnings) {

  private static final Logger LOG = LoggerFactory.getLogger(NodeProperties.class);

  /** Validates and copies the inputs. */
  public NodeProperties {
    Objects.requireNonNull(rawCpuArch, "rawCpuArch");
    Objects.requireNonNull(cpuArch, "cpuArch");
    Objects.requireNonNull(capabilities, "capabilities");
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
    return new NodeProperties(
        cpus,
        memoryMb,
        localGb,
        raw,
        canonical,
        Optional.ofNullable(props.get("capabilities")),
        warnings);
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
