package dev.ferrum.driver.faults;

import static dev.ferrum.driver.faults.FaultBed.RETRY_BUDGET;
import static dev.ferrum.driver.faults.FaultBed.WAIT_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrum.driver.ComputeResourcesUnavailableException;
import dev.ferrum.driver.DriverException;
import dev.ferrum.driver.InstanceDeployFailureException;
import dev.ferrum.driver.NetworkInfo;
import dev.ferrum.ironic.client.IronicNodeLockedException;
import dev.ferrum.ironic.client.IronicServerException;
import dev.ferrum.ironic.client.IronicServiceUnavailableException;
import dev.ferrum.ironic.client.IronicTransportException;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.simulator.FailureAction;
import dev.ferrum.ironic.simulator.FaultRule;
import dev.ferrum.ironic.simulator.IronicSimulator;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Spawn under injected faults against the simulator: each test reserves the node ({@code
 * prepareForSpawn}, as the manager does), injects one fault, spawns, and asserts the outcome, the
 * virtual time the call took against its budget, and that after the manager's usual reaction to a
 * failed build ({@code destroy}, or {@code failedSpawnCleanup} when the failure came before spawn)
 * no node keeps the instance.
 *
 * <p>Outcomes follow the driver contract ({@link dev.ferrum.driver.ComputeDriver}): the driver's
 * own failures are {@code DriverException} subclasses; Ironic client errors the driver does not
 * interpret (a 500 or a dropped connection on the provision request or on a poll) propagate as the
 * client's typed exceptions, as in Nova.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SpawnFaultsTest {

  /** Longest a spawn may take: the deploy wait plus back-off of ten retried calls. */
  private static final Duration SPAWN_BUDGET = WAIT_TIMEOUT.plus(RETRY_BUDGET.multipliedBy(10));

  /** Longest a destroy may take: R+2 polls plus back-off of ten retried calls. */
  private static final Duration DESTROY_BUDGET =
      FaultBed.INTERVAL.multipliedBy(FaultBed.MAX_RETRIES + 2).plus(RETRY_BUDGET.multipliedBy(10));

  private static final String PROVISION = "/v1/nodes/{node}/states/provision";
  private static final String NODE = "/v1/nodes/{node}";
  private static final String NODES = "/v1/nodes";

  @AutoClose final FaultBed bed = new FaultBed();

  /** What the manager does first: reserve the node (no fault is armed yet). */
  private void reserve() {
    bed.driver.prepareForSpawn(bed.instance);
    assertThat(bed.read().instanceUuid()).isEqualTo(bed.instance.uuid());
  }

  private Throwable spawn() {
    return bed.timed(SPAWN_BUDGET, () -> bed.driver.spawn(bed.spawnRequest(), FaultBed.hooks()));
  }

  /** The manager's reaction to a failed spawn: destroy the instance; it must succeed. */
  private void managerDestroys() {
    Throwable t =
        bed.timed(DESTROY_BUDGET, () -> bed.driver.destroy(bed.instance, NetworkInfo.empty()));
    assertThat(t).as("destroy after the failed spawn").isNull();
    bed.settle();
    bed.assertNoNodeKeepsInstance();
    assertThat(bed.read().provisionState()).isEqualTo("available");
  }

  private void assertActive() {
    Node n = bed.read();
    assertThat(n.provisionState()).isEqualTo("active");
    assertThat(n.instanceUuid()).isEqualTo(bed.instance.uuid());
  }

  private long count(String route) {
    return bed.control.requestCounts().getOrDefault(route, 0L);
  }

  // ---- 5xx -------------------------------------------------------------------------------------

  @Test
  void provisionRequest500FailsAtOnceAndReleasesTheNode() {
    reserve();
    bed.fault(FaultRule.status("PUT", PROVISION, 500).times(1));

    assertThat(spawn()).isInstanceOf(IronicServerException.class);

    assertThat(count("PUT " + PROVISION)).isEqualTo(1);
    assertThat(bed.read().instanceUuid()).as("released by the spawn's own clean-up").isNull();
    managerDestroys();
  }

  @Test
  void provisionRequest503IsRetriedAndTheDeploySucceeds() {
    reserve();
    bed.fault(FaultRule.status("PUT", PROVISION, 503).times(2));

    assertThat(spawn()).isNull();

    assertActive();
    assertThat(count("PUT " + PROVISION)).isEqualTo(3);
  }

  @Test
  void provisionRequest503ThatPersistsFailsAfterTheRetriesAndReleasesTheNode() {
    reserve();
    bed.fault(FaultRule.status("PUT", PROVISION, 503));

    assertThat(spawn()).isInstanceOf(IronicServiceUnavailableException.class);

    assertThat(count("PUT " + PROVISION)).isEqualTo(FaultBed.RETRIES.maxAttempts());
    assertThat(bed.read().instanceUuid()).isNull();
    managerDestroys();
  }

  @Test
  void pollAnswering500FailsTheSpawnAndDestroyTearsTheDeployDown() {
    reserve();
    bed.duringTheWait(() -> bed.fault(FaultRule.status("GET", NODES, 500).times(1)));

    assertThat(spawn()).isInstanceOf(IronicServerException.class);
    assertThat(bed.ranDuringTheWait()).as("fault armed during the wait").isTrue();

    // the deploy was accepted: the node still carries the instance until the manager destroys it
    assertThat(bed.read().instanceUuid()).isEqualTo(bed.instance.uuid());
    managerDestroys();
  }

  @Test
  void pollAnswering503IsRetriedAndTheDeploySucceeds() {
    reserve();
    bed.duringTheWait(() -> bed.fault(FaultRule.status("GET", NODES, 503).times(3)));

    assertThat(spawn()).isNull();
    assertThat(bed.ranDuringTheWait()).as("fault armed during the wait").isTrue();

    assertActive();
  }

  @Test
  void pollsAnswering503UntilTheRetriesRunOutFailTheSpawn() {
    reserve();
    bed.duringTheWait(() -> bed.fault(FaultRule.status("GET", NODES, 503)));

    assertThat(spawn()).isInstanceOf(IronicServiceUnavailableException.class);
    assertThat(bed.ranDuringTheWait()).as("fault armed during the wait").isTrue();

    bed.control.clearFaults(); // Ironic recovers; then the manager destroys
    managerDestroys();
  }

  // ---- 409 NodeLocked --------------------------------------------------------------------------

  @Test
  void nodeLockedOnTheReservationAsksForAnotherNodeAtOnce() {
    bed.lockWithPowerAction();

    // no retry: another instance may have won the node, so the manager reschedules at once
    Throwable t = bed.timed(Duration.ZERO, () -> bed.driver.prepareForSpawn(bed.instance));

    assertThat(t)
        .isInstanceOf(ComputeResourcesUnavailableException.class)
        .hasCauseInstanceOf(IronicNodeLockedException.class)
        .hasMessageContaining("Failed to reserve node " + bed.node);
    assertThat(bed.control.requestCounts()).containsEntry("PATCH " + NODE, 1L);
    assertThat(bed.timed(Duration.ZERO, () -> bed.driver.failedSpawnCleanup(bed.instance)))
        .isNull();
    bed.settle();
    bed.assertNoNodeKeepsInstance();
  }

  @Test
  void nodeLockedOnTheProvisionRequestIsRetriedUntilTheLockGoes() {
    reserve();
    bed.beforeProvisionRequest(bed::lockWithPowerAction);

    assertThat(spawn()).isNull();

    assertActive();
    assertThat(count("PUT " + PROVISION)).isEqualTo(2);
  }

  @Test
  void nodeLockedBeyondTheRetriesFailsTheSpawnAndDestroyReleasesOnceUnlocked() {
    FaultBed slow = new FaultBed(IronicSimulator.builder().timing("power", Duration.ofMinutes(5)));
    try {
      slow.driver.prepareForSpawn(slow.instance);
      slow.beforeProvisionRequest(slow::lockWithPowerAction);

      Throwable t =
          slow.timed(SPAWN_BUDGET, () -> slow.driver.spawn(slow.spawnRequest(), FaultBed.hooks()));

      assertThat(t).isInstanceOf(IronicNodeLockedException.class);
      // the clean-up's release met the same lock; a failed release is only logged (DST-11)
      assertThat(slow.read().instanceUuid())
          .as("the lock also kept the spawn's clean-up from releasing the node")
          .isEqualTo(slow.instance.uuid());
      // the manager's destroy while the lock lasts fails loudly instead of leaving the node
      // reserved for an instance it would then delete
      assertThat(
              slow.timed(
                  DESTROY_BUDGET, () -> slow.driver.destroy(slow.instance, NetworkInfo.empty())))
          .isExactlyInstanceOf(DriverException.class)
          .hasCauseInstanceOf(IronicNodeLockedException.class);
      slow.settle(); // the power action ends and Ironic lets go of the node
      assertThat(
              slow.timed(
                  DESTROY_BUDGET, () -> slow.driver.destroy(slow.instance, NetworkInfo.empty())))
          .isNull();
      slow.assertNoNodeKeepsInstance();
    } finally {
      slow.close();
    }
  }

  @Test
  void failedSpawnCleanupThatCannotReleaseALockedNodeFailsInsteadOfKeepingTheReservation() {
    FaultBed slow = new FaultBed(IronicSimulator.builder().timing("power", Duration.ofMinutes(5)));
    try {
      slow.driver.prepareForSpawn(slow.instance);
      slow.lockWithPowerAction();

      Throwable t =
          slow.timed(
              RETRY_BUDGET.multipliedBy(3), () -> slow.driver.failedSpawnCleanup(slow.instance));

      assertThat(t)
          .isExactlyInstanceOf(DriverException.class)
          .hasMessageContaining("Failed to release node " + slow.node)
          .hasCauseInstanceOf(IronicNodeLockedException.class);
      slow.settle();
      assertThat(slow.timed(RETRY_BUDGET, () -> slow.driver.failedSpawnCleanup(slow.instance)))
          .isNull();
      slow.assertNoNodeKeepsInstance();
    } finally {
      slow.close();
    }
  }

  // ---- dropped connections ---------------------------------------------------------------------

  @Test
  void droppedReservationIsADeployFailureAndLeavesTheNodeFree() {
    bed.fault(FaultRule.drop("PATCH", NODE).times(1));

    Throwable t = bed.timed(Duration.ZERO, () -> bed.driver.prepareForSpawn(bed.instance));

    assertThat(t)
        .isInstanceOf(InstanceDeployFailureException.class)
        .hasCauseInstanceOf(IronicTransportException.class);
    assertThat(bed.control.requestCounts()).containsEntry("PATCH " + NODE, 1L);
    assertThat(bed.timed(Duration.ZERO, () -> bed.driver.failedSpawnCleanup(bed.instance)))
        .isNull();
    bed.assertNoNodeKeepsInstance();
  }

  @Test
  void droppedProvisionRequestIsNotRepeatedAndReleasesTheNode() {
    reserve();
    bed.fault(FaultRule.drop("PUT", PROVISION).times(1));

    assertThat(spawn()).isInstanceOf(IronicTransportException.class);

    assertThat(count("PUT " + PROVISION)).isEqualTo(1);
    assertThat(bed.read().instanceUuid()).isNull();
    managerDestroys();
  }

  @Test
  void droppedPollsAreRetriedAndTheDeploySucceeds() {
    reserve();
    bed.duringTheWait(() -> bed.fault(FaultRule.drop("GET", NODES).times(2)));

    assertThat(spawn()).isNull();
    assertThat(bed.ranDuringTheWait()).as("fault armed during the wait").isTrue();

    assertActive();
  }

  @Test
  void pollsDroppedUntilTheRetriesRunOutFailTheSpawn() {
    reserve();
    bed.duringTheWait(() -> bed.fault(FaultRule.drop("GET", NODES)));

    assertThat(spawn()).isInstanceOf(IronicTransportException.class);
    assertThat(bed.ranDuringTheWait()).as("fault armed during the wait").isTrue();

    bed.control.clearFaults();
    managerDestroys();
  }

  // ---- deploy failure and the deploy budget ----------------------------------------------------

  @Test
  void deployFailureIsADeployFailureWithIronicsLastError() {
    reserve();
    bed.control.failNext(bed.node, FailureAction.DEPLOY, "Deploy step failed: disk on fire");

    assertThat(spawn())
        .isInstanceOf(InstanceDeployFailureException.class)
        .hasMessageContaining("disk on fire");

    Node n = bed.read();
    assertThat(n.provisionState()).isEqualTo("deploy failed");
    assertThat(n.instanceUuid()).isEqualTo(bed.instance.uuid());
    managerDestroys();
  }

  @Test
  void deployThatNeverFinishesTimesOutWithinTheDeployTimeout() {
    reserve();
    // a deploy waiting for a ramdisk that never calls back
    bed.duringTheWait(() -> bed.control.forceProvisionState(bed.node, "wait call-back"));
    long before = bed.nanoTime();

    assertThat(spawn())
        .isInstanceOf(InstanceDeployFailureException.class)
        .hasMessageContaining("Timed out");
    assertThat(bed.ranDuringTheWait()).as("fault armed during the wait").isTrue();

    assertThat(Duration.ofNanos(bed.nanoTime() - before)).isGreaterThanOrEqualTo(WAIT_TIMEOUT);
    managerDestroys();
  }
}
