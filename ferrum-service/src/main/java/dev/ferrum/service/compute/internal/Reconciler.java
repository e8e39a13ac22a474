package dev.ferrum.service.compute.internal;

import dev.ferrum.driver.InstanceSpec;
import dev.ferrum.ironic.client.IronicNotFoundException;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.ProvisionState;
import dev.ferrum.service.store.ExpectedTaskState;
import dev.ferrum.service.store.NodeClaim;
import dev.ferrum.service.store.Server;
import dev.ferrum.service.store.ServerQuery;
import dev.ferrum.service.store.TaskState;
import dev.ferrum.service.store.VmState;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up reconciliation, run before the API opens: the previous process may have died in the
 * middle of a build or a delete. In-flight builds resume their wait (the node is still deploying)
 * or end ACTIVE or in ERROR with a reason; in-flight deletes finish; other interrupted tasks are
 * cleared; claims of servers that no longer exist are released and nodes still carrying a deleted
 * server are torn down, whether or not a claim still points at them. Deletes finish in the
 * background, as tear-downs take minutes on real hardware. Nothing stays in BUILD or DELETING and
 * no node stays reserved for a server that is gone. A node carrying an instance this database has
 * never seen is only reported: it may belong to another deployment sharing the Ironic, as Nova
 * leaves such instances alone too.
 */
