package dev.ferrum.driver;

import dev.ferrum.driver.cache.ComputeHostDirectory;
import dev.ferrum.driver.cache.ManagedNodes;
import dev.ferrum.driver.cache.NodeCache;
import dev.ferrum.driver.cache.NodeLookup;
import dev.ferrum.driver.configdrive.ConfigDriveWriter;
import dev.ferrum.driver.configdrive.NetworkMetadata;
import dev.ferrum.driver.console.ConsoleEndpoint;
import dev.ferrum.driver.console.ConsoleStateWaiter;
import dev.ferrum.driver.console.NodeConsoles;
import dev.ferrum.driver.internal.ConfigDrives;
import dev.ferrum.driver.internal.DeployCleanup;
import dev.ferrum.driver.internal.Deployer;
import dev.ferrum.driver.internal.DriverCapabilities;
import dev.ferrum.driver.internal.PowerControl;
import dev.ferrum.driver.internal.Rescuer;
import dev.ferrum.driver.internal.SoleHostDirectory;
import dev.ferrum.driver.internal.Unprovisioner;
import dev.ferrum.driver.internal.VifPlugger;
import dev.ferrum.driver.internal.VolumeSupport;
import dev.ferrum.driver.resources.AvailableResource;
import dev.ferrum.driver.resources.NodeResourceReporter;
import dev.ferrum.driver.resources.ProviderInventory;
import dev.ferrum.driver.watch.NodeWatcher;
import dev.ferrum.driver.watch.WatcherConsoleStateWaiter;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.PortQuery;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nova's Ironic compute driver in Java: provisions bare-metal instances through the Ironic API.
 *
 * <p>Exists as the single {@link ComputeDriver} Ferrum ships. Behaviour follows Nova's {@code
 * nova.virt.ironic.driver} method by method (see {@code reference/nova-ironic-driver.md}); the
 * deliberate differences are listed in {@code ferrum-driver/README.md} ("Differences from Nova")
 * and on the internal classes that implement them. Every wait goes through one shared {@link
 * NodeWatcher}. Thread-safe; {@link #close()} stops the watcher (not the client, which the caller
 * owns).
 *
 * <pre>{@code
 * try (IronicDriver driver = IronicDriver.builder(client, IronicDriverConfig.defaults("host1")).build()) {
 *   driver.prepareForSpawn(instance);
 *   driver.spawn(SpawnRequest.of(instance, image, network), hooks);
 * }
 * }</pre>
 */
public final class IronicDriver implements ComputeDriver {

  private static final Logger LOG = LoggerFactory.getLogger(IronicDriver.class);

  private final IronicClient ironic;
  private final IronicDriverConfig config;
  private final NodeWatcher watcher;
  private final boolean ownsWatcher;
  private final NodeLookup lookup;
  private final DeployCleanup cleanup;
  private final VolumeSupport volumes;
  private final VifPlugger vifs;
  private final Deployer deployer;
  private final Unprovisioner unprovisioner;
  private final PowerControl power;
  private final Rescuer rescuer;
  private final NodeCache cache;
  private final ManagedNodes managed;
  private final NodeResourceReporter resources;
  private final NodeConsoles consoles;

  private IronicDriver(Builder b) {
    IronicClient ironic = b.ironic;
    this.ironic = ironic;
    this.config = b.config;
    this.ownsWatcher = b.watcher == null;
    this.watcher =
        ownsWatcher
            ? NodeWatcher.create(
                ironic,
                config.apiRetryInterval(),
                config.watchListThreshold(),
                config.conductorGroup(),
                config.shard())
            : b.watcher;
    this.lookup = new NodeLookup(ironic.nodes());
    this.cleanup = new DeployCleanup(ironic);
    this.volumes = new VolumeSupport(ironic, lookup);
    this.vifs = new VifPlugger(ironic);
    ConfigDrives drives =
        new ConfigDrives(
            ironic, b.configDriveBuilder, config.forceConfigDrive(), config.configDriveJson());
    this.deployer =
        new Deployer(
            ironic,
            lookup,
            cleanup,
            volumes,
            drives,
            watcher,
            config.defaultEphemeralFormat(),
            config.deployTimeout());
    this.cache =
        new NodeCache(
            ironic,
            config.ringSettings(),
            b.hostDirectory != null
                ? b.hostDirectory
                : new SoleHostDirectory(ironic, config.host()),
            Clock.systemUTC(),
            config.refreshPolicy());
    this.managed = new ManagedNodes(cache);
    this.resources = new NodeResourceReporter(cache, config.skipReserveInUseNodes());
    ConsoleStateWaiter consoleWaiter =
        b.consoleWaiter != null ? b.consoleWaiter : new WatcherConsoleStateWaiter(watcher);
    this.consoles = new NodeConsoles(ironic.nodes(), consoleWaiter, config.consoleSettings());
    Consumer<String> evict = cache::evict;
    this.unprovisioner =
        new Unprovisioner(
            ironic,
            lookup,
            cleanup,
            watcher,
            config.apiMaxRetries(),
            evict.andThen(b.onUnprovisioned));
    this.power = new PowerControl(ironic, lookup, watcher, config.powerTimeout());
    this.rescuer = new Rescuer(ironic, watcher, config.rescueTimeout());
  }

