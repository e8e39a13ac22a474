package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated conductor: holds node locks ({@code reservation}) while asynchronous work runs, and
 * completes that work after the configured durations through the {@link TaskScheduler}.
 */
final class Conductor {
  private static final Logger LOG = LoggerFactory.getLogger(Conductor.class);

  private final Inventory inv;
  private final TaskScheduler scheduler;

  Conductor(Inventory inv, TaskScheduler scheduler) {
    this.inv = inv;
    this.scheduler = scheduler;
  }

  String host() {
    return inv.config.conductorHost();
  }

  /** Throws NodeLocked if the snapshot (being changed under the node's monitor) is reserved. */
  void requireUnlocked(ObjectNode data) {
    if (Json.text(data, "reservation") != null) {
      throw ApiException.nodeLocked(Json.text(data, "uuid"), Json.text(data, "reservation"));
    }
  }

  /** Changes a node unless it is locked: the synchronous API updates (PATCH, traits...). */
  ObjectNode updateUnlocked(SimNode node, java.util.function.Consumer<ObjectNode> change) {
    return inv.nodes.update(
        node,
        d -> {
          requireUnlocked(d);
          change.accept(d);
        });
  }

  /** Starts a plan: applies its start, locks the node and schedules the first step. */
  void start(SimNode node, Plan plan) {
    String now = inv.nodes.now();
    inv.nodes.update(
        node,
        d -> {
          requireUnlocked(d);
          plan.onStart().accept(d);
          d.putNull("last_error");
          d.put("provision_updated_at", now);
          if (plan.steps().isEmpty()) {
            d.put("provision_state", plan.finalState());
            d.putNull("target_provision_state");
            plan.onDone().accept(d);
          } else {
            d.put("provision_state", plan.steps().get(0).state());
            d.put("target_provision_state", plan.target());
            d.put("reservation", host());
          }
        });
    if (!plan.steps().isEmpty()) {
      long generation = node.generation();
      scheduleStep(node, plan, 0, generation);
    }
  }

  private void scheduleStep(SimNode node, Plan plan, int index, long generation) {
    Duration d = inv.config.timings().of(plan.steps().get(index).state());
    scheduler.schedule(d, () -> completeStep(node, plan, index, generation));
  }

  private void completeStep(SimNode node, Plan plan, int index, long generation) {
    try {
      synchronized (node) {
        if (node.generation() != generation || inv.nodes.find(node.uuid) != node) {
          return;
        }
        Plan.Step step = plan.steps().get(index);
        String failure = step.failure() == null ? null : node.takeFailure(step.failure());
        boolean last = index + 1 >= plan.steps().size();
        String now = inv.nodes.now();
        inv.nodes.update(
            node,
            d -> {
              d.put("provision_updated_at", now);
              if (failure != null) {
                d.put("provision_state", step.failState());
                d.put("target_provision_state", step.failTarget());
                d.put("last_error", failure);
                d.putNull("reservation");
                return;
              }
              step.onComplete().accept(d);
              if (last) {
                d.put("provision_state", plan.finalState());
                d.putNull("target_provision_state");
                d.putNull("reservation");
                plan.onDone().accept(d);
              } else {
                d.put("provision_state", plan.steps().get(index + 1).state());
              }
            });
        if (failure == null && !last) {
          scheduleStep(node, plan, index + 1, generation);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("simulated step of node {} failed", node.uuid, e);
    }
  }

  /** Starts a power action: target shown and node locked until it completes. */
  void power(SimNode node, String target) {
    String finalState =
        switch (target) {
          case "power off", "soft power off" -> "power off";
          default -> "power on";
        };
    inv.nodes.update(
        node,
        d -> {
          requireUnlocked(d);
          d.put("target_power_state", finalState);
          d.put("reservation", host());
          d.putNull("last_error");
        });
    long generation = node.generation();
    scheduler.schedule(
        inv.config.timings().of("power"),
        () ->
            finish(
                node,
                generation,
                d -> {
                  d.put("power_state", finalState);
                  d.putNull("target_power_state");
                }));
  }

  /** Starts enabling or disabling the console. */
  void console(SimNode node, boolean enabled) {
    inv.nodes.update(
        node,
        d -> {
          requireUnlocked(d);
          d.put("reservation", host());
        });
    long generation = node.generation();
    scheduler.schedule(
        inv.config.timings().of("console"),
        () -> finish(node, generation, d -> Consoles.setEnabled(d, enabled, inv.config)));
  }

  private void finish(SimNode node, long generation, java.util.function.Consumer<ObjectNode> fx) {
    try {
      synchronized (node) {
        if (node.generation() != generation || inv.nodes.find(node.uuid) != node) {
          return;
        }
        inv.nodes.update(
            node,
            d -> {
              fx.accept(d);
              d.putNull("reservation");
            });
      }
    } catch (RuntimeException e) {
      LOG.warn("simulated action on node {} failed", node.uuid, e);
    }
  }

  /** Forces a provision state, forgetting pending work and the lock. */
  void forceProvisionState(SimNode node, String state) {
    String now = inv.nodes.now();
    synchronized (node) {
      node.bumpGeneration();
      inv.nodes.update(
          node,
          d -> {
            d.put("provision_state", state);
            d.putNull("target_provision_state");
            d.putNull("reservation");
            d.put("provision_updated_at", now);
          });
    }
  }

  /** Forces a power state, forgetting pending work and the lock. */
  void forcePowerState(SimNode node, String state) {
    synchronized (node) {
      node.bumpGeneration();
      inv.nodes.update(
          node,
          d -> {
            if (state == null) {
              d.putNull("power_state");
            } else {
              d.put("power_state", state);
            }
            d.putNull("target_power_state");
            d.putNull("reservation");
          });
    }
  }
}
