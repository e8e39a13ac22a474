package dev.ferrum.driver;

import dev.ferrum.driver.configdrive.NetworkMetadata;
import dev.ferrum.driver.console.ConsoleEndpoint;
import dev.ferrum.driver.resources.AvailableResource;
import dev.ferrum.driver.resources.ProviderInventory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a compute manager asks of a hypervisor driver (Nova's {@code ComputeDriver}), in Java terms.
 *
 * <p>Exists so the manager (Ferrum's service, or an embedding platform) depends on one contract,
 * not on Ironic: build and tear down instances, power and rescue them, wire their networks and
 * volumes, and answer questions about nodes and instances. Calls block (run them on virtual
 * threads) and report failures as {@link DriverException} subclasses named after Nova's outcomes;
 * Ironic client errors the driver does not interpret propagate as the client's exceptions, as in
 * Nova. Implementations are thread-safe.
 */
public interface ComputeDriver extends AutoCloseable {

  /** The hypervisor type reported for compute nodes ({@code ironic}). */
  String hypervisorType();

  /** The hypervisor version reported for compute nodes. */
  int hypervisorVersion();

  /** Whether compute nodes may move between compute services (hash-ring rebalancing). */
  boolean rebalancesNodes();

  /** The driver's capability flags ({@code supports_attach_interface}...), Nova's names. */
  Map<String, Boolean> capabilities();

  // ---- nodes and instances -------------------------------------------------------------------

  /** Prepares the service at start-up: rebuilds node-ownership membership (no node listing). */
  void initHost();

  /**
   * The nodes this service manages, refreshed from Ironic on every call.
   *
   * @throws VirtDriverNotReadyException when Ironic cannot be listed
   */
  List<String> availableNodes();

  /** {@code {uuid: uuid}} of {@link #availableNodes()} (compute node name = node UUID). */
  Map<String, String> nodenamesByUuid();

  /** Instances on the managed nodes (from the cache; refreshed only when it is empty). */
  List<String> listInstanceUuids();

  /** Names of the instances on the managed nodes, resolved by {@code nameOfInstance}. */
  List<String> listInstances(Function<String, String> nameOfInstance);

  /** How many instances the managed nodes carry, without resolving names. */
  int numInstances();

  /** The resource view of one node (Nova's {@code get_available_resource}). */
  AvailableResource availableResource(String nodename);

  /**
   * The node's provider inventory and traits, to replace the provider's (Nova's {@code
   * update_provider_tree}).
   */
  ProviderInventory providerInventory(String nodename);

  /** Whether the node can be used by this service (known, or still present in Ironic). */
  boolean nodeIsAvailable(String nodeUuid);

  /** Whether the node is gone from Ironic (guards deleting its compute-node record). */
  boolean isNodeDeleted(String nodeUuid);

  /** Whether some node carries the instance. */
  boolean instanceExists(InstanceSpec instance);

  /**
   * The instance's power state; an instance on no node is {@link PowerState#NOSTATE}.
   *
   * @param useCache {@code false} forces a live read (use before acting on the answer)
   */
  InstanceInfo getInfo(InstanceSpec instance, boolean useCache);

  // ---- build -----------------------------------------------------------------------------------

  /**
   * Reserves the instance's node before anything else is prepared.
   *
   * @throws ComputeResourcesUnavailableException the node is taken or unavailable: reschedule
   */
  void prepareForSpawn(InstanceSpec instance);

  /** Attaches the VIFs before volumes are connected (storage networks need them bound). */
  void prepareNetworksBeforeBlockDeviceMapping(InstanceSpec instance, NetworkInfo network);

  /** Undoes {@link #prepareNetworksBeforeBlockDeviceMapping}; never throws. */
  void cleanNetworksPreparation(InstanceSpec instance, NetworkInfo network);

  /**
   * Undoes {@link #prepareForSpawn} after a failure before spawn.
   *
   * @throws DriverException the node could not be released: it still carries the instance, call
   *     again later
   */
  void failedSpawnCleanup(InstanceSpec instance);

  /**
   * Deploys the instance and blocks until it is active.
   *
   * @throws InstanceDeployFailureException the deploy failed (reschedule)
   * @throws BuildAbortedException the deploy cannot succeed anywhere (no reschedule)
   * @throws NodeValidationException the node failed validation
   * @throws InstanceNotFoundException Ironic tore the instance down meanwhile
   */
  void spawn(SpawnRequest request, InstanceHooks hooks);

  /** Redeploys the instance in place and blocks until it is active again. */
  void rebuild(RebuildRequest request, InstanceHooks hooks);

  /**
   * Destroys the instance's deployment; an instance no node carries is already destroyed.
   *
   * @param network the VIFs to detach when no tear-down is needed
   * @throws DriverException the tear-down did not finish in time, or a node that needed no
   *     tear-down could not be released; the instance is not destroyed, call again later
   */
  void destroy(InstanceSpec instance, NetworkInfo network);

  // ---- power and rescue ------------------------------------------------------------------------

  /** Reboots; a soft reboot the hardware cannot do becomes a hard one. */
  void reboot(InstanceSpec instance, RebootType type);

  /**
   * Powers off.
   *
   * @param softTimeout positive: try a soft power-off for this long first; zero: hard at once
   */
  void powerOff(InstanceSpec instance, Duration softTimeout);

  /** Powers on. */
  void powerOn(InstanceSpec instance);

  /** Injects a non-maskable interrupt (crash dump). */
  void triggerCrashDump(InstanceSpec instance);

  /**
   * The state an out-of-band power change implies; makes no Ironic call.
   *
   * @param target {@link PowerState#RUNNING} for a power-on event, otherwise a power-off event
   */
  PowerUpdate powerUpdateEvent(InstanceSpec instance, PowerState target);

  /** Boots the rescue ramdisk with this password and waits for it. */
  void rescue(InstanceSpec instance, String rescuePassword);

  /** Leaves rescue and waits for the instance to be active. */
  void unrescue(InstanceSpec instance);

  // ---- networks and volumes --------------------------------------------------------------------

  /** Nova calls this on every start; a no-op for Ironic (VIFs stay attached). */
  void plugVifs(InstanceSpec instance, NetworkInfo network);

  /** Detaches the VIFs (a VIF that is not attached is fine). */
  void unplugVifs(InstanceSpec instance, NetworkInfo network);

  /** Attaches one more VIF to a running instance. */
  void attachInterface(InstanceSpec instance, NetworkMetadata.Vif vif);

  /** Detaches one VIF from a running instance. */
  void detachInterface(InstanceSpec instance, NetworkMetadata.Vif vif);

  /** How Cinder should export volumes to the instance's node. */
  VolumeConnector getVolumeConnector(InstanceSpec instance, NetworkInfo network);

  /**
   * The {@code binding:host_id} for the instance's Neutron ports: empty, because Ironic binds them
   * itself once the node is off the provisioning network.
   */
  Optional<String> networkBindingHostId(InstanceSpec instance);

  /** Whether the driver decides port binding hosts itself (true for Ironic). */
  boolean managesNetworkBindingHostId();

  /**
   * The node's network interfaces in the order Ironic lists them, so that the compute service can
   * give each of a server's network ports the MAC of a NIC wired to the port's physical network.
   *
   * @param nodeUuid the node
   * @return its interfaces; empty when it has none
   */
  List<NodeInterface> nodeInterfaces(String nodeUuid);

  // ---- consoles --------------------------------------------------------------------------------

  /**
   * The serial console (socat) after resetting an enabled console; a disabled console is never
   * enabled here.
   *
   * @throws ConsoleUnavailableException when no serial console can be offered
   */
  ConsoleEndpoint.Serial serialConsole(InstanceSpec instance);

  /**
   * The VNC console, enabling it if needed.
   *
   * @throws ConsoleUnavailableException when no VNC console can be offered
   */
  ConsoleEndpoint.Vnc vncConsole(InstanceSpec instance);

  /** Stops background work (the node watcher). */
  @Override
  void close();
}