  /** A builder for a driver over {@code ironic} with {@code config}. */
  public static Builder builder(IronicClient ironic, IronicDriverConfig config) {
    return new Builder(ironic, config);
  }

  /**
   * Stops every wait on the instance's node now (e.g. the user deleted it while it deploys); the
   * waiting operation fails ("provisioning was aborted" for a deploy). Without this, the deploy
   * wait notices the deletion at its next poll through {@link InstanceHooks#refresh()}.
   *
   * @return how many waits were cancelled
   */
  public int cancelWaits(String instanceUuid, String reason) {
    return watcher.cancel(dev.ferrum.driver.watch.WatchTarget.instance(instanceUuid), reason);
  }

  /** The configuration in use. */
  public IronicDriverConfig config() {
    return config;
  }

  @Override
  public String hypervisorType() {
    return "ironic";
  }

  @Override
  public int hypervisorVersion() {
    return 1;
  }

  @Override
  public boolean rebalancesNodes() {
    return true;
  }

  @Override
  public Map<String, Boolean> capabilities() {
    return DriverCapabilities.IRONIC;
  }

  @Override
  public void initHost() {
    cache.refreshRing();
  }

  @Override
  public List<String> availableNodes() {
    return managed.availableNodes();
  }

  @Override
  public Map<String, String> nodenamesByUuid() {
    return managed.nodenamesByUuid();
  }

  @Override
  public List<String> listInstanceUuids() {
    return managed.instanceUuids();
  }

  @Override
  public List<String> listInstances(Function<String, String> nameOfInstance) {
    return managed.instanceNames(nameOfInstance);
  }

  @Override
  public int numInstances() {
    return managed.numInstances();
  }

  @Override
  public AvailableResource availableResource(String nodename) {
    return resources.availableResource(nodename);
  }

  @Override
  public ProviderInventory providerInventory(String nodename) {
    return resources.providerInventory(nodename);
  }

  @Override
  public boolean nodeIsAvailable(String nodeUuid) {
    return managed.nodeIsAvailable(nodeUuid);
  }

  @Override
  public boolean isNodeDeleted(String nodeUuid) {
    return managed.isNodeDeleted(nodeUuid);
  }

  @Override
  public boolean instanceExists(InstanceSpec instance) {
    return managed.instanceExists(instance.uuid());
  }

  @Override
  public InstanceInfo getInfo(InstanceSpec instance, boolean useCache) {
    return new InstanceInfo(managed.powerState(instance.uuid(), useCache));
  }

  @Override
  public void prepareForSpawn(InstanceSpec instance) {
    deployer.prepareForSpawn(instance);
  }

  @Override
  public void prepareNetworksBeforeBlockDeviceMapping(InstanceSpec instance, NetworkInfo network) {
    Node node = lookup.node(nodeOf(instance));
    for (NetworkMetadata.Vif vif : network.vifs()) {
      vifs.plug(node.uuid(), instance.uuid(), vif.id());
    }
  }

  @Override
  public void cleanNetworksPreparation(InstanceSpec instance, NetworkInfo network) {
    try {
      unplugVifs(instance, network);
    } catch (RuntimeException e) {
      LOG.warn(
          "Error detaching VIFs from the node of instance {} after a failed build: {}",
          instance.uuid(),
          e.getMessage());
    }
  }

  @Override
  public void failedSpawnCleanup(InstanceSpec instance) {
    deployer.failedSpawnCleanup(instance);
  }

  @Override
  public void spawn(SpawnRequest request, InstanceHooks hooks) {
    deployer.spawn(request, Objects.requireNonNull(hooks, "hooks"));
  }

  @Override
  public void rebuild(RebuildRequest request, InstanceHooks hooks) {
    deployer.rebuild(request, Objects.requireNonNull(hooks, "hooks"));
  }

  @Override
  public void destroy(InstanceSpec instance, NetworkInfo network) {
    unprovisioner.destroy(instance.uuid(), network);
  }

  @Override
  public void reboot(InstanceSpec instance, RebootType type) {
    power.reboot(instance.uuid(), Objects.requireNonNull(type, "type"));
  }

  @Override
  public void powerOff(InstanceSpec instance, Duration softTimeout) {
    power.powerOff(instance.uuid(), Objects.requireNonNull(softTimeout, "softTimeout"));
  }

  @Override
  public void powerOn(InstanceSpec instance) {
    power.powerOn(instance.uuid());
  }

  @Override
  public void triggerCrashDump(InstanceSpec instance) {
    power.crashDump(instance.uuid());
  }

