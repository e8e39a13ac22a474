package dev.ferrum.service.compute.internal;

import dev.ferrum.driver.InstanceSpec;
import dev.ferrum.driver.IronicDriver;
import dev.ferrum.driver.NetworkInfo;
import dev.ferrum.driver.RebootType;
import dev.ferrum.driver.RebuildRequest;
import dev.ferrum.service.UnexpectedTaskStateException;
import dev.ferrum.service.compute.RequestContext;
import dev.ferrum.service.store.ExpectedTaskState;
import dev.ferrum.service.store.Image;
import dev.ferrum.service.store.PowerState;
import dev.ferrum.service.store.Server;
import dev.ferrum.service.store.TaskState;
import dev.ferrum.service.store.VmState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations on an existing server (delete, reboot, stop, start, rebuild, rescue, unrescue,
 * crash dump). Each checks the server's state like Nova, records the new task state and the
 * instance action before the driver is called, then runs the driver call on a virtual thread and
 * records the outcome. The task-state guard of the save is what keeps two operations apart.
 */
public final class ServerActions {
  private static final Logger LOG = LoggerFactory.getLogger(ServerActions.class);
  private static final Duration BUILD_STOP_BUDGET = Duration.ofMinutes(2);

  private final Engine engine;

  /**
   * Creates the operations.
   *
   * @param engine the shared collaborators
   */
  public ServerActions(Engine engine) {
    this.engine = engine;
  }

  /**
   * Deletes a server: records task DELETING and the action first, stops a running build, then
   * destroys the deployment, releases the node and soft-deletes the row in the background.
   *
   * @param uuid the server
   * @param ctx the caller
   */
  public void delete(String uuid, RequestContext ctx) {
    Server s = engine.db().servers().get(uuid);
    if (s.taskState() == TaskState.DELETING) {
      return;
    }
    engine.update(uuid, ExpectedTaskState.any(), b -> b.taskState(TaskState.DELETING));
    ActionLog.Entry entry = engine.log().start(uuid, ctx, "delete", "compute_terminate_instance");
    if (engine.driver() instanceof IronicDriver ironic) {
      ironic.cancelWaits(uuid, "the server is being deleted");
    }
    engine.tasks().submit(uuid, "delete", () -> finishDelete(uuid, entry));
  }

  /**
   * Finishes a delete (also used by the reconciler for deletes a restart interrupted).
   *
   * @param uuid the server
   * @param entry the delete action to finish, or {@code null}
   */
  public void finishDelete(String uuid, ActionLog.Entry entry) {
    engine.tasks().awaitServer(uuid, BUILD_STOP_BUDGET);
    Optional<Server> found = engine.db().servers().find(uuid);
    if (found.isEmpty()) {
      return;
    }
    Server s = found.get();
    String node =
        s.nodeUuid() != null
            ? s.nodeUuid()
            : engine.db().nodeClaims().findByServer(uuid).map(c -> c.nodeUuid()).orElse(null);
    NetworkInfo network = engine.networks().networkInfoOf(uuid);
    if (node != null) {
      InstanceSpec spec = engine.spec(s.toBuilder().nodeUuid(node).build());
      try {
        engine.driver().destroy(spec, network);
      } catch (RuntimeException e) {
        if (engine.tasks().isClosed()) {
          return;
        }
        String msg = BuildRunner.message(e);
        LOG.warn("delete of {} failed: {}", uuid, msg);
        engine.markError(uuid, ExpectedTaskState.oneOf(TaskState.DELETING), msg);
        if (entry != null) {
          engine.log().failure(entry, msg);
        }
        return;
      }
    } else {
      // No node recorded: a build or tear-down cut short may still have left the server on a node
      // (the driver finds it by instance). Best effort, so a server that never reached Ironic can
      // be deleted while Ironic is unreachable; start-up reconciliation sweeps what this misses.
      BuildRunner.safely(
          () -> engine.driver().destroy(engine.spec(s), network),
          "tear-down of a server without a node",
          uuid);
    }
    engine.releaseClaim(uuid);
    engine.networks().release(uuid);
    engine.tryUpdate(
        uuid,
        ExpectedTaskState.oneOf(TaskState.DELETING),
        b ->
            b.vmState(VmState.DELETED)
                .taskState(null)
                .powerState(PowerState.NOSTATE)
                .terminatedAt(engine.now()));
    engine
        .db()
        .servers()
        .find(uuid)
        .ifPresent(x -> engine.db().servers().markDeleted(uuid, engine.now()));
    if (entry != null) {
      engine.log().success(entry);
    }
    LOG.info("server {} deleted", uuid);
  }

