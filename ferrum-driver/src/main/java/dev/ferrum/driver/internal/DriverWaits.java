package dev.ferrum.driver.internal;

import dev.ferrum.driver.InstanceDeployFailureException;
import dev.ferrum.driver.InstanceHooks;
import dev.ferrum.driver.InstanceNotFoundException;
import dev.ferrum.driver.InstanceRescueFailureException;
import dev.ferrum.driver.InstanceUnrescueFailureException;
import dev.ferrum.driver.watch.NodeFailureException;
import dev.ferrum.driver.watch.Observation;
import dev.ferrum.driver.watch.Verdict;
import dev.ferrum.driver.watch.WaitSpec;
import dev.ferrum.driver.watch.WatchTarget;
import dev.ferrum.ironic.client.model.Node;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The driver's wait conditions (spec §8.8, §9.2, §11, §12) as {@link WaitSpec}s for the shared
 * {@link dev.ferrum.driver.watch.NodeWatcher}. Every wait observes the node carrying the instance,
 * as Nova does, so a node whose instance was cleared reads as gone.
 */
public final class DriverWaits {

  private DriverWaits() {}

  /**
   * Until the deploy (or rebuild) is {@code active}. Before each poll the instance is re-read and
   * the wait aborts ("provisioning was aborted") when it was deleted or errored.
   */
  public static WaitSpec active(String instanceUuid, InstanceHooks hooks, Duration timeout) {
    return WaitSpec.of(
            WatchTarget.instance(instanceUuid),
            obs -> {
              Node n = present(obs, instanceUuid);
              String state = n.provisionState();
              if ("active".equals(state)) {
                return Verdict.done();
              }
              String target = n.targetProvisionState();
              if ("deleted".equals(target) || "available".equals(target)) {
                throw gone(instanceUuid, "is being torn down");
              }
              if (state == null || "available".equals(state)) {
                throw gone(instanceUuid, "was torn down");
              }
              if ("deploy failed".equals(state)) {
                var cause = new NodeFailureException(n.uuid(), state, n.lastError());
                return Verdict.fail(
                    new InstanceDeployFailureException(
                        "Failed to provision instance " + instanceUuid + ": " + n.lastError(),
                        cause));
              }
              return Verdict.pending();
            },
            "instance " + instanceUuid + " to become active")
        .withTimeout(timeout)
        .withAbortCheck(() ->
            hooks.refresh().deployAborted()
                ? Optional.of(
                    new InstanceDeployFailureException(
                        "Instance " + instanceUuid + " provisioning was aborted"))
                : Optional.empty());
  }

  /**
   * Until the tear-down let go of the instance: no node carries it, or its state is {@code null},
   * cleaning, clean wait, clean failed or available. Bounded by {@code maxPolls} (Nova: R+2).
   */
  public static WaitSpec unprovisioned(String instanceUuid, int maxPolls) {
    return WaitSpec.of(
            WatchTarget.instance(instanceUuid),
            obs -> {
              if (!(obs instanceof Observation.Seen seen)) {
                return Verdict.done();
              }
              String state = seen.node().provisionState();
              return state == null || NodeStates.UNPROVISIONED.contains(state)
                  ? Verdict.done()
                  : Verdict.pending();
            },
            "instance " + instanceUuid + " to be unprovisioned")
        .withMaxPolls(maxPolls);
  }

  /** Until {@code target_power_state} is cleared; the node must still carry the instance. */
  public static WaitSpec powerSettled(String instanceUuid, Duration timeout) {
    return WaitSpec.of(
            WatchTarget.instance(instanceUuid),
            obs ->
                present(obs, instanceUuid).targetPowerState() == null
                    ? Verdict.done()
                    : Verdict.pending(),
            "the power action on instance " + instanceUuid)
        .withTimeout(timeout);
  }

  /** Until {@code rescue}; {@code rescue failed} or a vanished node fail the rescue. */
  public static WaitSpec rescued(String instanceUuid, Duration timeout) {
    return settle(instanceUuid, "rescue", Set.of("rescue failed"), timeout, true);
  }

  /** Until {@code active}; {@code unrescue failed} or a vanished node fail the unrescue. */
  public static WaitSpec unrescued(String instanceUuid, Duration timeout) {
    return settle(instanceUuid, "active", Set.of("unrescue failed"), timeout, false);
  }

  private static WaitSpec settle(
      String instanceUuid, String goal, Set<String> failures, Duration timeout, boolean rescue) {
    return WaitSpec.of(
            WatchTarget.instance(instanceUuid),
            obs -> {
              if (!(obs instanceof Observation.Seen seen)) {
                return Verdict.fail(
                    failure(rescue, instanceUuid, "no Ironic node carries the instance", null));
              }
              Node n = seen.node();
              if (goal.equals(n.provisionState())) {
                return Verdict.done();
              }
              if (failures.contains(n.provisionState())) {
                return Verdict.fail(
                    failure(
                        rescue,
                        instanceUuid,
                        n.lastError(),
                        new NodeFailureException(n.uuid(), n.provisionState(), n.lastError())));
              }
              return Verdict.pending();
            },
            "instance " + instanceUuid + " to reach " + goal)
        .withTimeout(timeout);
  }

  private static RuntimeException failure(
      boolean rescue, String instanceUuid, String reason, Throwable cause) {
    return rescue
        ? new InstanceRescueFailureException(
            "Failed to rescue instance " + instanceUuid + ": " + reason, cause)
        : new InstanceUnrescueFailureException(
            "Failed to unrescue instance " + instanceUuid + ": " + reason, cause);
  }

  private static Node present(Observation obs, String instanceUuid) {
    if (obs instanceof Observation.Seen seen) {
      return seen.node();
    }
    throw gone(instanceUuid, "is no longer on any node");
  }

  private static InstanceNotFoundException gone(String instanceUuid, String what) {
    return new InstanceNotFoundException("Instance " + instanceUuid + " " + what + " in Ironic.");
  }
}
