/**
 * Resource reporting for Ironic nodes, as Nova's Ironic driver does it (reference §7): what a node
 * looks like to the resource tracker and to Placement.
 *
 * <p>Why a package of its own: the rules are small but easy to get subtly wrong (a node with an
 * instance must stay reserved, the resource class always gets a {@code CUSTOM_} prefix, traits are
 * replaced, not merged), and they are pure functions of one node, so they are kept away from I/O
 * and tested exhaustively. No Nova or Placement types appear here: results are plain records that
 * the service maps onto its own compute-node row and provider tree.
 *
 * <p>Public API:
 *
 * <ul>
 *   <li>{@link dev.ferrum.driver.resources.NodeResourceReporter} — {@code
 *       availableResource(nodename)} ({@code get_available_resource}) and {@code
 *       providerInventory(nodename)} ({@code update_provider_tree}), reading the node through the
 *       {@link dev.ferrum.driver.cache.NodeCache};
 *   <li>{@link dev.ferrum.driver.resources.NodeResources} — the same computations on a node already
 *       in hand, plus {@code isReserved} and {@code normaliseResourceClass};
 *   <li>{@link dev.ferrum.driver.resources.NodeProperties} — {@code node.properties} parsing with
 *       its warnings;
 *   <li>results: {@link dev.ferrum.driver.resources.AvailableResource}, {@link
 *       dev.ferrum.driver.resources.ProviderInventory}, {@link
 *       dev.ferrum.driver.resources.InventoryItem};
 *   <li>failure: {@link dev.ferrum.driver.resources.NoResourceClassException}.
 * </ul>
 */
package dev.ferrum.driver.resources;
