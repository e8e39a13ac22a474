package dev.ferrum.driver.resources;

import dev.ferrum.driver.cache.NodeCache;
import java.util.Objects;

/**
 * Nova's {@code get_available_resource} and {@code update_provider_tree} for one node, reading the
 * node through the {@link NodeCache} as Nova does (reference §7.2–7.3).
 *
 * <p>It exists to pair the pure rules of {@link NodeResources} with Nova's freshness rules: the
 * resource view refreshes an empty cache first, both read the node with the cache's miss-fetch.
 * Thread-safe.
 */
public final class NodeResourceReporter {

  private final NodeCache cache;
  private final boolean skipReserveInUseNodes;

  /**
   * Creates the reporter.
   *
   * @param cache the node cache
   * @param skipReserveInUseNodes {@code [workarounds]skip_reserve_in_use_ironic_nodes}: do not
   *     reserve a node only because it carries an instance
   */
  public NodeResourceReporter(NodeCache cache, boolean skipReserveInUseNodes) {
    this.cache = Objects.requireNonNull(cache, "cache");
    this.skipReserveInUseNodes = skipReserveInUseNodes;
  }

  /**
   * {@code get_available_resource(nodename)}: refreshes an empty cache, reads the node (fetching it
   * on a miss) and describes it.
   *
   * @param nodename the node uuid
   * @return the compute-node view
   * @throws dev.ferrum.driver.VirtDriverNotReadyException if a needed refresh fails
   * @throws dev.ferrum.ironic.client.IronicNotFoundException if the node does not exist
   */
  public AvailableResource availableResource(String nodename) {
    Objects.requireNonNull(nodename, "nodename");
    cache.refreshIfEmpty();
    return NodeResources.availableResource(cache.node(nodename));
  }

  /**
   * {@code update_provider_tree(nodename)}: reads the node (fetching it on a miss) and computes
   * what its resource provider must hold.
   *
   * @param nodename the node uuid
   * @return the inventory and traits that replace the provider's
   * @throws NoResourceClassException if the node has no resource class
   * @throws dev.ferrum.ironic.client.IronicNotFoundException if the node does not exist
   */
  public ProviderInventory providerInventory(String nodename) {
    Objects.requireNonNull(nodename, "nodename");
    return NodeResources.providerInventory(cache.node(nodename), skipReserveInUseNodes);
  }
}
