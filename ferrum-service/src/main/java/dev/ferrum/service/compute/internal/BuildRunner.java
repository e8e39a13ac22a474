package dev.ferrum.service.compute.internal;

import dev.ferrum.driver.BlockDeviceInfo;
import dev.ferrum.driver.ComputeResourcesUnavailableException;
import dev.ferrum.driver.InstanceHooks;
import dev.ferrum.driver.InstanceSpec;
import dev.ferrum.driver.InstanceStatus;
import dev.ferrum.driver.NetworkInfo;
import dev.ferrum.driver.NodeInterface;
import dev.ferrum.driver.SpawnRequest;
import dev.ferrum.service.NotFoundException;
import dev.ferrum.service.network.Port;
import dev.ferrum.service.store.ExpectedTaskState;
import dev.ferrum.service.store.Image;
import dev.ferrum.service.store.PowerState;
import dev.ferrum.service.store.Server;
import dev.ferrum.service.store.TaskState;
import dev.ferrum.service.store.VmState;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds one server: schedule and claim a node, reserve it in Ironic, deploy, and record the
 * outcome. A reservation conflict (another instance won the node) is rescheduled to another node up
 * to {@code maxBuildAttempts}; any other failure cleans the node up as the driver's contract asks,
 * releases the claim and ends in ERROR with a fault. A delete overtaking the build wins: the build
 * stops and leaves the clean-up to the delete.
 */
public final class BuildRunner {
  private static final Logger LOG = LoggerFactory.getLogger(BuildRunner.class);

  /**
   * How many nodes without enough NICs a build may pass over without using up a build attempt; past
   * that, such nodes count as failed attempts so that a fleet of unsuitable nodes ends the build.
   */
  private static final int MAX_UNFIT_NODES = 20;

  private final Engine engine;

  /**
   * Creates the runner.
   *
   * @param engine the shared collaborators
   */
  public BuildRunner(Engine engine) {
    this.engine = engine;
  }

  /**
   * Runs the build to its end (blocking; call on a virtual thread).
   *
   * @param uuid the server
   * @param image the image to deploy
   * @param adminPassword the admin password for the config drive, or {@code null}
   * @param entry the create action to finish
   */
  public void run(String uuid, Image image, String adminPassword, ActionLog.Entry entry) {
    try {
      build(uuid, image, adminPassword, entry);
    } catch (RuntimeException e) {
      if (engine.tasks().isClosed()) {
        LOG.info("build of {} interrupted by shutdown; the next start reconciles it", uuid);
        return;
      }
      LOG.warn("build of {} failed unexpectedly: {}", uuid, message(e));
      engine.releaseClaim(uuid);
      fail(uuid, entry, message(e));
    }
  }