  @Override
  public PowerUpdate powerUpdateEvent(InstanceSpec instance, PowerState target) {
    return target == PowerState.RUNNING
        ? new PowerUpdate(PowerState.RUNNING, "active", "powering-on")
        : new PowerUpdate(PowerState.SHUTDOWN, "stopped", "powering-off");
  }

  @Override
  public void rescue(InstanceSpec instance, String rescuePassword) {
    rescuer.rescue(instance, rescuePassword);
  }

  @Override
  public void unrescue(InstanceSpec instance) {
    rescuer.unrescue(instance);
  }

  @Override
  public void plugVifs(InstanceSpec instance, NetworkInfo network) {
    LOG.debug("plug_vifs is a no-op for Ironic (instance {})", instance.uuid());
  }

  @Override
  public void unplugVifs(InstanceSpec instance, NetworkInfo network) {
    Node node = lookup.node(nodeOf(instance));
    cleanup.unplug(node.uuid(), network);
  }

  @Override
  public void attachInterface(InstanceSpec instance, NetworkMetadata.Vif vif) {
    Node node = lookup.node(nodeOf(instance));
    vifs.plug(node.uuid(), instance.uuid(), vif.id());
  }

  @Override
  public void detachInterface(InstanceSpec instance, NetworkMetadata.Vif vif) {
    unplugVifs(instance, NetworkInfo.of(vif));
  }

  @Override
  public List<NodeInterface> nodeInterfaces(String nodeUuid) {
    return ironic.ports().list(PortQuery.byNode(nodeUuid)).stream()
        .filter(p -> p.address() != null)
        .map(p ->
            new NodeInterface(
                p.uuid(),
                p.address().toLowerCase(java.util.Locale.ROOT),
                p.physicalNetwork(),
                p.portgroupUuid()))
        .toList();
  }

  @Override
  public VolumeConnector getVolumeConnector(InstanceSpec instance, NetworkInfo network) {
    nodeOf(instance);
    return volumes.connector(instance, network);
  }

  @Override
  public Optional<String> networkBindingHostId(InstanceSpec instance) {
    return Optional.empty();
  }

  @Override
  public boolean managesNetworkBindingHostId() {
    return true;
  }

  @Override
  public ConsoleEndpoint.Serial serialConsole(InstanceSpec instance) {
    return consoles.serialConsole(instance.uuid());
  }

  @Override
  public ConsoleEndpoint.Vnc vncConsole(InstanceSpec instance) {
    return consoles.vncConsole(instance.uuid(), nodeOf(instance));
  }

  @Override
  public void close() {
    if (ownsWatcher) {
      watcher.close();
    }
  }

  private static String nodeOf(InstanceSpec instance) {
    if (instance.node() == null || instance.node().isEmpty()) {
      throw new DriverException("Instance " + instance.uuid() + " has no Ironic node");
    }
    return instance.node();
  }

  /** Collects the driver's collaborators; not thread-safe. */
  public static final class Builder {
    private final IronicClient ironic;
    private final IronicDriverConfig config;
    private NodeWatcher watcher;
    private ConfigDriveBuilder configDriveBuilder =
        ConfigDriveBuilder.using(ConfigDriveWriter.withDefaults("Ferrum"));
    private Consumer<String> onUnprovisioned = node -> {};
    private ComputeHostDirectory hostDirectory;
    private ConsoleStateWaiter consoleWaiter;

    private Builder(IronicClient ironic, IronicDriverConfig config) {
      this.ironic = Objects.requireNonNull(ironic, "ironic");
      this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Uses this watcher (e.g. with a test clock) instead of creating one from the configuration;
     * the driver then does not close it.
     */
    public Builder watcher(NodeWatcher v) {
      watcher = Objects.requireNonNull(v, "watcher");
      return this;
    }

    /** How config drives are built (default: ISO via {@link ConfigDriveWriter}). */
    public Builder configDriveBuilder(ConfigDriveBuilder v) {
      configDriveBuilder = Objects.requireNonNull(v, "configDriveBuilder");
      return this;
    }

    /** Told the node UUID after each finished tear-down (e.g. to evict a node cache). */
    public Builder onUnprovisioned(Consumer<String> v) {
      onUnprovisioned = Objects.requireNonNull(v, "onUnprovisioned");
      return this;
    }

    /**
     * The compute services and this host's instances, for node ownership (default: this host is the
     * only ironic compute and owns every instance found on a node).
     */
    public Builder hostDirectory(ComputeHostDirectory v) {
      hostDirectory = Objects.requireNonNull(v, "hostDirectory");
      return this;
    }

    /** How console-mode waits are done (default: through the shared node watcher). */
    public Builder consoleWaiter(ConsoleStateWaiter v) {
      consoleWaiter = Objects.requireNonNull(v, "consoleWaiter");
      return this;
    }

    /** The driver. */
    public IronicDriver build() {
      return new IronicDriver(this);
    }
  }
}
