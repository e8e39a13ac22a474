package dev.ferrum.service.compute.internal;

import dev.ferrum.driver.InstanceSpec;
import dev.ferrum.service.FerrumServiceException;
import dev.ferrum.service.compute.RequestContext;
import dev.ferrum.service.store.ExpectedTaskState;
import dev.ferrum.service.store.PowerState;
import dev.ferrum.service.store.Server;
import dev.ferrum.service.store.ServerQuery;
import dev.ferrum.service.store.TaskState;
import dev.ferrum.service.store.VmState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The manager's periodic work: node cache and inventory refresh, power-state sync (the database
 * follows Ironic, and the change is recorded as an instance action), and servers whose node
 * vanished from Ironic go to ERROR. A scheduled executor only ticks; each run happens on a virtual
 * thread and a task never overlaps itself.
 */
public final class PeriodicTasks implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PeriodicTasks.class);

  private final Engine engine;
  private final NodeInventory inventory;
  private final Runnable portSweep;
  private final ScheduledExecutorService ticker;
  private final List<Thread> running = new ArrayList<>();

  /**
   * Creates the tasks without starting them.
   *
   * @param engine the shared collaborators
   * @param inventory the hypervisor view to refresh
   * @param portSweep releases the ports of servers that are gone
   */
  public PeriodicTasks(Engine engine, NodeInventory inventory, Runnable portSweep) {
    this.engine = engine;
    this.inventory = inventory;
    this.portSweep = portSweep;
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("ferrum-periodic").unstarted(r));
  }

  /** Starts ticking at the configured intervals. */
  public void start() {
    schedule("node-refresh", engine.settings().nodeRefreshInterval(), this::refreshNodes);
    schedule("power-sync", engine.settings().powerSyncInterval(), this::syncPowerStates);
    schedule("vanished-nodes", engine.settings().vanishedNodeInterval(), this::checkVanishedNodes);
    schedule("port-sweep", engine.settings().vanishedNodeInterval(), portSweep);
  }

  private void schedule(String name, Duration every, Runnable work) {
    AtomicBoolean busy = new AtomicBoolean();
    ticker.scheduleWithFixedDelay(
        () -> {
          if (!busy.compareAndSet(false, true)) {
            return;
          }
          Thread t =
              Thread.ofVirtual()
                  .name("ferrum-" + name)
                  .start(() -> {
                    try {
                      work.run();
                    } catch (RuntimeException e) {
                      LOG.warn("periodic task {} failed: {}", name, e.toString());
                    } finally {
                      busy.set(false);
                    }
                  });
          synchronized (running) {
            running.removeIf(x -> !x.isAlive());
            running.add(t);
          }
        },
        every.toMillis(),
        every.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** Refreshes the driver's node cache and the hypervisor view. */
  public void refreshNodes() {
    inventory.refresh();
  }

  /**
   * Makes the database follow Ironic's power state for idle ACTIVE/STOPPED servers, recording a
   * {@code stop} or {@code start} action for each change.
   *
   * @return how many servers changed
   */
  public int syncPowerStates() {
    int changed = 0;
    for (Server s : engine.db().servers().list(ServerQuery.all().withHost(engine.host()))) {
      if (s.taskState() != null || s.nodeUuid() == null) {
        continue;
      }
      if (s.vmState() != VmState.ACTIVE && s.vmState() != VmState.STOPPED) {
        continue;
      }
      InstanceSpec spec = engine.spec(s);
      dev.ferrum.driver.PowerState observed;
      try {
        observed = engine.driver().getInfo(spec, false).state();
      } catch (RuntimeException e) {
        LOG.debug("power of {} unknown: {}", s.uuid(), e.getMessage());
        continue;
      }
      if (observed == dev.ferrum.driver.PowerState.SHUTDOWN && s.vmState() == VmState.ACTIVE) {
        changed += record(s, "stop", VmState.STOPPED, PowerState.SHUTDOWN) ? 1 : 0;
      } else if (observed == dev.ferrum.driver.PowerState.RUNNING
          && s.vmState() == VmState.STOPPED) {
        changed += record(s, "start", VmState.ACTIVE, PowerState.RUNNING) ? 1 : 0;
      }
    }
    return changed;
  }

  private boolean record(Server s, String action, VmState vm, PowerState power) {
    boolean saved =
        engine
            .tryUpdate(s.uuid(), ExpectedTaskState.none(), b -> b.vmState(vm).powerState(power))
            .isPresent();
    if (saved) {
      RequestContext ctx =
          new RequestContext(s.userId(), s.projectId(), "req-" + UUID.randomUUID());
      ActionLog.Entry entry = engine.log().start(s.uuid(), ctx, action, "compute_power_sync");
      engine.log().success(entry);
      LOG.info("server {} power state synced from Ironic: {} ({})", s.uuid(), power, vm);
    }
    return saved;
  }

  /**
   * Puts servers whose Ironic node no longer exists into ERROR and releases their claims.
   *
   * @return how many servers were marked
   */
  public int checkVanishedNodes() {
    int marked = 0;
    for (Server s : engine.db().servers().list(ServerQuery.all().withHost(engine.host()))) {
      if (s.nodeUuid() == null
          || s.taskState() == TaskState.DELETING
          || s.vmState() == VmState.ERROR
          || s.vmState() == VmState.BUILDING) {
        continue;
      }
      boolean gone;
      try {
        gone = engine.driver().isNodeDeleted(s.nodeUuid());
      } catch (RuntimeException e) {
        continue;
      }
      if (gone) {
        try {
          String reason = "The Ironic node " + s.nodeUuid() + " of this server no longer exists.";
          if (engine.markError(
              s.uuid(),
              ExpectedTaskState.noneOr(
                  TaskState.POWERING_OFF,
                  TaskState.POWERING_ON,
                  TaskState.REBOOTING,
                  TaskState.REBOOTING_HARD),
              reason)) {
            engine.releaseClaim(s.uuid());
            marked++;
            LOG.warn("server {}: {}", s.uuid(), reason);
          }
        } catch (FerrumServiceException e) {
          LOG.warn("could not mark {}: {}", s.uuid(), e.getMessage());
        }
      }
    }
    return marked;
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    List<Thread> copy;
    synchronized (running) {
      copy = new ArrayList<>(running);
    }
    for (Thread t : copy) {
      t.interrupt();
      try {
        t.join(Duration.ofSeconds(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
