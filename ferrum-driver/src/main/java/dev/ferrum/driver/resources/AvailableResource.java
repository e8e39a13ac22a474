package dev.ferrum.driver.resources;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one Ironic node looks like as a compute node to the resource tracker: the Java form of the
 * dictionary Nova's {@code get_available_resource(nodename)} returns (reference §7.2).
 *
 * <p>It exists so the service can fill its compute-node row without knowing Ironic. A bare-metal
 * node is one indivisible unit scheduled by its resource class, so every numeric field Nova reports
 * is 0; only the components below vary, and {@link #toMap()} renders the complete dictionary.
 *
 * @param nodeUuid the node's uuid; also the compute node's uuid and hypervisor host name
 * @param resourceClass the node's {@code resource_class}, if set
 * @param supportedInstances {@code (canonical arch, "baremetal", "hvm")}, or empty when the node
 *     has no canonical architecture
 * @param stats {@code cpu_arch} (raw value, possibly {@code null}) followed by the capability pairs
 */
public record AvailableResource(
    String nodeUuid,
    Optional<String> resourceClass,
    List<SupportedInstance> supportedInstances,
    Map<String, String> stats) {

  /** The hypervisor type every Ironic compute node reports. */
  public static final String HYPERVISOR_TYPE = "ironic";

  /** The hypervisor version every Ironic compute node reports (major of the API version 1.46). */
  public static final int HYPERVISOR_VERSION = 1;

  /** Validates and copies the inputs; {@code stats} keeps its order and may map to null. */
  public AvailableResource {
    Objects.requireNonNull(nodeUuid, "nodeUuid");
    Objects.requireNonNull(resourceClass, "resourceClass");
    supportedInstances = List.copyOf(supportedInstances);
    stats =
        Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(stats, "stats")));
  }

  /**
   * The dictionary exactly as Nova returns it: keys {@code uuid, hypervisor_hostname,
   * hypervisor_type, hypervisor_version, resource_class, cpu_info, vcpus, vcpus_used, memory_mb,
   * memory_mb_used, local_gb, local_gb_used, disk_available_least, supported_instances, stats,
   * numa_topology}; {@code resource_class}, {@code cpu_info} and {@code numa_topology} may be
   * {@code null}.
   *
   * @return a new mutable map in that key order
   */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("uuid", nodeUuid);
    m.put("hypervisor_hostname", nodeUuid);
    m.put("hypervisor_type", HYPERVISOR_TYPE);
    m.put("hypervisor_version", HYPERVISOR_VERSION);
    m.put("resource_class", resourceClass.orElse(null));
    m.put("cpu_info", null);
    for (String zero :
        List.of(
            "vcpus",
            "vcpus_used",
            "memory_mb",
            "memory_mb_used",
            "local_gb",
            "local_gb_used",
            "disk_available_least")) {
      m.put(zero, 0);
    }
    List<List<String>> supported = new ArrayList<>();
    for (SupportedInstance s : supportedInstances) {
      supported.add(List.of(s.architecture(), s.hypervisorType(), s.vmMode()));
    }
    m.put("supported_instances", supported);
    m.put("stats", new LinkedHashMap<>(stats));
    m.put("numa_topology", null);
    return m;
  }

  /**
   * One {@code (architecture, hypervisor type, vm mode)} triple the node can host.
   *
   * @param architecture the canonical CPU architecture
   * @param hypervisorType always {@code baremetal} for Ironic
   * @param vmMode always {@code hvm} for Ironic
   */
  public record SupportedInstance(String architecture, String hypervisorType, String vmMode) {

    /** Validates the inputs. */
    public SupportedInstance {
      Objects.requireNonNull(architecture, "architecture");
      Objects.requireNonNull(hypervisorType, "hypervisorType");
      Objects.requireNonNull(vmMode, "vmMode");
    }

    /**
     * The triple an Ironic node of this architecture reports.
     *
     * @param architecture the canonical CPU architecture
     * @return {@code (architecture, "baremetal", "hvm")}
     */
    public static SupportedInstance bareMetal(String architecture) {
      return new SupportedInstance(architecture, "baremetal", "hvm");
    }
  }
}
