package dev.ferrum.driver.cache;

import dev.ferrum.driver.VirtDriverNotReadyException;
import dev.ferrum.driver.ring.HashRing;
import dev.ferrum.driver.ring.NodeOwnership;
import dev.ferrum.driver.ring.RingMembership;
import dev.ferrum.driver.ring.RingSettings;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.IronicException;
import dev.ferrum.ironic.client.IronicNotFoundException;
import dev.ferrum.ironic.client.model.Node;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nodes this compute service manages, refreshed from Ironic and shared by every driver
 * operation (reference §6.3–6.4).
 *
 * <p>It exists because listing Ironic is expensive (seconds per thousand nodes) yet nearly every
 * driver call needs a node, and because the list is also the ownership decision between several
 * services: a node carrying one of this host's instances is always managed here, a node carrying
 * anyone else's is managed by nobody, and a free node belongs to whoever the hash ring names.
 *
 * <p>Thread-safe. The state is an immutable {@link NodeCacheSnapshot} swapped atomically; a refresh
 * costs one listing, one service query and one instance query, and O(nodes) work. With an
 * incremental {@link RefreshPolicy} (Ferrum's {@code full_refresh_interval}) most refreshes list
 * only the nodes changed since the previous one. A miss in {@link #node(String)} fetches the node
 * and adds it under a per-node lock (the same lock {@link #evict(String)} takes), so the cache may
 * briefly hold nodes the ring did not assign here, as in Nova. The {@code §6.5} queries built on
 * the cache live in {@link ManagedNodes}.
 */
public final class NodeCache {

  private static final Logger LOG = LoggerFactory.getLogger(NodeCache.class);

  private final RingSettings settings;
  private final ComputeHostDirectory directory;
  private final IronicApiVersions versions;
  private final NodeLookup lookup;
  private final NodeListing listing;
  private final Clock clock;
  private final NodeLocks locks = new NodeLocks();
  private final AtomicReference<NodeCacheSnapshot> state =
      new AtomicReference<>(NodeCacheSnapshot.EMPTY);
  private final AtomicReference<RingMembership> membership = new AtomicReference<>();
  private final RefreshPolicy policy;
  private final ReentrantLock refreshLock = new ReentrantLock();
  private final AtomicReference<Listed> listed = new AtomicReference<>();
  private final AtomicLong fullRefreshes = new AtomicLong();
  private final AtomicLong incrementalRefreshes = new AtomicLong();

  /**
   * Creates an empty cache that lists every node on each refresh (Nova's behaviour); makes no call.
   *
   * @param client the Ironic client
   * @param settings this host and its shard / conductor group / peer list
   * @param directory compute services, their liveness and this host's instances
   * @param clock the clock stamping refreshes
   */
  public NodeCache(
      IronicClient client, RingSettings settings, ComputeHostDirectory directory, Clock clock) {
    this(client, settings, directory, clock, RefreshPolicy.ALWAYS_FULL);
  }

  /**
   * Creates an empty cache; makes no call (Ironic is first asked on the first refresh or miss).
   *
   * @param client the Ironic client
   * @param settings this host and its shard / conductor group / peer list
   * @param directory compute services, their liveness and this host's instances
   * @param clock the clock stamping refreshes and timing full refreshes
   * @param policy full or incremental refreshes
   */
  public NodeCache(
      IronicClient client,
      RingSettings settings,
      ComputeHostDirectory directory,
      Clock clock,
      RefreshPolicy policy) {
    Objects.requireNonNull(client, "client");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.directory = Objects.requireNonNull(directory, "directory");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.versions = new IronicApiVersions(client);
    this.lookup = new NodeLookup(client.nodes());
    this.listing = new NodeListing(client.nodes(), versions, settings);
  }

  /**
   * Creates an empty cache stamping refreshes with the system clock.
   *
   * @param client the Ironic client
   * @param settings this host and its shard / conductor group / peer list
   * @param directory compute services, their liveness and this host's instances
   * @return the cache
   */
  public static NodeCache create(
      IronicClient client, RingSettings settings, ComputeHostDirectory directory) {
    return new NodeCache(client, settings, directory, Clock.systemUTC());
  }

  /**
   * Rebuilds the hash ring from the live ironic compute services ({@code _refresh_hash_ring}; what
   * {@code init_host} does). Lists no node.
   *
   * @return the new membership
   * @throws dev.ferrum.driver.ring.InvalidPeerListException if the peer list is unusable
   * @throws VirtDriverNotReadyException if the Ironic version discovery fails
   */
  public RingMembership refreshRing() {
    RingMembership m =
        RingMembership.compute(
            settings,
            this::conductorGroupsSupported,
            directory.ironicComputeHosts(),
            directory::isUp);
    membership.set(m);
    LOG.debug("Hash ring members: {}", m.members());
    return m;
  }

  /**
   * The membership of the last ring rebuild.
   *
   * @return the membership, empty before the first rebuild
   */
  public Optional<RingMembership> membership() {
    return Optional.ofNullable(membership.get());
  }

  /**
   * Refreshes the cache ({@code _refresh_cache}): rebuilds the ring, lists the nodes (with the
   * conductor-group and shard filters the API supports), then reads this host's instances and keeps
   * the nodes this host manages.
   *
   * <p>With an incremental {@link RefreshPolicy}, only the first refresh and one every {@code
   * full_refresh_interval} list every node; the others read the nodes changed since the previous
   * refresh (see {@link RefreshPolicy}) and merge them into the last listing, then decide ownership
   * again over every listed node, so a ring or instance change applies at once. Refreshes are
   * serialised.
   *
   * @return the new snapshot, now current
   * @throws VirtDriverNotReadyException if Ironic cannot be listed (any failure, paging included)
   * @throws dev.ferrum.driver.ring.InvalidPeerListException if the peer list is unusable
   */
  public NodeCacheSnapshot refresh() {
    refreshLock.lock();
    try {
      return refreshLocked();
    } finally {
      refreshLock.unlock();
    }
  }

  private NodeCacheSnapshot refreshLocked() {
    long start = System.nanoTime();
    HashRing ring = refreshRing().toHashRing();
    Listed previous = listed.get();
    Listed next;
    String kind;
    if (needsFullListing(previous)) {
      Optional<OffsetDateTime> mark =
          policy.isIncremental() ? listing.newestUpdate(policy.pageSize()) : Optional.empty();
      Map<String, Node> all = new LinkedHashMap<>();
      for (Node node : listing.list()) {
        if (node.uuid() != null) {
          all.put(node.uuid(), node);
        }
      }
      next = new Listed(all, mark.orElse(null), clock.instant());
      fullRefreshes.incrementAndGet();
      kind = "full";
    } else {
      NodeListing.Changes changes =
          listing.changedSince(previous.highWater().minus(policy.overlap()), policy.pageSize());
      Map<String, Node> all = new LinkedHashMap<>(previous.nodes());
      for (Node node : changes.nodes()) {
        if (node.uuid() != null) {
          all.put(node.uuid(), node);
        }
      }
      OffsetDateTime mark =
          changes
              .newest()
              .filter(n -> n.isAfter(previous.highWater()))
              .orElse(previous.highWater());
      next = new Listed(all, mark, previous.lastFull());
      incrementalRefreshes.incrementAndGet();
      kind = "incremental (" + changes.nodes().size() + " changed)";
    }
    listed.set(next);
    // Only after the listing (bug 1841481): a list read before a slow listing goes stale.
    Set<String> mine = Set.copyOf(directory.instanceUuidsOnHost(settings.host()));
    Map<String, Node> kept = new LinkedHashMap<>();
    for (Node node : next.nodes().values()) {
      if (NodeOwnership.isManagedHere(
          node.uuid(), node.instanceUuid(), mine, ring, settings.host())) {
        kept.put(node.uuid(), node);
      }
    }
    NodeCacheSnapshot snapshot = new NodeCacheSnapshot(kept, Optional.of(clock.instant()));
    state.set(snapshot);
    LOG.debug(
        "Node cache refreshed ({}): {} of {} listed nodes managed here, in {} ms",
        kind,
        kept.size(),
        next.nodes().size(),
        (System.nanoTime() - start) / 1_000_000);
    return snapshot;
  }

  private boolean needsFullListing(Listed previous) {
    return !policy.isIncremental()
        || previous == null
        || previous.highWater() == null
        || !clock.instant().isBefore(previous.lastFull().plus(policy.fullRefreshInterval()));
  }

  /**
   * How many refreshes listed every node.
   *
   * @return the count since creation
   */
  public long fullRefreshCount() {
    return fullRefreshes.get();
  }

  /**
   * How many refreshes read only the changed nodes.
   *
   * @return the count since creation
   */
  public long incrementalRefreshCount() {
    return incrementalRefreshes.get();
  }

  /**
   * Refreshes only if the cache holds no node (what most of Nova's readers do).
   *
   * @return the current snapshot
   * @throws VirtDriverNotReadyException if a needed refresh cannot list Ironic
   */
  public NodeCacheSnapshot refreshIfEmpty() {
    NodeCacheSnapshot current = state.get();
    return current.isEmpty() ? refresh() : current;
  }

  /**
   * The current snapshot, without any call.
   *
   * @return the snapshot
   */
  public NodeCacheSnapshot snapshot() {
    return state.get();
  }

  /**
   * A node, from the cache or else from Ironic ({@code _node_from_cache}): a miss fetches it with
   * get-node and adds it to the cache.
   *
   * @param nodeId the node uuid
   * @return the node
   * @throws dev.ferrum.ironic.client.IronicNotFoundException if Ironic has no such node
   */
  public Node node(String nodeId) {
    Objects.requireNonNull(nodeId, "nodeId");
    return locks.withLock(
        nodeId,
        () -> {
          Optional<Node> cached = state.get().node(nodeId);
          if (cached.isPresent()) {
            return cached.get();
          }
          Node fetched = lookup.node(nodeId);
          state.updateAndGet(s -> s.with(fetched));
          return fetched;
        });
  }

  /**
   * Removes a node from the cache, under the same per-node lock as {@link #node(String)} (used
   * after asking Ironic to tear a node down, so no reader acts on its stale state).
   *
   * @param nodeUuid the node uuid
   */
  public void evict(String nodeUuid) {
    Objects.requireNonNull(nodeUuid, "nodeUuid");
    locks.withLock(
        nodeUuid,
        () -> {
          // Also from the last listing, so an incremental refresh cannot bring the stale entry
          // back; a node torn down changes in Ironic, so the next listing reads it again.
          listed.updateAndGet(l -> l == null ? null : l.without(nodeUuid));
          return state.updateAndGet(s -> s.without(nodeUuid));
        });
  }

  /**
   * The node reads this cache uses, for callers that need the same projection.
   *
   * @return the lookup
   */
  public NodeLookup lookup() {
    return lookup;
  }

  private boolean conductorGroupsSupported() {
    try {
      return versions.canSend(IronicApiVersions.CONDUCTOR_GROUPS);
    } catch (IronicException e) {
      throw NodeListing.notReady(e);
    }
  }

  /**
   * Every node of the last listing (before the ownership filter), the high-water mark of the
   * incremental listing, and when the last full listing ran.
   */
  private record Listed(Map<String, Node> nodes, OffsetDateTime highWater, Instant lastFull) {
    Listed without(String nodeUuid) {
      if (!nodes.containsKey(nodeUuid)) {
        return this;
      }
      Map<String, Node> copy = new LinkedHashMap<>(nodes);
      copy.remove(nodeUuid);
      return new Listed(copy, highWater, lastFull);
    }
  }

  /** Whether Ironic has the node: get-node succeeds (false on 404; other failures propagate). */
  boolean existsInIronic(String nodeUuid) {
    try {
      lookup.node(nodeUuid);
      return true;
    } catch (IronicNotFoundException e) {
      return false;
    }
  }
}
