package dev.ferrum.ironic.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A batch of nodes to create directly in a state of choice (by default {@code available}),
 * bypassing enrolment, so a test or benchmark starts from a realistic inventory in one call.
 *
 * @param count how many nodes
 * @param namePrefix names are {@code prefix + index} (index counts from the current node count)
 * @param resourceClass the nodes' resource class
 * @param cpus {@code properties.cpus}
 * @param memoryMb {@code properties.memory_mb}
 * @param localGb {@code properties.local_gb}
 * @param cpuArch {@code properties.cpu_arch}
 * @param extraProperties further {@code properties} entries
 * @param traits traits set on every node
 * @param conductorGroup the conductor group ({@code ""} is the default group)
 * @param shard the shard, or null
 * @param portsPerNode how many ports (with generated MAC addresses) each node gets
 * @param provisionState the initial provision state (a stable state, e.g. {@code available})
 * @param powerState the initial power state, or null like fake hardware before any power action
 * @param driver the hardware type
 */
public record NodeSeed(
    int count,
    String namePrefix,
    String resourceClass,
    int cpus,
    int memoryMb,
    int localGb,
    String cpuArch,
    Map<String, Object> extraProperties,
    List<String> traits,
    String conductorGroup,
    String shard,
    int portsPerNode,
    String provisionState,
    String powerState,
    String driver) {

  /** Validates and copies. */
  public NodeSeed {
    if (count < 0 || portsPerNode < 0) {
      throw new IllegalArgumentException("count and portsPerNode must not be negative");
    }
    Objects.requireNonNull(namePrefix, "namePrefix");
    Objects.requireNonNull(resourceClass, "resourceClass");
    Objects.requireNonNull(cpuArch, "cpuArch");
    extraProperties = Map.copyOf(Objects.requireNonNull(extraProperties, "extraProperties"));
    traits = List.copyOf(Objects.requireNonNull(traits, "traits"));
    Objects.requireNonNull(conductorGroup, "conductorGroup");
    Objects.requireNonNull(provisionState, "provisionState");
    Objects.requireNonNull(driver, "driver");
  }

  /**
   * Returns a builder with the defaults: {@code baremetal} class, 8 CPUs, 16 GiB, 100 GB, x86_64,
   * one port, {@code available}, power {@code null}, {@code fake-hardware}.
   *
   * @param count how many nodes
   * @return the builder
   */
  public static Builder builder(int count) {
    return new Builder(count);
  }

  /**
   * Returns the node properties this seed gives every node.
   *
   * @return a fresh, mutable map
   */
  public Map<String, Object> properties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("cpus", cpus);
    p.put("memory_mb", memoryMb);
    p.put("local_gb", localGb);
    p.put("cpu_arch", cpuArch);
    p.putAll(extraProperties);
    return p;
  }

  /** Builds a {@link NodeSeed}; every setter returns this builder. */
  public static final class Builder {
    private final int count;
    private String namePrefix = "node-";
    private String resourceClass = "baremetal";
    private int cpus = 8;
    private int memoryMb = 16384;
    private int localGb = 100;
    private String cpuArch = "x86_64";
    private Map<String, Object> extraProperties = Map.of();
    private List<String> traits = List.of();
    private String conductorGroup = "";
    private String shard;
    private int portsPerNode = 1;
    private String provisionState = "available";
    private String powerState;
    private String driver = "fake-hardware";

    private Builder(int count) {
      this.count = count;
    }

    /**
     * Sets the name prefix.
     *
     * @param value the prefix
     * @return this builder
     */
    public Builder namePrefix(String value) {
      namePrefix = value;
      return this;
    }

    /**
     * Sets the resource class.
     *
     * @param value the class
     * @return this builder
     */
    public Builder resourceClass(String value) {
      resourceClass = value;
      return this;
    }

    /**
     * Sets {@code properties.cpus}.
     *
     * @param value CPUs
     * @return this builder
     */
    public Builder cpus(int value) {
      cpus = value;
      return this;
    }

    /**
     * Sets {@code properties.memory_mb}.
     *
     * @param value MiB
     * @return this builder
     */
    public Builder memoryMb(int value) {
      memoryMb = value;
      return this;
    }

    /**
     * Sets {@code properties.local_gb}.
     *
     * @param value GB
     * @return this builder
     */
    public Builder localGb(int value) {
      localGb = value;
      return this;
    }

    /**
     * Sets {@code properties.cpu_arch}.
     *
     * @param value the architecture
     * @return this builder
     */
    public Builder cpuArch(String value) {
      cpuArch = value;
      return this;
    }

    /**
     * Sets further properties.
     *
     * @param value extra entries
     * @return this builder
     */
    public Builder extraProperties(Map<String, Object> value) {
      extraProperties = value;
      return this;
    }

    /**
     * Sets the traits.
     *
     * @param value traits
     * @return this builder
     */
    public Builder traits(List<String> value) {
      traits = value;
      return this;
    }

    /**
     * Sets the conductor group.
     *
     * @param value the group
     * @return this builder
     */
    public Builder conductorGroup(String value) {
      conductorGroup = value;
      return this;
    }

    /**
     * Sets the shard.
     *
     * @param value the shard or null
     * @return this builder
     */
    public Builder shard(String value) {
      shard = value;
      return this;
    }

    /**
     * Sets the number of ports per node.
     *
     * @param value ports
     * @return this builder
     */
    public Builder portsPerNode(int value) {
      portsPerNode = value;
      return this;
    }

    /**
     * Sets the initial provision state.
     *
     * @param value a stable state
     * @return this builder
     */
    public Builder provisionState(String value) {
      provisionState = value;
      return this;
    }

    /**
     * Sets the initial power state.
     *
     * @param value {@code power on}, {@code power off} or null
     * @return this builder
     */
    public Builder powerState(String value) {
      powerState = value;
      return this;
    }

    /**
     * Sets the hardware type.
     *
     * @param value the driver
     * @return this builder
     */
    public Builder driver(String value) {
      driver = value;
      return this;
    }

    /**
     * Builds the seed.
     *
     * @return the seed
     */
    public NodeSeed build() {
      return new NodeSeed(
          count,
          namePrefix,
          resourceClass,
          cpus,
          memoryMb,
          localGb,
          cpuArch,
          extraProperties,
          traits,
          conductorGroup,
          shard,
          portsPerNode,
          provisionState,
          powerState,
          driver);
    }
  }
}
