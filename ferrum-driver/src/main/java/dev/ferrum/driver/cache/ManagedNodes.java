package dev.ferrum.driver.cache;

import dev.ferrum.driver.InstanceNotFoundException;
import dev.ferrum.driver.PowerState;
import dev.ferrum.driver.VirtDriverNotReadyException;
import dev.ferrum.ironic.client.model.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The driver's public questions about nodes and instances, answered from the {@link NodeCache}
 * exactly when Nova answers them from its cache and from Ironic when Nova asks Ironic (reference
 * §6.5).
 *
 * <p>It exists because each question has its own freshness rule, and getting one wrong has
 * consequences: {@link #availableNodes()} always refreshes (it drives the resource tracker and node
 * rebalancing), instance listings refresh only an empty cache, {@link #isNodeDeleted(String)}
 * always asks Ironic (a compute node is deleted only if its Ironic node is really gone), and {@link
 * #nodeForInstance(String, boolean)} can bypass the cache so a stale entry never makes a fresh
 * instance look powered off. Thread-safe.
 */
public final class ManagedNodes {

  private static final Logger LOG = LoggerFactory.getLogger(ManagedNodes.class);

  private final NodeCache cache;

  /**
   * Creates the queries over a cache.
   *
   * @param cache the node cache
   */
  public ManagedNodes(NodeCache cache) {
    this.cache = Objects.requireNonNull(cache, "cache");
  }

  /**
   * {@code get_available_nodes}: always refreshes the cache, then returns the managed node uuids.
   *
   * @return the node uuids, in listing order
   * @throws VirtDriverNotReadyException if Ironic cannot be listed
   */
  public List<String> availableNodes() {
    return cache.refresh().nodeUuids();
  }

  /**
   * {@code get_nodenames_by_uuid}: always refreshes; the compute node uuid, its hypervisor host
   * name and the Ironic node uuid are one and the same.
   *
   * @return node uuid to node uuid, in listing order
   * @throws VirtDriverNotReadyException if Ironic cannot be listed
   */
  public Map<String, String> nodenamesByUuid() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String uuid : cache.refresh().nodeUuids()) {
      out.put(uuid, uuid);
    }
    return out;
  }

  /**
   * {@code list_instance_uuids}: refreshes only an empty cache.
   *
   * @return the instance uuids carried by managed nodes
   * @throws VirtDriverNotReadyException if a needed refresh cannot list Ironic
   */
  public List<String> instanceUuids() {
    return cache.refreshIfEmpty().instanceUuids();
  }

  /**
   * {@code get_num_instances}: counts from the cache, no database read per instance.
   *
   * @return the number of instances on managed nodes
   * @throws VirtDriverNotReadyException if a needed refresh cannot list Ironic
   */
  public int numInstances() {
    return instanceUuids().size();
  }

  /**
   * {@code list_instances}: the instance uuids mapped to names by the caller's database.
   *
   * @param nameOfInstance the instance name for an uuid (one database read each)
   * @return the names, in node listing order
   * @throws VirtDriverNotReadyException if a needed refresh cannot list Ironic (before any name
   *     lookup)
   */
  public List<String> instanceNames(Function<String, String> nameOfInstance) {
    Objects.requireNonNull(nameOfInstance, "nameOfInstance");
    return instanceUuids().stream().map(nameOfInstance).toList();
  }

  /**
   * {@code node_is_available}: refreshes an empty cache; a cached node is available, otherwise
   * Ironic is asked (get-node).
   *
   * @param nodeUuid the node
   * @return {@code true} if managed here or known to Ironic; {@code false} if Ironic answers 404
   * @throws VirtDriverNotReadyException if a needed refresh cannot list Ironic
   * @throws dev.ferrum.ironic.client.IronicException on another get-node failure
   */
  public boolean nodeIsAvailable(String nodeUuid) {
    Objects.requireNonNull(nodeUuid, "nodeUuid");
    if (cache.refreshIfEmpty().node(nodeUuid).isPresent()) {
      return true;
    }
    return cache.existsInIronic(nodeUuid);
  }

  /**
   * {@code is_node_deleted}: asks Ironic, never the cache.
   *
   * @param nodeUuid the node
   * @return {@code true} only if Ironic answers 404
   * @throws dev.ferrum.ironic.client.IronicException on another get-node failure
   */
  public boolean isNodeDeleted(String nodeUuid) {
    Objects.requireNonNull(nodeUuid, "nodeUuid");
    return !cache.existsInIronic(nodeUuid);
  }

  /**
   * {@code instance_exists}: one lookup-by-instance.
   *
   * @param instanceUuid the instance
   * @return whether a node carries it
   * @throws AmbiguousInstanceNodeException if several nodes carry it
   * @throws dev.ferrum.ironic.client.IronicException on an HTTP failure
   */
  public boolean instanceExists(String instanceUuid) {
    try {
      cache.lookup().byInstance(instanceUuid);
      return true;
    } catch (InstanceNotFoundException e) {
      return false;
    }
  }

  /**
   * The node {@code get_info} reads. With {@code useCache}: refreshes an empty cache, takes the
   * cached node carrying the instance, else falls back to a lookup-by-instance. Without: one
   * lookup-by-instance, whatever the cache holds.
   *
   * @param instanceUuid the instance
   * @param useCache whether a cached node may answer
   * @return the node, or empty if no node carries the instance
   * @throws VirtDriverNotReadyException if a needed refresh cannot list Ironic
   * @throws dev.ferrum.ironic.client.IronicException on an HTTP failure of the lookup
   */
  public Optional<Node> nodeForInstance(String instanceUuid, boolean useCache) {
    Objects.requireNonNull(instanceUuid, "instanceUuid");
    if (useCache) {
      Optional<Node> cached = cache.refreshIfEmpty().nodeForInstance(instanceUuid);
      if (cached.isPresent()) {
        return cached;
      }
    }
    try {
      return Optional.of(cache.lookup().byInstance(instanceUuid));
    } catch (InstanceNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code get_info}: the instance's power state as Nova knows it.
   *
   * @param instanceUuid the instance
   * @param useCache whether a cached node may answer (see {@link #nodeForInstance(String,
   *     boolean)})
   * @return the mapped power state; {@link PowerState#NOSTATE} if no node carries the instance
   */
  public PowerState powerState(String instanceUuid, boolean useCache) {
    return nodeForInstance(instanceUuid, useCache)
        .map(n -> ManagedNodes.powerOf(n))
        .orElse(PowerState.NOSTATE);
  }

  private static PowerState powerOf(Node node) {
    PowerState state = PowerState.fromIronic(node.powerState());
    if (state == PowerState.NOSTATE && node.powerState() != null) {
      LOG.warn(
          "Power state '{}' of node {} is not in the Ironic-to-Nova map; reporting NOSTATE",
          node.powerState(),
          node.uuid());
    }
    return state;
  }
}
