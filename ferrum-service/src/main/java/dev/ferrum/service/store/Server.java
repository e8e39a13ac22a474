package dev.ferrum.service.store;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A server: Nova's instance model, persisted. The compute manager reads one, derives a changed copy
 * with {@link #toBuilder()}, and saves it with {@link ServerRepository#save(Server,
 * ExpectedTaskState)}; {@code version} makes that save optimistic.
 *
 * @param uuid the server id
 * @param name display name
 * @param projectId owning project
 * @param userId creating user
 * @param flavor the flavor as it was at boot (Nova embeds it, so deleting a flavor is harmless)
 * @param imageId the image it was deployed from, or {@code null}
 * @param nodeUuid the Ironic node it runs on, or {@code null} before scheduling
 * @param vmState stable state
 * @param taskState transitional state, or {@code null} for none
 * @param powerState last known power state
 * @param host the service host that manages it, or {@code null}
 * @param hostname the guest host name
 * @param keyName the keypair name, or {@code null}
 * @param metadata user metadata
 * @param accessIpv4 user-set IPv4 access address, or {@code null}
 * @param accessIpv6 user-set IPv6 access address, or {@code null}
 * @param addresses the server's IP addresses
 * @param configDrive whether a config drive was asked for
 * @param userData base64 user data, or {@code null}
 * @param fault why it is in ERROR, or {@code null}
 * @param launchedAt when it became ACTIVE, or {@code null}
 * @param terminatedAt when it was torn down, or {@code null}
 * @param createdAt creation time
 * @param updatedAt last save, or {@code null} if never saved after creation
 * @param deleted whether it is (soft-)deleted
 * @param deletedAt when it was deleted, or {@code null}
 * @param version optimistic-concurrency counter, incremented on every save
 */