  /**
   * Reboots a server.
   *
   * @param uuid the server
   * @param type soft or hard
   * @param ctx the caller
   */
  public void reboot(String uuid, RebootType type, RequestContext ctx) {
    Set<VmState> allowed =
        type == RebootType.SOFT
            ? Set.of(VmState.ACTIVE)
            : Set.of(VmState.ACTIVE, VmState.STOPPED, VmState.ERROR);
    TaskState task = type == RebootType.SOFT ? TaskState.REBOOTING : TaskState.REBOOTING_HARD;
    run(
        uuid,
        ctx,
        "reboot",
        "compute_reboot_instance",
        allowed,
        task,
        UnaryOperator.identity(),
        spec -> engine.driver().reboot(spec, type),
        b -> b.vmState(VmState.ACTIVE).powerState(PowerState.RUNNING).fault(null),
        true);
  }

  /**
   * Powers a server off.
   *
   * @param uuid the server
   * @param ctx the caller
   */
  public void stop(String uuid, RequestContext ctx) {
    run(
        uuid,
        ctx,
        "stop",
        "compute_stop_instance",
        Set.of(VmState.ACTIVE, VmState.RESCUED, VmState.ERROR),
        TaskState.POWERING_OFF,
        UnaryOperator.identity(),
        spec -> engine.driver().powerOff(spec, engine.settings().softPowerOffTimeout()),
        b -> b.vmState(VmState.STOPPED).powerState(PowerState.SHUTDOWN),
        false);
  }

  /**
   * Powers a server on.
   *
   * @param uuid the server
   * @param ctx the caller
   */
  public void start(String uuid, RequestContext ctx) {
    run(
        uuid,
        ctx,
        "start",
        "compute_start_instance",
        Set.of(VmState.STOPPED),
        TaskState.POWERING_ON,
        UnaryOperator.identity(),
        spec -> engine.driver().powerOn(spec),
        b -> b.vmState(VmState.ACTIVE).powerState(PowerState.RUNNING),
        false);
  }

  /**
   * Redeploys a server with an image.
   *
   * @param uuid the server
   * @param image the new image
   * @param name a new name, or {@code null}
   * @param adminPassword the admin password, or {@code null}
   * @param ctx the caller
   * @return the server as saved with task REBUILDING
   */
  public Server rebuild(
      String uuid, Image image, String name, String adminPassword, RequestContext ctx) {
    return run(
        uuid,
        ctx,
        "rebuild",
        "compute_rebuild_instance",
        Set.of(VmState.ACTIVE, VmState.STOPPED, VmState.ERROR),
        TaskState.REBUILDING,
        b -> {
          b.imageId(image.id());
          if (name != null) {
            b.name(name);
          }
          return b;
        },
        spec ->
            engine
                .driver()
                .rebuild(
                    new RebuildRequest(
                        spec,
                        Instances.image(image),
                        List.of(),
                        Optional.ofNullable(adminPassword),
                        engine.networks().networkInfoOf(uuid),
                        false,
                        false),
                    BuildRunner.hooks(engine, uuid)),
        b ->
            b.vmState(VmState.ACTIVE)
                .powerState(PowerState.RUNNING)
                .fault(null)
                .launchedAt(engine.now()),
        true);
  }

