package dev.ferrum.service.compute.internal;

import dev.ferrum.driver.ComputeDriver;
import dev.ferrum.driver.DriverException;
import dev.ferrum.driver.resources.AvailableResource;
import dev.ferrum.driver.resources.InventoryItem;
import dev.ferrum.driver.resources.ProviderInventory;
import dev.ferrum.service.compute.Hypervisor;
import dev.ferrum.service.store.NodeClaim;
import dev.ferrum.service.store.NodeClaimRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nodes this service manages as hypervisors, refreshed by the periodic node refresh (which also
 * refreshes the driver's node cache). Kept so that {@code os-hypervisors} answers from memory
 * instead of listing Ironic on every request.
 */
public final class NodeInventory {
  private static final Logger LOG = LoggerFactory.getLogger(NodeInventory.class);

  private final ComputeDriver driver;
  private final NodeClaimRepository claims;
  private final AtomicReference<List<Hypervisor>> current = new AtomicReference<>();

  /**
   * Creates an empty inventory.
   *
   * @param driver the driver
   * @param claims the claim table
   */
  public NodeInventory(ComputeDriver driver, NodeClaimRepository claims) {
    this.driver = driver;
    this.claims = claims;
  }

  /**
   * Lists the nodes again from Ironic.
   *
   * @return the new view
   */
  public List<Hypervisor> refresh() {
    List<String> nodes = driver.availableNodes();
    Map<String, String> claimed =
        claims.list().stream()
            .collect(Collectors.toMap(NodeClaim::nodeUuid, NodeClaim::serverUuid, (a, b) -> a));
    List<Hypervisor> out = new ArrayList<>();
    for (String node : nodes) {
      Optional<String> rc = Optional.empty();
      boolean usable = false;
      Map<String, String> stats = Map.of();
      try {
        AvailableResource res = driver.availableResource(node);
        rc = res.resourceClass();
        stats = res.stats();
        ProviderInventory inv = driver.providerInventory(node);
        for (InventoryItem item : inv.inventory().values()) {
          usable |= item.reserved() < item.total();
        }
      } catch (DriverException e) {
        LOG.debug("node {}: {}", node, e.getMessage());
      }
      String instance = claimed.get(node);
      out.add(
          new Hypervisor(
              node, rc, usable && instance == null, Optional.ofNullable(instance), stats));
    }
    out.sort(Comparator.comparing(Hypervisor::nodeUuid));
    current.set(List.copyOf(out));
    return current.get();
  }

  /**
   * The last view, refreshed first when there is none yet.
   *
   * @return the hypervisors, by node UUID
   */
  public List<Hypervisor> snapshot() {
    List<Hypervisor> v = current.get();
    return v != null ? v : refresh();
  }

  /**
   * Indexes a view by node.
   *
   * @param view the hypervisors
   * @return node UUID to hypervisor
   */
  public static Map<String, Hypervisor> byNode(List<Hypervisor> view) {
    return view.stream().collect(Collectors.toMap(Hypervisor::nodeUuid, Function.identity()));
  }
}
