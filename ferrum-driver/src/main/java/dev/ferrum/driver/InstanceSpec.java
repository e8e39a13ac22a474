package dev.ferrum.driver;

import dev.ferrum.driver.configdrive.KeyPair;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The instance a driver operation is about, as the compute manager knows it.
 *
 * <p>Exists so the SPI carries plain values instead of Nova's database objects: everything the
 * Ironic driver reads from an instance (the node it was scheduled to, owner names for {@code
 * instance_info}, the flavor, config-drive facts) and nothing else. User data is a secret-free but
 * possibly large blob; {@link #toString()} prints its size only.
 *
 * @param uuid the instance UUID
 * @param displayName the display name (may be {@code null})
 * @param hostname the guest hostname
 * @param node the Ironic node UUID the instance was scheduled to, or {@code null}
 * @param host the compute service host name (published as {@code nova_host_id}), or {@code null}
 * @param projectId owning project id
 * @param projectName owning project name, or {@code null} (published as {@code N/A})
 * @param userId owning user id
 * @param userName owning user name, or {@code null} (published as {@code N/A})
 * @param flavor the flavor
 * @param configDrive whether the user asked for a config drive
 * @param launched whether the instance has been launched before ({@code launched_at} set)
 * @param metadata user metadata ({@code meta} in meta_data.json)
 * @param keyPairs the key pairs to publish
 * @param userData raw user data, or {@code null}
 * @param availabilityZone the availability zone, or {@code null}
 */
public record InstanceSpec(
    String uuid,
    String displayName,
    String hostname,
    String node,
    String host,
    String projectId,
    String projectName,
    String userId,
    String userName,
    Flavor flavor,
    boolean configDrive,
    boolean launched,
    Map<String, String> metadata,
    List<KeyPair> keyPairs,
    byte[] userData,
    String availabilityZone) {

  /** Validates and copies the components. */
  public InstanceSpec {
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(hostname, "hostname");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(flavor, "flavor");
    metadata =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(metadata, "metadata")));
    keyPairs = List.copyOf(Objects.requireNonNull(keyPairs, "keyPairs"));
    userData = userData == null ? null : userData.clone();
  }

  /** A builder with the required values; the rest default to empty/false/null. */
  public static Builder builder(String uuid, String projectId, String userId, Flavor flavor) {
    return new Builder(uuid, projectId, userId, flavor);
  }

  /** A builder starting from this instance. */
  public Builder toBuilder() {
    Builder b = new Builder(uuid, projectId, userId, flavor);
    b.displayName = displayName;
    b.hostname = hostname;
    b.node = node;
    b.host = host;
    b.projectName = projectName;
    b.userName = userName;
    b.configDrive = configDrive;
    b.launched = launched;
    b.metadata = metadata;
    b.keyPairs = keyPairs;
    b.userData = userData;
    b.availabilityZone = availabilityZone;
    return b;
  }

  /** A copy of the user data, or {@code null}. */
  @Override
  public byte[] userData() {
    return userData == null ? null : userData.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InstanceSpec that
        && uuid.equals(that.uuid)
        && Objects.equals(displayName, that.displayName)
        && hostname.equals(that.hostname)
        && Objects.equals(node, that.node)
        && Objects.equals(host, that.host)
        && projectId.equals(that.projectId)
        && Objects.equals(projectName, that.projectName)
        && userId.equals(that.userId)
        && Objects.equals(userName, that.userName)
        && flavor.equals(that.flavor)
        && configDrive == that.configDrive
        && launched == that.launched
        && metadata.equals(that.metadata)
        && keyPairs.equals(that.keyPairs)
        && Arrays.equals(userData, that.userData)
        && Objects.equals(availabilityZone, that.availabilityZone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uuid, node, hostname);
  }

  @Override
  public String toString() {
    return "InstanceSpec[uuid="
        + uuid
        + ", node="
        + node
        + ", host="
        + host
        + ", flavor="
        + flavor.name()
        + ", userData="
        + (userData == null ? "none" : userData.length + " bytes")
        + "]";
  }

  /** Collects an {@link InstanceSpec}; not thread-safe. */
  public static final class Builder {
    private final String uuid;
    private final String projectId;
    private final String userId;
    private final Flavor flavor;
    private String displayName;
    private String hostname;
    private String node;
    private String host;
    private String projectName;
    private String userName;
    private boolean configDrive;
    private boolean launched;
    private Map<String, String> metadata = Map.of();
    private List<KeyPair> keyPairs = List.of();
    private byte[] userData;
    private String availabilityZone;

    private Builder(String uuid, String projectId, String userId, Flavor flavor) {
      this.uuid = Objects.requireNonNull(uuid, "uuid");
      this.projectId = Objects.requireNonNull(projectId, "projectId");
      this.userId = Objects.requireNonNull(userId, "userId");
      this.flavor = Objects.requireNonNull(flavor, "flavor");
    }

    /** Display name. */
    public Builder displayName(String v) {
      displayName = v;
      return this;
    }

    /** Guest hostname (default: the display name, else the uuid). */
    public Builder hostname(String v) {
      hostname = v;
      return this;
    }

    /** Ironic node UUID. */
    public Builder node(String v) {
      node = v;
      return this;
    }

    /** Compute service host. */
    public Builder host(String v) {
      host = v;
      return this;
    }

    /** Project name. */
    public Builder projectName(String v) {
      projectName = v;
      return this;
    }

    /** User name. */
    public Builder userName(String v) {
      userName = v;
      return this;
    }

    /** Whether a config drive was requested. */
    public Builder configDrive(boolean v) {
      configDrive = v;
      return this;
    }

    /** Whether the instance was launched before. */
    public Builder launched(boolean v) {
      launched = v;
      return this;
    }

    /** User metadata. */
    public Builder metadata(Map<String, String> v) {
      metadata = Objects.requireNonNull(v, "metadata");
      return this;
    }

    /** Key pairs. */
    public Builder keyPairs(List<KeyPair> v) {
      keyPairs = Objects.requireNonNull(v, "keyPairs");
      return this;
    }

    /** User data, or {@code null}. */
    public Builder userData(byte[] v) {
      userData = v;
      return this;
    }

    /** Availability zone. */
    public Builder availabilityZone(String v) {
      availabilityZone = v;
      return this;
    }

    /** The instance. */
    public InstanceSpec build() {
      String name = hostname != null ? hostname : displayName != null ? displayName : uuid;
      return new InstanceSpec(
          uuid,
          displayName,
          name,
          node,
          host,
          projectId,
          projectName,
          userId,
          userName,
          flavor,
          configDrive,
          launched,
          metadata,
          keyPairs,
          userData,
          availabilityZone);
    }
  }
}
