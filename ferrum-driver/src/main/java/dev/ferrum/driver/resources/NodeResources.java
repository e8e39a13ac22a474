package dev.ferrum.driver.resources;

import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.PowerState;
import dev.ferrum.ironic.client.model.ProvisionState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The resource-reporting rules of Nova's Ironic driver as pure functions of one node (reference
 * §7).
 *
 * <p>It exists so the rules can be used (and tested) on a node already in hand, without a cache or
 * an Ironic connection; {@link NodeResourceReporter} applies them to the node cache.
 */
public final class NodeResources {

  private static final Pattern NOT_ALNUM = Pattern.compile("[^0-9A-Za-z]+");

  /** The prefix Placement requires for custom resource classes. */
  public static final String CUSTOM_PREFIX = "CUSTOM_";

  private NodeResources() {}

  /**
   * Nova's {@code get_available_resource} dictionary for a node.
   *
   * @param node the node, with at least {@code uuid}, {@code properties} and {@code resource_class}
   * @return the compute-node view of the node (property warnings are logged)
   */
  public static AvailableResource availableResource(Node node) {
    Objects.requireNonNull(node, "node");
    String uuid = Objects.requireNonNull(node.uuid(), "node.uuid");
    NodeProperties props = NodeProperties.parse(uuid, node.properties());
    Map<String, String> stats = new LinkedHashMap<>();
    stats.put("cpu_arch", props.rawCpuArch().orElse(null));
    stats.putAll(props.capabilityStats());
    List<AvailableResource.SupportedInstance> supported =
        props.cpuArch().map(AvailableResource.SupportedInstance::bareMetal).stream().toList();
    return new AvailableResource(uuid, Optional.ofNullable(node.resourceClass()), supported, stats);
  }

  /**
   * Nova's {@code update_provider_tree} result for a node.
   *
   * @param node the node, with {@code uuid}, {@code resource_class}, {@code traits}, {@code
   *     maintenance}, {@code power_state}, {@code provision_state} and {@code instance_uuid}
   * @param skipReserveInUseNodes {@code [workarounds]skip_reserve_in_use_ironic_nodes}
   * @return the inventory (one record of the normalised class) and the node's traits
   * @throws NoResourceClassException if the node has no resource class
   */
  public static ProviderInventory providerInventory(Node node, boolean skipReserveInUseNodes) {
    Objects.requireNonNull(node, "node");
    String uuid = Objects.requireNonNull(node.uuid(), "node.uuid");
    boolean reserved = isReserved(node, skipReserveInUseNodes);
    if (node.resourceClass() == null) {
      throw new NoResourceClassException(uuid);
    }
    String rc = normaliseResourceClass(node.resourceClass());
    Set<String> traits = node.traits() == null ? Set.of() : Set.copyOf(node.traits());
    return new ProviderInventory(uuid, Map.of(rc, InventoryItem.singleNode(reserved)), traits);
  }

  /**
   * Whether a node must be reserved in Placement: when it is unavailable (in maintenance, power
   * state {@code error} or unknown, provision state other than {@code available} or none), or when
   * it carries an instance, unless {@code skipReserveInUseNodes}. Keeping a used node reserved
   * until it is seen {@code available} again stops Placement from offering a node that has just
   * started cleaning.
   *
   * @param node the node
   * @param skipReserveInUseNodes {@code [workarounds]skip_reserve_in_use_ironic_nodes}
   * @return {@code true} to report {@code reserved = 1}
   */
  public static boolean isReserved(Node node, boolean skipReserveInUseNodes) {
    return isUnavailable(node) || (node.instanceUuid() != null && !skipReserveInUseNodes);
  }

  /**
   * Whether a node cannot take a new instance whatever its instance field says.
   *
   * @param node the node
   * @return {@code true} if in maintenance, power {@code error}/unknown, or provision state not
   *     {@code available}/none
   */
  public static boolean isUnavailable(Node node) {
    String power = node.powerState();
    String provision = node.provisionState();
    return node.inMaintenance()
        || power == null
        || PowerState.ERROR.equals(power)
        || (provision != null && !ProvisionState.AVAILABLE.equals(provision));
  }

  /**
   * Turns an Ironic resource class into a Placement custom class: every run of characters outside
   * {@code [0-9A-Za-z]} becomes one {@code _}, the result is upper-cased and always prefixed with
   * {@code CUSTOM_} (even when it already starts with it, as Nova does: {@code CUSTOM_GOLD} becomes
   * {@code CUSTOM_CUSTOM_GOLD}).
   *
   * @param resourceClass the node's resource class
   * @return the Placement resource class
   */
  public static String normaliseResourceClass(String resourceClass) {
    Objects.requireNonNull(resourceClass, "resourceClass");
    return CUSTOM_PREFIX
        + NOT_ALNUM.matcher(resourceClass).replaceAll("_").toUpperCase(Locale.ROOT);
  }
}
