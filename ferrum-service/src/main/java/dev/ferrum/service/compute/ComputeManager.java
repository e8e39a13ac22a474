package dev.ferrum.service.compute;

import dev.ferrum.driver.ComputeDriver;
import dev.ferrum.driver.DriverException;
import dev.ferrum.driver.RebootType;
import dev.ferrum.driver.console.ConsoleEndpoint;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.service.ConflictException;
import dev.ferrum.service.compute.internal.ActionLog;
import dev.ferrum.service.compute.internal.BuildRunner;
import dev.ferrum.service.compute.internal.Engine;
import dev.ferrum.service.compute.internal.NodeInventory;
import dev.ferrum.service.compute.internal.PeriodicTasks;
import dev.ferrum.service.compute.internal.Reconciler;
import dev.ferrum.service.compute.internal.Scheduler;
import dev.ferrum.service.compute.internal.ServerActions;
import dev.ferrum.service.compute.internal.ServerNetworks;
import dev.ferrum.service.compute.internal.Tasks;
import dev.ferrum.service.network.NetworkBackend;
import dev.ferrum.service.network.NetworkBackends;
import dev.ferrum.service.network.NetworkConflictException;
import dev.ferrum.service.store.Database;
import dev.ferrum.service.store.ExpectedTaskState;
import dev.ferrum.service.store.Image;
import dev.ferrum.service.store.Server;
import dev.ferrum.service.store.VmState;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compute manager: the only way servers change state. It exists so that the REST API never
 * talks to the driver itself: every operation checks the server's state like Nova, records the task
 * state and the instance action before the driver is called, runs the driver call on a virtual
 * thread, and records the outcome. Starting it reconciles what a previous process left in flight
 * and starts the periodic tasks.
 *
 * <p>Thread-safe. Callers must have checked that the caller may see the server (project scoping is
 * the API's job).
 */
public final class ComputeManager implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ComputeManager.class);
  private static final String PASSWORD_CHARS =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final int PASSWORD_LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final java.time.Duration CONSOLE_ENABLE_BUDGET = java.time.Duration.ofSeconds(10);
  private static final java.time.Duration CONSOLE_POLL = java.time.Duration.ofMillis(50);

  private final Engine engine;
  private final BuildRunner builds;
  private final ServerActions actions;
  private final NodeInventory inventory;
  private final PeriodicTasks periodic;
  private final Reconciler reconciler;

  private ComputeManager(Engine engine) {
    this.engine = engine;
    this.builds = new BuildRunner(engine);
    this.actions = new ServerActions(engine);
    this.inventory = new NodeInventory(engine.driver(), engine.db().nodeClaims());
    this.reconciler = new Reconciler(engine, actions);
    this.periodic = new PeriodicTasks(engine, inventory, reconciler::sweepPorts);
  }

  /**
   * Creates the manager, reconciles the servers of {@code host} with Ironic, refreshes the node
   * inventory and starts the periodic tasks.
   *
   * @param database the database
   * @param driver the compute driver (closed by the caller)
   * @param ironic the Ironic client, used to resume interrupted builds; may be {@code null}
   * @param settings the tunables
   * @param host this service's host name (servers it manages carry it)
   * @param clock the clock
   * @return the running manager
   */
  public static ComputeManager start(
      Database database,
      ComputeDriver driver,
      IronicClient ironic,
      ComputeSettings settings,
      String host,
      Clock clock) {
    return start(
        database, driver, ironic, NetworkBackends.builtin(database, clock), settings, host, clock);
  }

  /**
   * Creates the manager with a network backend, reconciles the servers of {@code host} with Ironic,
   * refreshes the node inventory and starts the periodic tasks.
   *
   * @param database the database
   * @param driver the compute driver (closed by the caller)
   * @param ironic the Ironic client, used to resume interrupted builds; may be {@code null}
   * @param networks the network service that gives servers their ports and addresses
   * @param settings the tunables
   * @param host this service's host name (servers it manages carry it)
   * @param clock the clock
   * @return the running manager
   */
  public static ComputeManager start(
      Database database,
      ComputeDriver driver,
      IronicClient ironic,
      NetworkBackend networks,
      ComputeSettings settings,
      String host,
      Clock clock) {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(networks, "networks");
    Objects.requireNonNull(driver, "driver");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(clock, "clock");
    Engine engine =
        new Engine(
            database,
            driver,
            settings,
            clock,
            host,
            new Tasks(),
            new ActionLog(database.actions(), clock),
            new Scheduler(driver, database.nodeClaims(), clock),
            ironic,
            new ServerNetworks(networks, clock));
    ComputeManager m = new ComputeManager(engine);
    try {
      driver.initHost();
    } catch (RuntimeException e) {
      LOG.warn("driver start-up failed: {}", e.getMessage());
    }
    m.reconciler.reconcile();
    try {
      m.inventory.refresh();
      // A node may have gone while no manager ran (e.g. the embedded simulator, which keeps no
      // state across restarts): say so now rather than one vanished-node interval later.
      m.periodic.checkVanishedNodes();
    } catch (RuntimeException e) {
      LOG.warn("first node refresh failed: {}", e.getMessage());
    }
    m.periodic.start();
    return m;
  }

  /**
   * Boots a server: stores it in BUILD/scheduling with its {@code create} action, then schedules
   * and deploys it in the background.
   *
   * @param request the validated request
   * @param ctx the caller
   * @return the stored server (BUILD)
   */
  public Server create(CreateServerRequest request, RequestContext ctx) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(ctx, "ctx");
    String uuid = UUID.randomUUID().toString();
    Server server =
        Server.builder(uuid, request.name(), ctx.projectId(), ctx.userId(), request.flavor())
            .imageId(request.image().id())
            .host(engine.host())
            .hostname(hostname(request.name(), uuid))
            .keyName(request.keyPair() == null ? null : request.keyPair().name())
            .metadata(request.metadata())
            .accessIps(request.accessIpv4(), request.accessIpv6())
            .configDrive(true)
            .userData(request.userData())
            .createdAt(engine.now())
            .build();
    String exhausted = null;
    try {
      engine.networks().allocate(uuid, ctx.projectId(), request.nics());
    } catch (NetworkConflictException e) {
      if (!NetworkConflictException.IP_EXHAUSTED.equals(e.neutronType())) {
        throw e;
      }
      exhausted = e.getMessage();
    }
    if (exhausted != null) {
      return createFailed(server, exhausted, ctx);
    }
    try {
      engine.db().servers().create(server);
    } catch (RuntimeException e) {
      engine.networks().release(uuid);
      throw e;
    }
    ActionLog.Entry entry =
        engine.log().start(uuid, ctx, "create", "compute__do_build_and_run_instance");
    Image image = request.image();
    String password = request.adminPassword();
    engine.tasks().submit(uuid, "build", () -> builds.run(uuid, image, password, entry));
    return engine.db().servers().get(uuid);
  }

  /**
   * Stores a server that cannot be built (its network has no address left) directly in ERROR with
   * the reason, as Nova does when the network allocation of a build fails.
   */
  private Server createFailed(Server server, String reason, RequestContext ctx) {
    LOG.warn("server {} cannot be built: {}", server.uuid(), reason);
    engine.db().servers().create(server.toBuilder().taskState(null).build());
    ActionLog.Entry entry =
        engine.log().start(server.uuid(), ctx, "create", "compute__do_build_and_run_instance");
    engine.markError(server.uuid(), ExpectedTaskState.any(), reason);
    engine.log().failure(entry, reason);
    return engine.db().servers().get(server.uuid());
  }

  /**
   * The network service behind this manager's servers (the API resolves requested networks and
   * serves {@code /network} through it).
   *
   * @return the backend
   */
  public NetworkBackend networks() {
    return engine.networks().backend();
  }

  /**
   * The network (name or id) servers get when they ask for none in particular, or {@code null}.
   *
   * @return the configured default network
   */
  public String defaultNetwork() {
    return engine.settings().defaultNetwork();
  }

  /**
   * Deletes a server (background tear-down; the server disappears when done).
   *
   * @param uuid the server
   * @param ctx the caller
   */
  public void delete(String uuid, RequestContext ctx) {
    actions.delete(uuid, ctx);
  }

  /**
   * Reboots a server.
   *
   * @param uuid the server
   * @param hard hard (power cycle) rather than soft
   * @param ctx the caller
   * @throws ConflictException if the server's state does not allow it
   */
  public void reboot(String uuid, boolean hard, RequestContext ctx) {
    actions.reboot(uuid, hard ? RebootType.HARD : RebootType.SOFT, ctx);
  }

  /**
   * Powers a server off.
   *
   * @param uuid the server
   * @param ctx the caller
   */
  public void stop(String uuid, RequestContext ctx) {
    actions.stop(uuid, ctx);
  }

  /**
   * Powers a server on.
   *
   * @param uuid the server
   * @param ctx the caller
   */
  public void start(String uuid, RequestContext ctx) {
    actions.start(uuid, ctx);
  }

  /**
   * Redeploys a server with an image.
   *
   * @param uuid the server
   * @param image the image
   * @param name a new name, or {@code null}
   * @param adminPassword the admin password, or {@code null}
   * @param ctx the caller
   * @return the server in REBUILD
   */
  public Server rebuild(
      String uuid, Image image, String name, String adminPassword, RequestContext ctx) {
    return actions.rebuild(uuid, image, name, adminPassword, ctx);
  }

  /**
   * Boots a server into rescue.
   *
   * @param uuid the server
   * @param password the rescue password, or {@code null} to generate one
   * @param ctx the caller
   * @return the rescue password
   */
  public String rescue(String uuid, String password, RequestContext ctx) {
    String pw = password != null ? password : generatePassword();
    actions.rescue(uuid, pw, ctx);
    return pw;
  }

  /**
   * Leaves rescue.
   *
   * @param uuid the server
   * @param ctx the caller
   */
  public void unrescue(String uuid, RequestContext ctx) {
    actions.unrescue(uuid, ctx);
  }

  /**
   * Sends an NMI so the guest dumps its memory.
   *
   * @param uuid the server
   * @param ctx the caller
   */
  public void triggerCrashDump(String uuid, RequestContext ctx) {
    actions.triggerCrashDump(uuid, ctx);
  }

  /**
   * The console log. Ironic keeps no console log (Nova's ironic driver has none either), so this is
   * always empty text for a deployed server.
   *
   * @param uuid the server
   * @param length the number of lines asked for, or {@code null}
   * @return the output (empty)
   */
  public String consoleOutput(String uuid, Integer length) {
    Server s = engine.db().servers().get(uuid);
    if (s.vmState() == VmState.BUILDING) {
      throw new ConflictException(
          "Cannot 'get_console_output' instance " + uuid + " while it is in vm_state building");
    }
    return "";
  }

  /**
   * The serial console of a server, from the driver (Ironic's socat console).
   *
   * @param uuid the server
   * @return {@code tcp://host:port}
   * @throws ConflictException when the node has no console available
   */
  public String serialConsoleUrl(String uuid) {
    Server s = engine.db().servers().get(uuid);
    if (s.nodeUuid() == null || s.vmState() == VmState.BUILDING) {
      throw Engine.invalidState("get_serial_console", s);
    }
    enableConsole(s.nodeUuid());
    try {
      ConsoleEndpoint.Serial c = engine.driver().serialConsole(engine.spec(s));
      String host = c.host().contains(":") ? "[" + c.host() + "]" : c.host();
      return "tcp://" + host + ":" + c.port();
    } catch (DriverException e) {
      LOG.warn("no serial console for {}: {}", uuid, e.getMessage());
      throw new ConflictException("Guest does not have a console available.");
    }
  }

  /**
   * Enables a node's console when it is off. Nova's driver only resets a console an operator
   * enabled; Ferrum enables it on first use so that the serial console works out of the box.
   */
  private void enableConsole(String node) {
    if (engine.ironic() == null) {
      return;
    }
    try {
      if (engine.ironic().nodes().getConsole(node).consoleEnabled()) {
        return;
      }
      engine.ironic().nodes().setConsoleEnabled(node, true);
      long deadline = System.nanoTime() + CONSOLE_ENABLE_BUDGET.toNanos();
      while (System.nanoTime() < deadline
          && !engine.ironic().nodes().getConsole(node).consoleEnabled()) {
        Thread.sleep(CONSOLE_POLL.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.warn("could not enable the console of node {}: {}", node, e.getMessage());
    }
  }

  /**
   * The nodes as hypervisors (from the periodic refresh).
   *
   * @return the hypervisors, by node UUID
   */
  public List<Hypervisor> hypervisors() {
    return inventory.snapshot();
  }

  /**
   * The host name this manager runs as.
   *
   * @return the host
   */
  public String host() {
    return engine.host();
  }

  PeriodicTasks periodicTasks() {
    return periodic;
  }

  Reconciler reconciler() {
    return reconciler;
  }

  int runningTasks() {
    return engine.tasks().count();
  }

  static String generatePassword() {
    StringBuilder sb = new StringBuilder(PASSWORD_LENGTH);
    for (int i = 0; i < PASSWORD_LENGTH; i++) {
      sb.append(PASSWORD_CHARS.charAt(RANDOM.nextInt(PASSWORD_CHARS.length())));
    }
    return sb.toString();
  }

  private static String hostname(String name, String uuid) {
    String h = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    h = h.replaceAll("^-+", "").replaceAll("-+$", "");
    if (h.length() > 63) {
      h = h.substring(0, 63).replaceAll("-+$", "");
    }
    return h.isEmpty() ? "server-" + uuid : h;
  }

  /** Stops the periodic tasks and the background operations (their work resumes on restart). */
  @Override
  public void close() {
    try {
      periodic.close();
    } finally {
      engine.tasks().close();
    }
  }
}