public record Server(
    String uuid,
    String name,
    String projectId,
    String userId,
    Flavor flavor,
    String imageId,
    String nodeUuid,
    VmState vmState,
    TaskState taskState,
    PowerState powerState,
    String host,
    String hostname,
    String keyName,
    Map<String, String> metadata,
    String accessIpv4,
    String accessIpv6,
    List<ServerAddress> addresses,
    boolean configDrive,
    String userData,
    ServerFault fault,
    Instant launchedAt,
    Instant terminatedAt,
    Instant createdAt,
    Instant updatedAt,
    boolean deleted,
    Instant deletedAt,
    long version) {

  /** Validates required fields and freezes the collections. */
  public Server {
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(flavor, "flavor");
    Objects.requireNonNull(vmState, "vmState");
    Objects.requireNonNull(powerState, "powerState");
    Objects.requireNonNull(createdAt, "createdAt");
    metadata =
        Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(metadata, "metadata")));
    addresses = List.copyOf(Objects.requireNonNull(addresses, "addresses"));
  }

  /**
   * Starts a builder for a new server in BUILDING/SCHEDULING with no power state.
   *
   * @param uuid the server id
   * @param name the display name
   * @param projectId the owning project
   * @param userId the creating user
   * @param flavor the flavor
   * @return a builder
   */
  public static Builder builder(
      String uuid, String name, String projectId, String userId, Flavor flavor) {
    return new Builder(uuid, name, projectId, userId, flavor);
  }

  /**
   * Starts a builder holding this server's values, to derive a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(uuid, name, projectId, userId, flavor);
    b.imageId = imageId;
    b.nodeUuid = nodeUuid;
    b.vmState = vmState;
    b.taskState = taskState;
    b.powerState = powerState;
    b.host = host;
    b.hostname = hostname;
    b.keyName = keyName;
    b.metadata = metadata;
    b.accessIpv4 = accessIpv4;
    b.accessIpv6 = accessIpv6;
    b.addresses = addresses;
    b.configDrive = configDrive;
    b.userData = userData;
    b.fault = fault;
    b.launchedAt = launchedAt;
    b.terminatedAt = terminatedAt;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    b.deleted = deleted;
    b.deletedAt = deletedAt;
    b.version = version;
    return b;
  }

  /** Builds a {@link Server}; setters return the builder for chaining. */
  public static final class Builder {
    private String uuid;
    private String name;
    private final String projectId;
    private final String userId;
    private Flavor flavor;
    private String imageId;
    private String nodeUuid;
    private VmState vmState = VmState.BUILDING;
    private TaskState taskState = TaskState.SCHEDULING;
    private PowerState powerState = PowerState.NOSTATE;
    private String host;
    private String hostname;
    private String keyName;
    private Map<String, String> metadata = Map.of();
    private String accessIpv4;
    private String accessIpv6;
    private List<ServerAddress> addresses = List.of();
    private boolean configDrive;
    private String userData;
    private ServerFault fault;
    private Instant launchedAt;
    private Instant terminatedAt;
    private Instant createdAt = Instant.now();
    private Instant updatedAt;
    private boolean deleted;
    private Instant deletedAt;
    private long version;

    private Builder(String uuid, String name, String projectId, String userId, Flavor flavor) {
      this.uuid = Objects.requireNonNull(uuid, "uuid");
      this.name = Objects.requireNonNull(name, "name");
      this.projectId = Objects.requireNonNull(projectId, "projectId");
      this.userId = Objects.requireNonNull(userId, "userId");
      this.flavor = Objects.requireNonNull(flavor, "flavor");
      this.hostname = name;
    }

    /**
     * Sets the display name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the flavor snapshot.
     *
     * @param flavor the flavor
     * @return this builder
     */
    public Builder flavor(Flavor flavor) {
      this.flavor = Objects.requireNonNull(flavor, "flavor");
      return this;
    }

    /**
     * Sets the image id.
     *
     * @param imageId the image, or {@code null}
     * @return this builder
     */
    public Builder imageId(String imageId) {
      this.imageId = imageId;
      return this;
    }

    /**
     * Sets the node.
     *
     * @param nodeUuid the Ironic node, or {@code null}
     * @return this builder
     */
    public Builder nodeUuid(String nodeUuid) {
      this.nodeUuid = nodeUuid;
      return this;
    }

    /**
     * Sets the stable state.
     *
     * @param vmState the state
     * @return this builder
     */
    public Builder vmState(VmState vmState) {
      this.vmState = Objects.requireNonNull(vmState, "vmState");
      return this;
    }

    /**
     * Sets the task state.
     *
     * @param taskState the state, or {@code null} for none
     * @return this builder
     */
    public Builder taskState(TaskState taskState) {
      this.taskState = taskState;
      return this;
    }

    /**
     * Sets the power state.
     *
     * @param powerState the state
     * @return this builder
     */
    public Builder powerState(PowerState powerState) {
      this.powerState = Objects.requireNonNull(powerState, "powerState");
      return this;
    }

    /**
     * Sets the managing host.
     *
     * @param host the service host, or {@code null}
     * @return this builder
     */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /**
     * Sets the guest host name.
     *
     * @param hostname the name, or {@code null}
     * @return this builder
     */
    public Builder hostname(String hostname) {
      this.hostname = hostname;
      return this;
    }

    /**
     * Sets the keypair name.
     *
     * @param keyName the name, or {@code null}
     * @return this builder
     */
    public Builder keyName(String keyName) {
      this.keyName = keyName;
      return this;
    }

    /**
     * Sets the user metadata.
     *
     * @param metadata key/value pairs
     * @return this builder
     */
    public Builder metadata(Map<String, String> metadata) {
      this.metadata = Objects.requireNonNull(metadata, "metadata");
      return this;
    }

    /**
     * Sets the access addresses.
     *
     * @param ipv4 IPv4 address, or {@code null}
     * @param ipv6 IPv6 address, or {@code null}
     * @return this builder
     */
    public Builder accessIps(String ipv4, String ipv6) {
      this.accessIpv4 = ipv4;
      this.accessIpv6 = ipv6;
      return this;
    }

    /**
     * Sets the IP addresses.
     *
     * @param addresses the addresses
     * @return this builder
     */
    public Builder addresses(List<ServerAddress> addresses) {
      this.addresses = Objects.requireNonNull(addresses, "addresses");
      return this;
    }

    /**
     * Sets whether a config drive is used.
     *
     * @param configDrive the flag
     * @return this builder
     */
    public Builder configDrive(boolean configDrive) {
      this.configDrive = configDrive;
      return this;
    }

    /**
     * Sets the user data.
     *
     * @param userData base64 text, or {@code null}
     * @return this builder
     */
    public Builder userData(String userData) {
      this.userData = userData;
      return this;
    }

    /**
     * Sets the fault.
     *
     * @param fault the fault, or {@code null} to clear it
     * @return this builder
     */
    public Builder fault(ServerFault fault) {
      this.fault = fault;
      return this;
    }

    /**
     * Sets when the server became active.
     *
     * @param launchedAt the instant, or {@code null}
     * @return this builder
     */
    public Builder launchedAt(Instant launchedAt) {
      this.launchedAt = launchedAt;
      return this;
    }

    /**
     * Sets when the server was torn down.
     *
     * @param terminatedAt the instant, or {@code null}
     * @return this builder
     */
    public Builder terminatedAt(Instant terminatedAt) {
      this.terminatedAt = terminatedAt;
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
     * Builds the server.
     *
     * @return the server
     */
    public Server build() {
      return new Server(
          uuid,
          name,
          projectId,
          userId,
          flavor,
          imageId,
          nodeUuid,
          vmState,
          taskState,
          powerState,
          host,
          hostname,
          keyName,
          metadata,
          accessIpv4,
          accessIpv6,
          addresses,
          configDrive,
          userData,
          fault,
          launchedAt,
          terminatedAt,
          createdAt,
          updatedAt,
          deleted,
          deletedAt,
          version);
    }
  }
}
