package dev.ferrum.driver.configdrive;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The instance facts {@code openstack/<version>/meta_data.json} is made of, as plain values. It
 * exists so that the config drive can be built without Nova's instance, key-pair and
 * availability-zone objects; the caller resolves those once.
 *
 * <p>The admin password is a secret: {@link #toString()} masks it.
 *
 * @param uuid the instance uuid
 * @param name the instance display name
 * @param hostname the hostname to expose, already including any DHCP domain
 * @param availabilityZone the availability zone, or {@code null} when none (rendered as JSON null)
 * @param launchIndex the instance's launch index within its request
 * @param projectId the owning project (exposed from metadata version 2015-10-15)
 * @param meta the user's instance metadata key/value pairs ({@code meta}, omitted when empty)
 * @param keys the instance's key pairs; the first also forms {@code public_keys}
 * @param adminPass the admin password, if one was supplied ({@code admin_pass})
 * @param devices tagged-device metadata documents (from 2016-06-30), JSON-compatible values
 * @param dedicatedCpus host CPUs dedicated to the instance (from 2020-10-14)
 * @param randomSeed the bytes published base64-encoded as {@code random_seed} (from 2013-04-04)
 */
public record InstanceMetadata(
    String uuid,
    String name,
    String hostname,
    String availabilityZone,
    int launchIndex,
    String projectId,
    Map<String, String> meta,
    List<KeyPair> keys,
    Optional<String> adminPass,
    List<Map<String, Object>> devices,
    List<Integer> dedicatedCpus,
    byte[] randomSeed) {

  /** Validates and copies the components. */
  public InstanceMetadata {
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(hostname, "hostname");
    Objects.requireNonNull(projectId, "projectId");
    meta = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(meta, "meta")));
    keys = List.copyOf(Objects.requireNonNull(keys, "keys"));
    Objects.requireNonNull(adminPass, "adminPass");
    devices =
        Objects.requireNonNull(devices, "devices").stream()
            .map(d -> Collections.unmodifiableMap(new LinkedHashMap<>(d)))
            .toList();
    dedicatedCpus = List.copyOf(Objects.requireNonNull(dedicatedCpus, "dedicatedCpus"));
    randomSeed = Objects.requireNonNull(randomSeed, "randomSeed").clone();
    if (launchIndex < 0) {
      throw new IllegalArgumentException("launchIndex must not be negative");
    }
  }

  /**
   * Starts a builder with the required identity fields; the rest default to empty.
   *
   * @param uuid the instance uuid
   * @param name the display name
   * @param hostname the hostname to expose
   * @param projectId the owning project id
   * @return a builder
   */
  public static Builder builder(String uuid, String name, String hostname, String projectId) {
    return new Builder(uuid, name, hostname, projectId);
  }

  /**
   * The random seed.
   *
   * @return a copy of the seed bytes
   */
  @Override
  public byte[] randomSeed() {
    return randomSeed.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InstanceMetadata that
        && uuid.equals(that.uuid)
        && name.equals(that.name)
        && hostname.equals(that.hostname)
        && Objects.equals(availabilityZone, that.availabilityZone)
        && launchIndex == that.launchIndex
        && projectId.equals(that.projectId)
        && meta.equals(that.meta)
        && keys.equals(that.keys)
        && adminPass.equals(that.adminPass)
        && devices.equals(that.devices)
        && dedicatedCpus.equals(that.dedicatedCpus)
        && Arrays.equals(randomSeed, that.randomSeed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uuid, name, hostname, projectId, launchIndex, meta, keys)
        + 31 * Arrays.hashCode(randomSeed);
  }

  @Override
  public String toString() {
    return "InstanceMetadata[uuid="
        + uuid
        + ", name="
        + name
        + ", hostname="
        + hostname
        + ", availabilityZone="
        + availabilityZone
        + ", launchIndex="
        + launchIndex
        + ", projectId="
        + projectId
        + ", meta="
        + meta.keySet()
        + ", keys="
        + keys.stream().map(KeyPair::name).toList()
        + ", adminPass="
        + (adminPass.isPresent() ? "******" : "<none>")
        + ", devices="
        + devices.size()
        + ", dedicatedCpus="
        + dedicatedCpus
        + "]";
  }

  /** Collects the optional metadata fields; {@link #build()} fills a fresh random seed. */
  public static final class Builder {
    private final String uuid;
    private final String name;
    private final String hostname;
    private final String projectId;
    private String availabilityZone;
    private int launchIndex;
    private Map<String, String> meta = Map.of();
    private List<KeyPair> keys = List.of();
    private Optional<String> adminPass = Optional.empty();
    private List<Map<String, Object>> devices = List.of();
    private List<Integer> dedicatedCpus = List.of();
    private byte[] randomSeed;

    private Builder(String uuid, String name, String hostname, String projectId) {
      this.uuid = Objects.requireNonNull(uuid, "uuid");
      this.name = Objects.requireNonNull(name, "name");
      this.hostname = Objects.requireNonNull(hostname, "hostname");
      this.projectId = Objects.requireNonNull(projectId, "projectId");
    }

    /**
     * Sets the availability zone.
     *
     * @param zone the zone, or {@code null} for none
     * @return this builder
     */
    public Builder availabilityZone(String zone) {
      this.availabilityZone = zone;
      return this;
    }

    /**
     * Sets the launch index.
     *
     * @param index the index, at least 0
     * @return this builder
     */
    public Builder launchIndex(int index) {
      this.launchIndex = index;
      return this;
    }

    /**
     * Sets the user's instance metadata.
     *
     * @param meta key/value pairs
     * @return this builder
     */
    public Builder meta(Map<String, String> meta) {
      this.meta = Objects.requireNonNull(meta, "meta");
      return this;
    }

    /**
     * Sets the key pairs.
     *
     * @param keys the key pairs, first one is the instance's {@code key_name}
     * @return this builder
     */
    public Builder keys(List<KeyPair> keys) {
      this.keys = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /**
     * Sets the admin password, published as {@code admin_pass}.
     *
     * @param password the password; {@code null} for none
     * @return this builder
     */
    public Builder adminPass(String password) {
      this.adminPass = Optional.ofNullable(password);
      return this;
    }

    /**
     * Sets the tagged-device metadata.
     *
     * @param devices device documents
     * @return this builder
     */
    public Builder devices(List<Map<String, Object>> devices) {
      this.devices = Objects.requireNonNull(devices, "devices");
      return this;
    }

    /**
     * Sets the dedicated CPUs.
     *
     * @param cpus host CPU ids
     * @return this builder
     */
    public Builder dedicatedCpus(List<Integer> cpus) {
      this.dedicatedCpus = Objects.requireNonNull(cpus, "cpus");
      return this;
    }

    /**
     * Sets the random seed instead of generating one (for reproducible drives in tests).
     *
     * @param seed the seed bytes
     * @return this builder
     */
    public Builder randomSeed(byte[] seed) {
      this.randomSeed = Objects.requireNonNull(seed, "seed").clone();
      return this;
    }

    /**
     * Builds the metadata; generates 512 random seed bytes with a {@link
     * java.security.SecureRandom} unless a seed was set, as Nova does.
     *
     * @return the metadata
     */
    public InstanceMetadata build() {
      byte[] seed = randomSeed;
      if (seed == null) {
        seed = new byte[512];
        new SecureRandom().nextBytes(seed);
      }
      return new InstanceMetadata(
          uuid,
          name,
          hostname,
          availabilityZone,
          launchIndex,
          projectId,
          meta,
          keys,
          adminPass,
          devices,
          dedicatedCpus,
          seed);
    }
  }
}