public final class Reconciler {
  private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);
  private static final String BUILD_EVENT = "compute__do_build_and_run_instance";
  private static final Set<String> DEPLOYING =
      Set.of(
          ProvisionState.DEPLOYING,
          ProvisionState.DEPLOY_WAIT,
          ProvisionState.DEPLOY_COMPLETE,
          "deploy wait",
          ProvisionState.DEPLOY_HOLD);

  /** The task states of a build; a delete (DELETING) that took over is not one of them. */
  private static final ExpectedTaskState BUILD_TASKS =
      ExpectedTaskState.noneOr(
          TaskState.SCHEDULING,
          TaskState.NETWORKING,
          TaskState.BLOCK_DEVICE_MAPPING,
          TaskState.SPAWNING);

  /** How long a server's ports must be unchanged before the sweep may take them. */
  private static final java.time.Duration PORT_SWEEP_GRACE = java.time.Duration.ofMinutes(2);

  /**
   * What the owner of a build ended by reconciliation reads; where it stopped (which may name the
   * node or quote Ironic) is in the fault's details, for admins.
   */
  private static final String RESTART_FAULT =
      "The build was interrupted by a restart of the compute service and did not complete.";

  private final Engine engine;
  private final ServerActions actions;

  /** What reconciliation did, for the log and for tests. */
  public record Report(
      int resumed,
      int activated,
      int failed,
      int deleted,
      int released,
      int tornDown,
      int retrying,
      int portsReleased) {}

  /**
   * Creates the reconciler.
   *
   * @param engine the shared collaborators
   * @param actions the operations (to finish deletes)
   */
  public Reconciler(Engine engine, ServerActions actions) {
    this.engine = engine;
    this.actions = actions;
  }

  /**
   * Reconciles every server of this host and every claim.
   *
   * @return what was done
   */
  public Report reconcile() {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    int retrying = 0;
    for (Server s : engine.db().servers().list(ServerQuery.all().withHost(engine.host()))) {
      try {
        counts.merge(reconcileOne(s), 1, Integer::sum);
      } catch (RuntimeException e) {
        if (!inFlight(s)) {
          LOG.warn("could not reconcile server {}: {}", s.uuid(), BuildRunner.message(e));
          continue;
        }
        LOG.warn(
            "could not reconcile server {} now, retrying in the background: {}",
            s.uuid(),
            BuildRunner.message(e));
        retrying++;
        boolean deleting = s.taskState() == TaskState.DELETING;
        engine.tasks().submit(s.uuid(), "reconcile", () -> retry(s.uuid(), deleting));
      }
    }
    Map<String, Server> known = allServers();
    int released = releaseOrphans(known);
    int tornDown = tearDownDeletedOnNodes(known);
    int portsReleased = sweepPorts();
    Report r =
        new Report(
            counts.getOrDefault(Outcome.RESUMED, 0),
            counts.getOrDefault(Outcome.ACTIVE, 0),
            counts.getOrDefault(Outcome.FAILED, 0),
            counts.getOrDefault(Outcome.DELETED, 0),
            released,
            tornDown,
            retrying,
            portsReleased);
    LOG.info("reconciliation: {}", r);
    return r;
  }

  private enum Outcome {
    RESUMED,
    ACTIVE,
    FAILED,
    DELETED,
    CLEARED,
    UNCHANGED
  }

  private static boolean inFlight(Server s) {
    return s.taskState() == TaskState.DELETING || s.vmState() == VmState.BUILDING;
  }

  private Outcome reconcileOne(Server s) {
    if (s.taskState() == TaskState.DELETING) {
      ActionLog.Entry entry =
          engine.log().open(s.uuid(), "delete", "compute_terminate_instance").orElse(null);
      // In the background: a tear-down takes minutes on real hardware and must not hold start-up.
      engine.tasks().submit(s.uuid(), "delete", () -> actions.finishDelete(s.uuid(), entry));
      return Outcome.DELETED;
    }
    if (s.vmState() == VmState.BUILDING) {
      return reconcileBuild(s);
    }
    if (s.taskState() != null) {
      clearTask(s);
      return Outcome.CLEARED;
    }
    return Outcome.UNCHANGED;
  }

  /**
   * Retries a build or delete whose reconciliation failed (Ironic unreachable at start-up) until it
   * goes through or {@code buildResumeTimeout} passes; then the server ends in ERROR with the last
   * reason, so nothing stays in BUILD or DELETING. A retried build stops when a delete takes over.
   */
  private void retry(String uuid, boolean deleting) {
    long deadline = System.nanoTime() + engine.settings().buildResumeTimeout().toNanos();
    String reason = "unknown error";
    while (System.nanoTime() < deadline) {
      try {
        Thread.sleep(engine.settings().resumePollInterval());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      Optional<Server> now = engine.db().servers().find(uuid);
      if (now.isEmpty()
          || !inFlight(now.get())
          || (!deleting && now.get().taskState() == TaskState.DELETING)) {
        return;
      }
      try {
        LOG.info("server {} reconciled on retry: {}", uuid, reconcileOne(now.get()));
        return;
      } catch (RuntimeException e) {
        reason = BuildRunner.message(e);
      }
    }
    String message = "Could not reconcile the server after a restart: " + reason;
    ExpectedTaskState expected =
        deleting ? ExpectedTaskState.oneOf(TaskState.DELETING) : BUILD_TASKS;
    if (engine.markError(
        uuid, expected, "Could not reconcile the server after a restart.", message)) {
      LOG.warn("server {} is in ERROR: {}", uuid, message);
    }
  }

  private Outcome reconcileBuild(Server s) {
    ActionLog.Entry entry =
        engine
            .log()
            .open(s.uuid(), "create", BUILD_EVENT)
            .orElse(new ActionLog.Entry(s.uuid(), "req-reconcile-" + s.uuid(), BUILD_EVENT));
    String node =
        s.nodeUuid() != null
            ? s.nodeUuid()
            : engine.db().nodeClaims().findByServer(s.uuid()).map(NodeClaim::nodeUuid).orElse(null);
    if (node == null) {
      return fail(s, entry, null, "Build was interrupted by a restart before a node was chosen.");
    }
    InstanceSpec spec = engine.spec(s.toBuilder().nodeUuid(node).build());
    if (engine.ironic() == null) {
      return fail(s, entry, spec, "Build was interrupted by a restart of the compute service.");
    }
    Node n;
    try {
      n = engine.ironic().nodes().get(node);
    } catch (IronicNotFoundException e) {
      return fail(s, entry, null, "The Ironic node " + node + " of this server no longer exists.");
    }
    if (!s.uuid().equals(n.instanceUuid())) {
      return fail(s, entry, spec, "Build was interrupted by a restart before the deploy started.");
    }
    if (ProvisionState.ACTIVE.equals(n.provisionState())) {
      activate(s.uuid(), node, spec, entry);
      return Outcome.ACTIVE;
    }
    if (ProvisionState.AVAILABLE.equals(n.provisionState())) {
      return fail(s, entry, spec, "Build was interrupted by a restart before the deploy started.");
    }
    if (DEPLOYING.contains(n.provisionState())) {
      engine.tasks().submit(s.uuid(), "resume", () -> resume(s.uuid(), node, spec, entry));
      LOG.info("server {}: resuming the wait for node {} ({})", s.uuid(), node, n.provisionState());
      return Outcome.RESUMED;
    }
    return fail(
        s,
        entry,
        spec,
        "Build was interrupted by a restart; the node is in "
            + n.provisionState()
            + (n.lastError() != null ? ": " + n.lastError() : "."));
  }

  private void resume(String uuid, String node, InstanceSpec spec, ActionLog.Entry entry) {
    long deadline = System.nanoTime() + engine.settings().buildResumeTimeout().toNanos();
    while (System.nanoTime() < deadline) {
      try {
        Thread.sleep(engine.settings().resumePollInterval());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      Optional<Server> now = engine.db().servers().find(uuid);
      if (now.isEmpty()
          || now.get().vmState() != VmState.BUILDING
          || now.get().taskState() == TaskState.DELETING) {
        return;
      }
      Node n;
      try {
        n = engine.ironic().nodes().get(node);
      } catch (IronicNotFoundException e) {
        failNow(uuid, entry, null, "The Ironic node " + node + " of this server no longer exists.");
        return;
      } catch (RuntimeException e) {
        LOG.debug("polling node {} failed: {}", node, e.getMessage());
        continue;
      }
      if (ProvisionState.ACTIVE.equals(n.provisionState()) && uuid.equals(n.instanceUuid())) {
        activate(uuid, node, spec, entry);
        return;
      }
      if (!DEPLOYING.contains(n.provisionState())) {
        failNow(
            uuid,
            entry,
            spec,
            "Deploy failed: " + (n.lastError() != null ? n.lastError() : n.provisionState()));
        return;
      }
    }
    failNow(uuid, entry, spec, "Timed out waiting for the resumed deploy of node " + node + ".");
  }

  private void activate(String uuid, String node, InstanceSpec spec, ActionLog.Entry entry) {
    var power = BuildRunner.observedPower(engine, spec);
    if (engine
        .tryUpdate(
            uuid,
            BUILD_TASKS,
            b ->
                b.nodeUuid(node)
                    .vmState(VmState.ACTIVE)
                    .taskState(null)
                    .powerState(power)
                    .launchedAt(engine.now()))
        .isPresent()) {
      engine.log().success(entry);
    }
  }

  private Outcome fail(Server s, ActionLog.Entry entry, InstanceSpec spec, String reason) {
    failNow(s.uuid(), entry, spec, reason);
    return Outcome.FAILED;
  }

  private void failNow(String uuid, ActionLog.Entry entry, InstanceSpec spec, String reason) {
    if (spec != null) {
      BuildRunner.safely(
          () -> engine.driver().destroy(spec, engine.networks().networkInfoOf(uuid)),
          "destroy after restart",
          uuid);
    }
    engine.releaseClaim(uuid);
    engine.networks().release(uuid);
    engine.tryUpdate(uuid, BUILD_TASKS, b -> b.addresses(List.of()));
    if (engine.markError(uuid, BUILD_TASKS, RESTART_FAULT, reason)) {
      engine.log().failure(entry, reason);
      LOG.warn("server {} is in ERROR after restart: {}", uuid, reason);
    }
  }

  /**
   * Releases the ports of servers that are gone (see {@link ServerNetworks#sweep}); also run
   * periodically.
   *
   * @return how many servers' ports were released
   */
  public int sweepPorts() {
    try {
      return engine
          .networks()
          .sweep(
              id -> engine.db().servers().find(id).filter(s -> !s.deleted()).isPresent(),
              PORT_SWEEP_GRACE);
    } catch (RuntimeException e) {
      LOG.warn("port sweep failed: {}", BuildRunner.message(e));
      return 0;
    }
  }

  private void clearTask(Server s) {
    LOG.info("server {}: clearing task {} interrupted by a restart", s.uuid(), s.taskState());
    engine.tryUpdate(s.uuid(), ExpectedTaskState.oneOf(s.taskState()), b -> b.taskState(null));
  }

  /** Every server row, deleted ones included, by uuid. */
  private Map<String, Server> allServers() {
    return engine.db().servers().list(ServerQuery.all().withDeleted()).stream()
        .collect(Collectors.toMap(Server::uuid, Function.identity(), (a, b) -> a));
  }

  private int releaseOrphans(Map<String, Server> known) {
    int released = 0;
    for (NodeClaim c : engine.db().nodeClaims().list()) {
      Server s = known.get(c.serverUuid());
      if (s == null || s.deleted()) {
        if (s != null && engine.ironic() != null) {
          tearDownLeftover(s, c.nodeUuid());
        }
        engine.db().nodeClaims().release(c.nodeUuid(), c.serverUuid());
        released++;
      }
    }
    return released;
  }

  /**
   * Tears down every managed node that still carries a server this database knows as deleted (a
   * delete or a failed build whose tear-down was cut short after its claim was gone).
   */
  private int tearDownDeletedOnNodes(Map<String, Server> known) {
    List<String> carried;
    try {
      carried = engine.driver().listInstanceUuids();
    } catch (RuntimeException e) {
      LOG.warn("cannot list the instances on nodes: {}", BuildRunner.message(e));
      return 0;
    }
    int tornDown = 0;
    for (String instance : carried) {
      Server s = known.get(instance);
      if (s == null) {
        LOG.warn(
            "a node carries instance {}, which this database does not know; left alone", instance);
      } else if (s.deleted()) {
        LOG.info("tearing down deleted server {} still on a node", instance);
        BuildRunner.safely(
            () ->
                engine.driver().destroy(engine.spec(s), engine.networks().networkInfoOf(instance)),
            "tear-down of deleted server",
            instance);
        tornDown++;
      }
    }
    return tornDown;
  }

  private void tearDownLeftover(Server s, String node) {
    Node n;
    try {
      n = engine.ironic().nodes().get(node);
    } catch (RuntimeException e) {
      LOG.warn("cannot read node {} of deleted server {}: {}", node, s.uuid(), e.getMessage());
      return;
    }
    if (s.uuid().equals(n.instanceUuid())) {
      InstanceSpec spec = engine.spec(s.toBuilder().nodeUuid(node).build());
      BuildRunner.safely(
          () -> engine.driver().destroy(spec, engine.networks().networkInfoOf(s.uuid())),
          "tear-down of leftover",
          s.uuid());
    }
  }
}
