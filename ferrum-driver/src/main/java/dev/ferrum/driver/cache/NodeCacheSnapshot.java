package dev.ferrum.driver.cache;

import dev.ferrum.ironic.client.model.Node;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One immutable state of the node cache: the nodes this service manages, keyed by uuid, and when
 * they were last listed.
 *
 * <p>It exists so readers never see a half-built cache: a refresh builds a new snapshot and swaps
 * it in atomically, and a reader keeps working on the snapshot it took. An index from instance uuid
 * to node is built once per snapshot, so per-instance reads are O(1).
 */
public final class NodeCacheSnapshot {

  /** The snapshot of a cache that has never been filled. */
  public static final NodeCacheSnapshot EMPTY = new NodeCacheSnapshot(Map.of(), Optional.empty());

  private final Map<String, Node> nodes;
  private final Optional<Instant> refreshedAt;
  private final Map<String, Node> byInstance;

  /**
   * Copies the inputs and builds the instance index.
   *
   * @param nodes node uuid to node, in listing order
   * @param refreshedAt when the last refresh (full or incremental listing) finished; empty before
   *     the first
   */
  public NodeCacheSnapshot(Map<String, Node> nodes, Optional<Instant> refreshedAt) {
    this.nodes =
        Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(nodes, "nodes")));
    this.refreshedAt = Objects.requireNonNull(refreshedAt, "refreshedAt");
    Map<String, Node> index = new HashMap<>();
    for (Node n : this.nodes.values()) {
      if (n.instanceUuid() != null) {
        index.putIfAbsent(n.instanceUuid(), n);
      }
    }
    this.byInstance = Collections.unmodifiableMap(index);
  }

  /**
   * The cached nodes.
   *
   * @return node uuid to node, in listing order (unmodifiable)
   */
  public Map<String, Node> nodes() {
    return nodes;
  }

  /**
   * When the last refresh (full or incremental listing) finished.
   *
   * @return the time; empty before the first listing
   */
  public Optional<Instant> refreshedAt() {
    return refreshedAt;
  }

  /**
   * Whether the cache holds no node (Nova refreshes a cache that is empty, whatever the reason).
   *
   * @return {@code true} if empty
   */
  public boolean isEmpty() {
    return nodes.isEmpty();
  }

  /**
   * A cached node.
   *
   * @param nodeUuid the node uuid
   * @return the node, if cached
   */
  public Optional<Node> node(String nodeUuid) {
    return Optional.ofNullable(nodes.get(nodeUuid));
  }

  /**
   * The cached node carrying an instance.
   *
   * @param instanceUuid the instance
   * @return the node, if a cached node carries it
   */
  public Optional<Node> nodeForInstance(String instanceUuid) {
    return Optional.ofNullable(byInstance.get(instanceUuid));
  }

  /**
   * The uuids of the cached nodes.
   *
   * @return the uuids, in listing order
   */
  public List<String> nodeUuids() {
    return List.copyOf(nodes.keySet());
  }

  /**
   * The instance uuids carried by cached nodes.
   *
   * @return the uuids, in node listing order
   */
  public List<String> instanceUuids() {
    return nodes.values().stream().map(Node::instanceUuid).filter(Objects::nonNull).toList();
  }

  /** This snapshot with {@code node} added or replaced (same refresh time). */
  NodeCacheSnapshot with(Node node) {
    Map<String, Node> copy = new LinkedHashMap<>(nodes);
    copy.put(node.uuid(), node);
    return new NodeCacheSnapshot(copy, refreshedAt);
  }

  /** This snapshot without {@code nodeUuid} (same refresh time). */
  NodeCacheSnapshot without(String nodeUuid) {
    if (!nodes.containsKey(nodeUuid)) {
      return this;
    }
    Map<String, Node> copy = new LinkedHashMap<>(nodes);
    copy.remove(nodeUuid);
    return new NodeCacheSnapshot(copy, refreshedAt);
  }
}
