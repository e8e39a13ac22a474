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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
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
 * costs one listing, one service query and one instance query, and O(nodes) work. A miss in {@link
 * #node(String)} fetches the node and adds it under a per-node lock (the same lock {@link
 * #evict(String)} takes), so the cache may briefly hold nodes the ring did not assign here, as in
 * Nova. The {@code §6.5} queries built on the cache live in {@link ManagedNodes}.
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

  /**
   * Creates an empty cache; makes no call (Ironic is first asked on the first refresh or miss).
   *
   * @param client the Ironic client
   * @param settings this host and its shard / conductor group / peer list
   * @param directory compute services, their liveness and this host's instances
   * @param clock the clock stamping refreshes
   */
  public NodeCache(
      IronicClient client, RingSettings settings, ComputeHostDirectory directory, Clock clock) {
    Objects.requireNonNull(client, "client");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.directory = Objects.requireNonNull(directory, "directory");
    this.clock = Objects.requireNonNull(clock, "clock");
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
   * @return the new snapshot, now current
   * @throws VirtDriverNotReadyException if Ironic cannot be listed (any failure, paging included)
   * @throws dev.ferrum.driver.ring.InvalidPeerListException if the peer list is unusable
   */
  public NodeCacheSnapshot refresh() {
    long start = System.nanoTime();
    HashRing ring = refreshRing().toHashRing();
    List<Node> all = listing.list();
    // Only after the listing (bug 1841481): a list read before a slow listing goes stale.
    Set<String> mine = Set.copyOf(directory.instanceUuidsOnHost(settings.host()));
    Map<String, Node> kept = new LinkedHashMap<>();
    for (Node node : all) {
      if (node.uuid() != null
          && NodeOwnership.isManagedHere(
              node.uuid(), node.instanceUuid(), mine, ring, settings.host())) {
        kept.put(node.uuid(), node);
      }
    }
    NodeCacheSnapshot next = new NodeCacheSnapshot(kept, Optional.of(clock.instant()));
    state.set(next);
    LOG.debug(
        "Node cache refreshed: {} of {} listed nodes managed here, in {} ms",
        kept.size(),
        all.size(),
        (System.nanoTime() - start) / 1_000_000);
    return next;
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
    locks.withLock(nodeUuid, () -> state.updateAndGet(s -> s.without(nodeUuid)));
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
