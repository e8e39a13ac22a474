package dev.ferrum.driver.resources;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a node's Placement resource provider must hold: Nova's {@code update_provider_tree} for one
 * Ironic node (reference §7.3).
 *
 * <p>It exists as a value, not as calls on a provider tree, so the service can apply it to its own
 * Placement model. Both parts <em>replace</em> what the provider held before: the inventory is
 * exactly {@link #inventory()} (no VCPU, MEMORY_MB or DISK_GB), and the traits are exactly {@link
 * #traits()} (old traits removed). The service then adds its own capability traits ({@code
 * COMPUTE_NODE} and the like), as Nova's resource tracker does.
 *
 * @param nodeUuid the node (and resource provider) uuid
 * @param inventory resource class to its record; exactly one entry for an Ironic node
 * @param traits the node's traits, sorted
 */
public record ProviderInventory(
    String nodeUuid, Map<String, InventoryItem> inventory, Set<String> traits) {

  /** Validates and copies the inputs. */
  public ProviderInventory {
    Objects.requireNonNull(nodeUuid, "nodeUuid");
    inventory =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(inventory, "inventory")));
    traits = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(traits, "traits")));
  }
}