  private void build(String uuid, Image image, String adminPassword, ActionLog.Entry entry) {
    Server server;
    try {
      server = engine.db().servers().get(uuid);
    } catch (NotFoundException e) {
      return;
    }
    Scheduler.Requirements req = Scheduler.requirements(server.flavor(), image);
    Set<String> tried = new HashSet<>();
    int unfit = 0;
    for (int attempt = 1; attempt <= engine.settings().maxBuildAttempts(); attempt++) {
      String node;
      try {
        node = engine.scheduler().selectAndClaim(uuid, req, tried);
      } catch (NoValidHostException e) {
        fail(uuid, entry, NoValidHostException.MESSAGE, null);
        return;
      }
      tried.add(node);
      List<Port> ports = engine.networks().ports(uuid);
      Optional<List<NodeInterface>> nics;
      try {
        nics = engine.networks().match(ports, engine.driver().nodeInterfaces(node));
      } catch (RuntimeException e) {
        engine.db().nodeClaims().release(node, uuid);
        fail(uuid, entry, message(e));
        return;
      }
      if (nics.isEmpty()) {
        LOG.info(
            "node {} has no free NIC for each of the {} port(s) of {}, rescheduling",
            node,
            ports.size(),
            uuid);
        engine.db().nodeClaims().release(node, uuid);
        if (++unfit <= MAX_UNFIT_NODES) {
          attempt--;
        }
        continue;
      }
      Optional<Server> placed =
          engine.tryUpdate(
              uuid,
              ExpectedTaskState.oneOf(TaskState.SCHEDULING),
              b -> b.nodeUuid(node).host(engine.host()).taskState(TaskState.SPAWNING));
      if (placed.isEmpty()) {
        engine.db().nodeClaims().release(node, uuid);
        return;
      }
      InstanceSpec spec = engine.spec(placed.get());
      try {
        engine.driver().prepareForSpawn(spec);
      } catch (ComputeResourcesUnavailableException e) {
        LOG.info(
            "node {} could not be reserved for {}, rescheduling: {}", node, uuid, e.getMessage());
        engine.db().nodeClaims().release(node, uuid);
        if (engine
            .tryUpdate(
                uuid,
                ExpectedTaskState.oneOf(TaskState.SPAWNING),
                b -> b.nodeUuid(null).taskState(TaskState.SCHEDULING))
            .isEmpty()) {
          return;
        }
        continue;
      } catch (RuntimeException e) {
        safely(() -> engine.driver().failedSpawnCleanup(spec), "failed spawn clean-up", uuid);
        engine.db().nodeClaims().release(node, uuid);
        fail(uuid, entry, message(e));
        return;
      }
      NetworkInfo network;
      try {
        network = plug(uuid, spec, ports, nics.get());
      } catch (RuntimeException e) {
        safely(() -> engine.driver().failedSpawnCleanup(spec), "failed spawn clean-up", uuid);
        engine.db().nodeClaims().release(node, uuid);
        fail(uuid, entry, message(e));
        return;
      }
      spawn(uuid, spec, image, adminPassword, entry, network);
      return;
    }
    fail(
        uuid,
        entry,
        "Exceeded maximum number of retries. Exhausted all hosts available for retrying build"
            + " failures for instance "
            + uuid
            + ".",
        null);
  }

  /**
   * Binds the server's ports to the chosen NICs, records the addresses on the server and attaches
   * the ports to the node as VIFs (undone when the attachment fails).
   */
  private NetworkInfo plug(
      String uuid, InstanceSpec spec, List<Port> ports, List<NodeInterface> nics) {
    if (ports.isEmpty()) {
      return NetworkInfo.empty();
    }
    List<Port> bound = engine.networks().bind(spec.node(), ports, nics);
    var addresses = engine.networks().addresses(bound);
    engine.tryUpdate(
        uuid, ExpectedTaskState.oneOf(TaskState.SPAWNING), b -> b.addresses(addresses));
    NetworkInfo network = engine.networks().networkInfo(bound);
    try {
      engine.driver().prepareNetworksBeforeBlockDeviceMapping(spec, network);
    } catch (RuntimeException e) {
      engine.driver().cleanNetworksPreparation(spec, network);
      throw e;
    }
    return network;
  }

  private void spawn(
      String uuid,
      InstanceSpec spec,
      Image image,
      String adminPassword,
      ActionLog.Entry entry,
      NetworkInfo network) {
    try {
      engine
          .driver()
          .spawn(
              new SpawnRequest(
                  spec,
                  Instances.image(image),
                  List.of(),
                  Optional.ofNullable(adminPassword),
                  network,
                  BlockDeviceInfo.none()),
              hooks(engine, uuid));
    } catch (RuntimeException e) {
      if (deleting(uuid)) {
        LOG.info("build of {} stopped by a delete", uuid);
        return;
      }
      if (engine.tasks().isClosed()) {
        LOG.info("deploy of {} interrupted by shutdown; the next start reconciles it", uuid);
        return;
      }
      LOG.warn("deploy of {} on node {} failed: {}", uuid, spec.node(), message(e));
      safely(() -> engine.driver().destroy(spec, network), "destroy after failure", uuid);
      engine.releaseClaim(uuid);
      fail(uuid, entry, message(e));
      return;
    }
    PowerState power = observedPower(engine, spec);
    if (engine
        .tryUpdate(
            uuid,
            ExpectedTaskState.oneOf(TaskState.SPAWNING),
            b ->
                b.vmState(VmState.ACTIVE)
                    .taskState(null)
                    .powerState(power)
                    .fault(null)
                    .launchedAt(engine.now()))
        .isPresent()) {
      engine.log().success(entry);
      LOG.info("server {} is ACTIVE on node {}", uuid, spec.node());
    }
  }

