package dev.ferrum.driver.faults;

import static dev.ferrum.driver.faults.FaultBed.INTERVAL;
import static dev.ferrum.driver.faults.FaultBed.MAX_RETRIES;
import static dev.ferrum.driver.faults.FaultBed.RETRY_BUDGET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrum.driver.DriverException;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Destroy of an active instance under injected faults against the simulator: each test deploys the
 * instance without faults, injects one fault, destroys, and asserts the outcome, the virtual time
 * the call took against its budget, and that in the end (after the manager repeats a failed
 * destroy, as it does when a user deletes an errored instance again) no node keeps the instance.
 *
 * <p>Destroy fails closed: when the tear-down request fails, the node stays provisioned with the
 * instance (never released under a deployment) and the error propagates.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DestroyFaultsTest {

  /** Longest a destroy may take: R+2 polls plus back-off of ten retried calls. */
  private static final Duration DESTROY_BUDGET =
      INTERVAL.multipliedBy(MAX_RETRIES + 2).plus(RETRY_BUDGET.multipliedBy(10));

  private static final String PROVISION = "/v1/nodes/{node}/states/provision";
  private static final String NODES = "/v1/nodes";

  private FaultBed bed = new FaultBed();

  private Throwable destroy() {
    return bed.timed(DESTROY_BUDGET, () -> bed.driver.destroy(bed.instance, NetworkInfo.empty()));
  }

  /** The tear-down finished: the node is free and nothing carries the instance. */
  private void assertTornDown() {
    bed.settle();
    bed.assertNoNodeKeepsInstance();
    Node n = bed.read();
    assertThat(n.instanceUuid()).isNull();
    assertThat(n.instanceInfo()).isNullOrEmpty();
  }

  /** The failed destroy left the deployment alone; the manager's next destroy then succeeds. */
  private void stillDeployedThenDestroyedAgain() {
    Node n = bed.read();
    assertThat(n.provisionState()).isEqualTo("active");
    assertThat(n.instanceUuid()).isEqualTo(bed.instance.uuid());
    assertThat(destroy()).as("the manager's second destroy").isNull();
    assertTornDown();
    assertThat(bed.read().provisionState()).isEqualTo("available");
  }

  private long count(String route) {
    return bed.control.requestCounts().getOrDefault(route, 0L);
  }

  private void deployedWith(FaultBed b) {
    use(b);
    bed.deployed();
  }

  private void use(FaultBed b) {
    bed.close();
    bed = b;
  }

  @AfterEach
  void close() {
    bed.close();
  }

  // ---- 5xx -------------------------------------------------------------------------------------

  @Test
  void tearDownRequest500FailsClosed() {
    bed.deployed();
    bed.fault(FaultRule.status("PUT", PROVISION, 500).times(1));

    assertThat(destroy()).isInstanceOf(IronicServerException.class);

    stillDeployedThenDestroyedAgain();
  }

  @Test
  void tearDownRequest503IsRetriedAndTheDestroySucceeds() {
    bed.deployed();
    bed.control.resetRequestCounts();
    bed.fault(FaultRule.status("PUT", PROVISION, 503).times(2));

    assertThat(destroy()).isNull();

    assertThat(count("PUT " + PROVISION)).isEqualTo(3);
    assertTornDown();
  }

  @Test
  void tearDownRequest503ThatPersistsFailsClosedAfterTheRetries() {
    bed.deployed();
    bed.control.resetRequestCounts();
    bed.fault(FaultRule.status("PUT", PROVISION, 503));

    assertThat(destroy()).isInstanceOf(IronicServiceUnavailableException.class);

    assertThat(count("PUT " + PROVISION)).isEqualTo(FaultBed.RETRIES.maxAttempts());
    stillDeployedThenDestroyedAgain();
  }

  @Test
  void pollAnswering500FailsTheDestroyButTheTearDownCompletes() {
    bed.deployed();
    bed.duringTheWait(() -> bed.fault(FaultRule.status("GET", NODES, 500).times(1)));

    assertThat(destroy()).isInstanceOf(IronicServerException.class);
    assertThat(bed.ranDuringTheWait()).as("fault armed during the wait").isTrue();

    assertTornDown();
    // the manager's repeated destroy finds no node carrying the instance: done
    assertThat(destroy()).isNull();
  }

  @Test
  void pollAnswering503IsRetriedAndTheDestroySucceeds() {
    bed.deployed();
    bed.duringTheWait(() -> bed.fault(FaultRule.status("GET", NODES, 503).times(3)));

    assertThat(destroy()).isNull();
    assertThat(bed.ranDuringTheWait()).as("fault armed during the wait").isTrue();

    assertTornDown();
  }

  // ---- 409 NodeLocked --------------------------------------------------------------------------

  @Test
  void nodeLockedOnTheTearDownRequestIsRetriedUntilTheLockGoes() {
    bed.deployed();
    bed.lockWithPowerAction();
    bed.control.resetRequestCounts();

    assertThat(destroy()).isNull();

    assertThat(count("PUT " + PROVISION)).isEqualTo(2);
    assertTornDown();
  }

  @Test
  void nodeLockedBeyondTheRetriesFailsClosed() {
    deployedWith(new FaultBed(IronicSimulator.builder().timing("power", Duration.ofMinutes(5))));
    bed.lockWithPowerAction();

    assertThat(destroy()).isInstanceOf(IronicNodeLockedException.class);

    bed.settle(); // the power action ends
    stillDeployedThenDestroyedAgain();
  }

  @Test
  void reservedNodeWhoseReleaseMeetsALockIsReleasedOnRetry() {
    bed.driver.prepareForSpawn(bed.instance); // reserved; the build failed before any deploy
    bed.lockWithPowerAction();

    assertThat(destroy()).isNull();

    assertTornDown();
  }

  @Test
  void reservedNodeLockedBeyondTheRetriesFailsTheDestroyInsteadOfKeepingTheReservation() {
    use(new FaultBed(IronicSimulator.builder().timing("power", Duration.ofMinutes(5))));
    bed.driver.prepareForSpawn(bed.instance);
    bed.lockWithPowerAction();

    Throwable t = destroy();

    // a destroy that reported success here would let the manager delete an instance whose
    // uuid the node keeps for ever
    assertThat(t)
        .isExactlyInstanceOf(DriverException.class)
        .hasMessageContaining("Failed to release node " + bed.node)
        .hasCauseInstanceOf(IronicNodeLockedException.class);
    assertThat(bed.read().instanceUuid()).isEqualTo(bed.instance.uuid());
    bed.settle(); // the power action ends
    assertThat(destroy()).as("the manager's second destroy").isNull();
    assertTornDown();
  }

  // ---- dropped connections ---------------------------------------------------------------------

  @Test
  void droppedTearDownRequestIsNotRepeatedAndFailsClosed() {
    bed.deployed();
    bed.control.resetRequestCounts();
    bed.fault(FaultRule.drop("PUT", PROVISION).times(1));

    assertThat(destroy()).isInstanceOf(IronicTransportException.class);

    assertThat(count("PUT " + PROVISION)).isEqualTo(1);
    stillDeployedThenDestroyedAgain();
  }

  @Test
  void droppedLookupAndPollsAreRetriedAndTheDestroySucceeds() {
    bed.deployed();
    bed.fault(FaultRule.drop("GET", NODES).times(2));

    assertThat(destroy()).isNull();

    assertTornDown();
  }

  // ---- failures of Ironic's own work and the wait budget ---------------------------------------

  @Test
  void cleaningFailureAfterTheTearDownStillFreesTheInstance() {
    deployedWith(new FaultBed(IronicSimulator.builder().automatedClean(true)));
    bed.control.failNext(bed.node, FailureAction.CLEAN, "Clean step failed: disk wipe");

    assertThat(destroy()).isNull();

    assertTornDown();
    Node n = bed.read();
    assertThat(n.provisionState()).isEqualTo("clean failed");
    assertThat(n.lastError()).contains("disk wipe");
  }

  @Test
  void tearDownThatHangsGivesUpAfterRPlusTwoPollsWithATypedFailure() {
    deployedWith(new FaultBed(IronicSimulator.builder().timing("deleting", Duration.ofHours(1))));
    bed.control.resetRequestCounts();

    Throwable t = destroy();

    assertThat(t)
        .isExactlyInstanceOf(DriverException.class)
        .hasMessageContaining("Provision state still 'deleting'");
    assertThat(count("GET " + NODES)).isEqualTo(1 + MAX_RETRIES + 2); // lookup + R+2 polls
    // Ironic goes on with the tear-down it accepted: the instance is let go when it ends
    assertTornDown();
  }
}
