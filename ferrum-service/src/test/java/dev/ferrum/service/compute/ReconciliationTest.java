package dev.ferrum.service.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ferrum.ironic.simulator.FaultRule;
import dev.ferrum.service.store.Server;
import dev.ferrum.service.store.TaskState;
import dev.ferrum.service.store.VmState;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rows a crashed manager left behind are built directly in the database (and the simulator's nodes
 * put in the matching state); a newly started manager must bring each to a final state.
 */
class ReconciliationTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private ComputeFixture fx;

  @AfterEach
  void close() {
    if (fx != null) {
      fx.close();
    }
  }

  private String node(int i) {
    return fx.client.nodes().get("node-" + i).uuid();
  }

  private Server leftover(String node, VmState vm, TaskState task) {
    String uuid = UUID.randomUUID().toString();
    Server s =
        Server.builder(uuid, "left-" + vm + "-" + task, "p1", "alice", fx.flavor)
            .imageId(fx.image.id())
            .host(ComputeFixture.HOST)
            .nodeUuid(node)
            .vmState(vm)
            .taskState(task)
            .createdAt(Instant.now())
            .build();
    fx.db.servers().create(s);
    if (node != null) {
      assertThat(fx.db.nodeClaims().claim(node, uuid, Instant.now())).isTrue();
    }
    return s;
  }

  @Test
  void aServerWhoseNodeVanishedWhileNoManagerRanIsErrorRightAtStart() {
    fx = new ComputeFixture(1);
    Server orphan = leftover(UUID.randomUUID().toString(), VmState.ACTIVE, null);
    fx.startManager(ComputeSettings.builder().vanishedNodeInterval(Duration.ofHours(1)).build());
    Server after = fx.server(orphan.uuid());
    assertThat(after.vmState()).isEqualTo(VmState.ERROR);
    assertThat(after.fault().message()).contains("no longer exists");
    assertThat(fx.db.nodeClaims().findByServer(orphan.uuid())).isEmpty();
  }

  @Test
  void interruptedBuildsAndDeletesReachAFinalState() {
    fx = new ComputeFixture(5);
    // 1: never got a node
    Server unscheduled = leftover(null, VmState.BUILDING, TaskState.SCHEDULING);
    // 2: claimed but the deploy never started in Ironic
    Server unstarted = leftover(node(0), VmState.BUILDING, TaskState.SPAWNING);
    // 3: the deploy finished while the manager was down
    Server finished = leftover(node(1), VmState.BUILDING, TaskState.SPAWNING);
    fx.client.nodes().reserve(node(1), finished.uuid());
    fx.sim.control().forceProvisionState(node(1), "active");
    // 4: still deploying: the wait resumes
    Server deploying = leftover(node(2), VmState.BUILDING, TaskState.SPAWNING);
    fx.client.nodes().reserve(node(2), deploying.uuid());
    fx.sim.control().forceProvisionState(node(2), "deploying");
    // 5: a delete was in flight
    Server deleting = leftover(node(3), VmState.ACTIVE, TaskState.DELETING);
    fx.client.nodes().reserve(node(3), deleting.uuid());
    fx.sim.control().forceProvisionState(node(3), "active");
    // 6: a claim whose server no longer exists
    fx.db.nodeClaims().claim(node(4), UUID.randomUUID().toString(), Instant.now());

    fx.startManager();

    assertThat(fx.server(unscheduled.uuid()).vmState()).isEqualTo(VmState.ERROR);
    assertThat(fx.server(unscheduled.uuid()).fault().message()).contains("interrupted");
    assertThat(fx.server(unstarted.uuid()).vmState()).isEqualTo(VmState.ERROR);
    assertThat(fx.db.nodeClaims().find(node(0))).isEmpty();
    assertThat(fx.server(finished.uuid()).vmState()).isEqualTo(VmState.ACTIVE);
    assertThat(fx.server(finished.uuid()).taskState()).isNull();
    await().atMost(WAIT).until(() -> fx.server(deleting.uuid()) == null);
    assertThat(fx.client.nodes().get(node(3)).instanceUuid()).isNull();
    assertThat(fx.db.nodeClaims().find(node(4))).isEmpty();

    assertThat(fx.server(deploying.uuid()).vmState()).isEqualTo(VmState.BUILDING);
    fx.sim.control().forceProvisionState(node(2), "active");
    await().atMost(WAIT).until(() -> fx.server(deploying.uuid()).vmState() == VmState.ACTIVE);
    assertThat(fx.server(deploying.uuid()).taskState()).isNull();
  }

  @Test
  void aResumedDeployThatFailsEndsInErrorAndFreesTheNode() {
    fx = new ComputeFixture(1);
    Server deploying = leftover(node(0), VmState.BUILDING, TaskState.SPAWNING);
    fx.client.nodes().reserve(node(0), deploying.uuid());
    fx.sim.control().forceProvisionState(node(0), "deploying");
    fx.startManager();
    fx.sim.control().forceProvisionState(node(0), "deploy failed");
    await().atMost(WAIT).until(() -> fx.server(deploying.uuid()).vmState() == VmState.ERROR);
    assertThat(fx.db.nodeClaims().list()).isEmpty();
    await().atMost(WAIT).until(() -> fx.client.nodes().get(node(0)).instanceUuid() == null);
  }

  @Test
  void interruptedPowerTasksAreCleared() {
    fx = new ComputeFixture(1);
    Server s = leftover(node(0), VmState.ACTIVE, TaskState.REBOOTING);
    fx.client.nodes().reserve(node(0), s.uuid());
    fx.sim.control().forceProvisionState(node(0), "active");
    fx.startManager();
    assertThat(fx.server(s.uuid()).taskState()).isNull();
    assertThat(fx.server(s.uuid()).vmState()).isEqualTo(VmState.ACTIVE);
  }

  @Test
  void aReservedNodeWhoseDeployNeverStartedIsFreedAndTheBuildFailsWithAReason() {
    fx = new ComputeFixture(1);
    Server reserved = leftover(node(0), VmState.BUILDING, TaskState.SPAWNING);
    fx.client.nodes().reserve(node(0), reserved.uuid());
    fx.startManager();
    assertThat(fx.server(reserved.uuid()).vmState()).isEqualTo(VmState.ERROR);
    assertThat(fx.server(reserved.uuid()).fault().details()).contains("before the deploy started");
    assertThat(fx.client.nodes().get(node(0)).instanceUuid()).isNull();
    assertThat(fx.db.nodeClaims().list()).isEmpty();
  }

  @Test
  void aNodeStillCarryingADeletedServerIsTornDownAndAnUnknownInstanceIsLeftAlone() {
    fx = new ComputeFixture(2);
    Server gone = leftover(null, VmState.ACTIVE, null);
    fx.db.servers().markDeleted(gone.uuid(), Instant.now());
    fx.client.nodes().reserve(node(0), gone.uuid());
    fx.sim.control().forceProvisionState(node(0), "active");
    String stranger = UUID.randomUUID().toString();
    fx.client.nodes().reserve(node(1), stranger);
    fx.sim.control().forceProvisionState(node(1), "active");

    fx.startManager();

    await().atMost(WAIT).until(() -> fx.client.nodes().get(node(0)).instanceUuid() == null);
    assertThat(fx.client.nodes().get(node(1)).instanceUuid()).isEqualTo(stranger);
    assertThat(fx.client.nodes().get(node(1)).provisionState()).isEqualTo("active");
  }

  @Test
  void deletingAServerWithNoRecordedNodeStillFreesTheNodeCarryingIt() {
    fx = new ComputeFixture(1);
    Server s = leftover(null, VmState.ACTIVE, null);
    fx.client.nodes().reserve(node(0), s.uuid());
    fx.sim.control().forceProvisionState(node(0), "active");
    fx.startManager();

    fx.manager.delete(s.uuid(), ComputeFixture.ctx());

    await().atMost(WAIT).until(() -> fx.server(s.uuid()) == null);
    await().atMost(WAIT).until(() -> fx.client.nodes().get(node(0)).instanceUuid() == null);
  }

  @Test
  void aBuildWhoseNodeCannotBeReadAtStartUpIsRetriedInTheBackground() {
    fx = new ComputeFixture(1);
    Server deploying = leftover(node(0), VmState.BUILDING, TaskState.SPAWNING);
    fx.client.nodes().reserve(node(0), deploying.uuid());
    fx.sim.control().forceProvisionState(node(0), "deploying");
    fx.sim.control().addFault(FaultRule.status("GET", "/v1/nodes/" + node(0), 500).times(3));

    fx.startManager();

    assertThat(fx.server(deploying.uuid()).vmState()).isEqualTo(VmState.BUILDING);
    fx.sim.control().forceProvisionState(node(0), "active");
    await().atMost(WAIT).until(() -> fx.server(deploying.uuid()).vmState() == VmState.ACTIVE);
  }

  @Test
  void aBuildWhoseNodeStaysUnreadableEndsInErrorWhenTheResumeTimeoutPasses() {
    fx = new ComputeFixture(1);
    Server deploying = leftover(node(0), VmState.BUILDING, TaskState.SPAWNING);
    fx.client.nodes().reserve(node(0), deploying.uuid());
    fx.sim.control().forceProvisionState(node(0), "deploying");
    fx.sim.control().addFault(FaultRule.status("GET", "/v1/nodes/" + node(0), 500));

    fx.startManager(
        ComputeSettings.builder()
            .nodeRefreshInterval(Duration.ofHours(1))
            .powerSyncInterval(Duration.ofHours(1))
            .vanishedNodeInterval(Duration.ofHours(1))
            .resumePollInterval(Duration.ofMillis(50))
            .buildResumeTimeout(Duration.ofSeconds(1))
            .build());

    await().atMost(WAIT).until(() -> fx.server(deploying.uuid()).vmState() == VmState.ERROR);
    assertThat(fx.server(deploying.uuid()).taskState()).isNull();
    assertThat(fx.server(deploying.uuid()).fault().message()).contains("Could not reconcile");
  }

  @Test
  void deletingAResumedBuildStopsItsWaitAndFreesTheNode() {
    fx = new ComputeFixture(1);
    Server waiting = leftover(node(0), VmState.BUILDING, TaskState.SPAWNING);
    fx.client.nodes().reserve(node(0), waiting.uuid());
    fx.sim.control().forceProvisionState(node(0), "wait call-back");
    fx.startManager();
    assertThat(fx.server(waiting.uuid()).vmState()).isEqualTo(VmState.BUILDING);

    fx.manager.delete(waiting.uuid(), ComputeFixture.ctx());

    // well within buildResumeTimeout (20 s): the delete must not wait for the resumed wait to end
    await().atMost(Duration.ofSeconds(5)).until(() -> fx.server(waiting.uuid()) == null);
    await().atMost(WAIT).until(() -> fx.client.nodes().get(node(0)).instanceUuid() == null);
  }
}