  /**
   * Boots a server into rescue.
   *
   * @param uuid the server
   * @param password the rescue password
   * @param ctx the caller
   */
  public void rescue(String uuid, String password, RequestContext ctx) {
    run(
        uuid,
        ctx,
        "rescue",
        "compute_rescue_instance",
        Set.of(VmState.ACTIVE, VmState.STOPPED, VmState.ERROR),
        TaskState.RESCUING,
        UnaryOperator.identity(),
        spec -> engine.driver().rescue(spec, password),
        b -> b.vmState(VmState.RESCUED).powerState(PowerState.RUNNING),
        true);
  }

  /**
   * Returns a rescued server to its normal image.
   *
   * @param uuid the server
   * @param ctx the caller
   */
  public void unrescue(String uuid, RequestContext ctx) {
    run(
        uuid,
        ctx,
        "unrescue",
        "compute_unrescue_instance",
        Set.of(VmState.RESCUED),
        TaskState.UNRESCUING,
        UnaryOperator.identity(),
        spec -> engine.driver().unrescue(spec),
        b -> b.vmState(VmState.ACTIVE).powerState(PowerState.RUNNING),
        true);
  }

  /**
   * Triggers a crash dump (NMI); no task state, as in Nova.
   *
   * @param uuid the server
   * @param ctx the caller
   */
  public void triggerCrashDump(String uuid, RequestContext ctx) {
    Server s = engine.db().servers().get(uuid);
    if (s.taskState() != null
        || !Set.of(VmState.ACTIVE, VmState.RESCUED, VmState.ERROR).contains(s.vmState())) {
      throw Engine.invalidState("trigger_crash_dump", s);
    }
    ActionLog.Entry entry =
        engine.log().start(uuid, ctx, "trigger_crash_dump", "compute_trigger_crash_dump");
    InstanceSpec spec = engine.spec(s);
    engine
        .tasks()
        .submit(
            uuid,
            "crash-dump",
            () -> {
              try {
                engine.driver().triggerCrashDump(spec);
                engine.log().success(entry);
              } catch (RuntimeException e) {
                engine.log().failure(entry, BuildRunner.message(e));
              }
            });
  }

  private Server run(
      String uuid,
      RequestContext ctx,
      String action,
      String event,
      Set<VmState> allowed,
      TaskState task,
      UnaryOperator<Server.Builder> atStart,
      Consumer<InstanceSpec> driverCall,
      UnaryOperator<Server.Builder> onSuccess,
      boolean errorOnFailure) {
    Server s = engine.db().servers().get(uuid);
    if (s.taskState() != null || !allowed.contains(s.vmState())) {
      throw Engine.invalidState(action, s);
    }
    Server started;
    try {
      started =
          engine.update(uuid, ExpectedTaskState.none(), b -> atStart.apply(b.taskState(task)));
    } catch (UnexpectedTaskStateException e) {
      throw Engine.invalidState(action, engine.db().servers().get(uuid));
    }
    ActionLog.Entry entry = engine.log().start(uuid, ctx, action, event);
    InstanceSpec spec = engine.spec(started);
    engine
        .tasks()
        .submit(
            uuid,
            action,
            () -> {
              ExpectedTaskState expected =
                  task == TaskState.REBUILDING
                      ? ExpectedTaskState.oneOf(task, TaskState.REBUILD_SPAWNING)
                      : ExpectedTaskState.oneOf(task);
              try {
                driverCall.accept(spec);
              } catch (RuntimeException e) {
                if (engine.tasks().isClosed()) {
                  return;
                }
                String msg = BuildRunner.message(e);
                LOG.warn("{} of {} failed: {}", action, uuid, msg);
                if (errorOnFailure) {
                  engine.markError(uuid, expected, msg);
                } else {
                  engine.tryUpdate(uuid, expected, b -> b.taskState(null));
                }
                engine.log().failure(entry, msg);
                return;
              }
              if (engine
                  .tryUpdate(uuid, expected, b -> onSuccess.apply(b.taskState(null)))
                  .isPresent()) {
                engine.log().success(entry);
              }
            });
    return started;
  }
}
