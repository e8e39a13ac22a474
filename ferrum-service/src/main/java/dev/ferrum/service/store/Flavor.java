package dev.ferrum.service.store;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A size of server users can ask for. For bare metal a flavor mostly selects a node resource class
 * through its extra specs ({@code resources:CUSTOM_BAREMETAL_SMALL=1}); the sizes are what users
 * and the stock client display.
 *
 * @param id Nova's flavor id (a string chosen by the admin, or a generated uuid)
 * @param name unique display name
 * @param vcpus number of CPUs
 * @param memoryMb RAM in MiB
 * @param rootGb root disk in GiB
 * @param ephemeralGb ephemeral disk in GiB
 * @param swapMb swap in MiB
 * @param rxtxFactor Nova's legacy network weight, kept for API shape
 * @param isPublic whether every project may use it; private flavors need project access
 * @param disabled whether new servers may no longer use it
 * @param description free text, or {@code null}
 * @param extraSpecs key/value hints for scheduling and the driver
 * @param createdAt when it was created
 */
public record Flavor(
    String id,
    String name,
    int vcpus,
    int memoryMb,
    int rootGb,
    int ephemeralGb,
    int swapMb,
    double rxtxFactor,
    boolean isPublic,
    boolean disabled,
    String description,
    Map<String, String> extraSpecs,
    Instant createdAt) {

  /** Validates required fields and freezes the extra specs (sorted, for stable output). */
  public Flavor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
    extraSpecs =
        Collections.unmodifiableMap(
            new TreeMap<>(Objects.requireNonNull(extraSpecs, "extraSpecs")));
  }

  /**
   * Returns a copy with other extra specs.
   *
   * @param specs the new extra specs
   * @return the copy
   */
  public Flavor withExtraSpecs(Map<String, String> specs) {
    return new Flavor(
        id,
        name,
        vcpus,
        memoryMb,
        rootGb,
        ephemeralGb,
        swapMb,
        rxtxFactor,
        isPublic,
        disabled,
        description,
        specs,
        createdAt);
  }

  /**
   * Starts a builder with Nova's defaults (public, enabled, rxtx 1.0, no disks or specs).
   *
   * @param id the flavor id
   * @param name the flavor name
   * @return a builder
   */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /** Builds a {@link Flavor}; fields not set keep Nova's defaults. */
  public static final class Builder {
    private final String id;
    private final String name;
    private int vcpus = 1;
    private int memoryMb = 1;
    private int rootGb;
    private int ephemeralGb;
    private int swapMb;
    private double rxtxFactor = 1.0;
    private boolean isPublic = true;
    private boolean disabled;
    private String description;
    private Map<String, String> extraSpecs = Map.of();
    private Instant createdAt = Instant.now();

    private Builder(String id, String name) {
      this.id = Objects.requireNonNull(id, "id");
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Sets the CPU count, RAM and root disk.
     *
     * @param vcpus CPUs
     * @param memoryMb RAM in MiB
     * @param rootGb root disk in GiB
     * @return this builder
     */
    public Builder size(int vcpus, int memoryMb, int rootGb) {
      this.vcpus = vcpus;
      this.memoryMb = memoryMb;
      this.rootGb = rootGb;
      return this;
    }

    /**
     * Sets the ephemeral disk.
     *
     * @param ephemeralGb GiB
     * @return this builder
     */
    public Builder ephemeralGb(int ephemeralGb) {
      this.ephemeralGb = ephemeralGb;
      return this;
    }

    /**
     * Sets the swap size.
     *
     * @param swapMb MiB
     * @return this builder
     */
    public Builder swapMb(int swapMb) {
      this.swapMb = swapMb;
      return this;
    }

    /**
     * Sets the rxtx factor.
     *
     * @param rxtxFactor a positive number
     * @return this builder
     */
    public Builder rxtxFactor(double rxtxFactor) {
      this.rxtxFactor = rxtxFactor;
      return this;
    }

    /**
     * Sets whether every project may use the flavor.
     *
     * @param isPublic visibility
     * @return this builder
     */
    public Builder isPublic(boolean isPublic) {
      this.isPublic = isPublic;
      return this;
    }

    /**
     * Sets whether the flavor is disabled.
     *
     * @param disabled the flag
     * @return this builder
     */
    public Builder disabled(boolean disabled) {
      this.disabled = disabled;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description text or {@code null}
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the extra specs.
     *
     * @param extraSpecs key/value pairs
     * @return this builder
     */
    public Builder extraSpecs(Map<String, String> extraSpecs) {
      this.extraSpecs = Objects.requireNonNull(extraSpecs, "extraSpecs");
      return this;
    }

    /**
     * Sets the creation time.
     *
     * @param createdAt the instant
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
      return this;
    }

    /**
     * Builds the flavor.
     *
     * @return the flavor
     */
    public Flavor build() {
      return new Flavor(
          id,
          name,
          vcpus,
          memoryMb,
          rootGb,
          ephemeralGb,
          swapMb,
          rxtxFactor,
          isPublic,
          disabled,
          description,
          extraSpecs,
          createdAt);
    }
  }
}