  /**
   * The power state after a deploy or power-on: what the driver reads, or RUNNING when Ironic does
   * not report one (a deployed node is running; the simulator leaves it unset).
   *
   * @param engine the collaborators
   * @param spec the instance
   * @return the power state
   */
  static PowerState observedPower(Engine engine, InstanceSpec spec) {
    try {
      dev.ferrum.driver.PowerState p = engine.driver().getInfo(spec, false).state();
      return p == dev.ferrum.driver.PowerState.SHUTDOWN ? PowerState.SHUTDOWN : PowerState.RUNNING;
    } catch (RuntimeException e) {
      return PowerState.RUNNING;
    }
  }

  private boolean deleting(String uuid) {
    return engine
        .db()
        .servers()
        .find(uuid)
        .map(s -> s.taskState() == TaskState.DELETING)
        .orElse(true);
  }

  /** ERROR for a failure whose text is for admins only (see {@link Engine#INTERNAL_FAULT}). */
  private void fail(String uuid, ActionLog.Entry entry, String details) {
    fail(uuid, entry, Engine.INTERNAL_FAULT, details);
  }

  private void fail(String uuid, ActionLog.Entry entry, String message, String details) {
    String full = details != null ? details : message;
    ExpectedTaskState building = ExpectedTaskState.oneOf(TaskState.SCHEDULING, TaskState.SPAWNING);
    // The ports go first, so that a server shows ERROR only once nothing is held for it (a delete
    // that overtook the build releases them too; releasing is idempotent).
    engine.networks().release(uuid);
    engine.tryUpdate(uuid, building, b -> b.addresses(List.of()));
    if (engine.markError(uuid, building, message, details)) {
      engine.log().failure(entry, full);
      LOG.warn("server {} is in ERROR: {}", uuid, full);
    }
  }

  static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  static void safely(Runnable r, String what, String uuid) {
    try {
      r.run();
    } catch (RuntimeException e) {
      LOG.warn("{} of {} failed: {}", what, uuid, message(e));
    }
  }

  /**
   * The hooks a long driver wait uses to see the server's current state.
   *
   * @param engine the collaborators
   * @param uuid the server
   * @return the hooks
   */
  static InstanceHooks hooks(Engine engine, String uuid) {
    return new InstanceHooks() {
      @Override
      public InstanceStatus refresh() {
        return engine
            .db()
            .servers()
            .find(uuid)
            .map(s ->
                new InstanceStatus(
                    s.vmState().wireValue(),
                    s.taskState() == null ? null : s.taskState().wireValue()))
            .orElse(new InstanceStatus(InstanceStatus.VM_DELETED, InstanceStatus.TASK_DELETING));
      }

      @Override
      public void setDefaultEphemeralDevice(String device) {
        // Ferrum keeps no block-device records; the device name is only informative.
      }

      @Override
      public void updateTaskState(String taskState, String expectedTaskState) {
        ExpectedTaskState expected =
            expectedTaskState == null
                ? ExpectedTaskState.any()
                : ExpectedTaskState.oneOf(TaskState.fromWire(expectedTaskState));
        engine.tryUpdate(
            uuid,
            expected,
            b -> b.taskState(taskState == null ? null : TaskState.fromWire(taskState)));
      }
    };
  }
}
