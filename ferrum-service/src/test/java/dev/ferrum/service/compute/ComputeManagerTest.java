package dev.ferrum.service.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.ferrum.ironic.simulator.FailureAction;
import dev.ferrum.ironic.simulator.FaultRule;
import dev.ferrum.service.ConflictException;
import dev.ferrum.service.compute.internal.Engine;
import dev.ferrum.service.compute.internal.NoValidHostException;
import dev.ferrum.service.store.Flavor;
import dev.ferrum.service.store.InstanceAction;
import dev.ferrum.service.store.InstanceActionEvent;
import dev.ferrum.service.store.PowerState;
import dev.ferrum.service.store.Server;
import dev.ferrum.service.store.TaskState;
import dev.ferrum.service.store.VmState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ComputeManagerTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private ComputeFixture fx;

  @AfterEach
  void close() {
    if (fx != null) {
      fx.close();
    }
  }

  private Server awaitServer(String uuid, Predicate<Server> done) {
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(20))
        .until(() -> {
          Server s = fx.server(uuid);
          return s != null && done.test(s);
        });
    return fx.server(uuid);
  }

  private Server awaitIdle(String uuid, VmState vm) {
    return awaitServer(uuid, s -> s.vmState() == vm && s.taskState() == null);
  }

  private Server createActive(String name) {
    Server s = fx.manager.create(fx.request(name), ComputeFixture.ctx());
    return awaitIdle(s.uuid(), VmState.ACTIVE);
  }

  @Test
  void createRecordsTheActionFirstAndEndsActiveOnAReservedNode() {
    fx = new ComputeFixture(2).startManager();
    var ctx = ComputeFixture.ctx();
    Server created = fx.manager.create(fx.request("web-1"), ctx);
    assertThat(created.vmState()).isEqualTo(VmState.BUILDING);
    assertThat(fx.db.actions().find(created.uuid(), ctx.requestId()))
        .get()
        .extracting(InstanceAction::action)
        .isEqualTo("create");

    Server active = awaitIdle(created.uuid(), VmState.ACTIVE);
    assertThat(active.nodeUuid()).isNotNull();
    assertThat(active.launchedAt()).isNotNull();
    assertThat(active.powerState()).isEqualTo(PowerState.RUNNING);
    assertThat(active.hostname()).isEqualTo("web-1");
    assertThat(fx.client.nodes().get(active.nodeUuid()).instanceUuid()).isEqualTo(active.uuid());
    assertThat(fx.client.nodes().get(active.nodeUuid()).provisionState()).isEqualTo("active");
    assertThat(fx.db.nodeClaims().findByServer(active.uuid())).isPresent();
    List<InstanceActionEvent> events = fx.db.actions().events(active.uuid(), ctx.requestId());
    assertThat(events)
        .singleElement()
        .satisfies(e -> {
          assertThat(e.event()).isEqualTo("compute__do_build_and_run_instance");
          assertThat(e.result()).isEqualTo("Success");
        });
  }

  @Test
  void failedDeployEndsInErrorWithAFaultAndLeavesNoNodeReserved() {
    fx = new ComputeFixture(1).startManager();
    String node = fx.client.nodes().get("node-0").uuid();
    fx.sim.control().failNext(node, FailureAction.DEPLOY, "Deploy step failed: disk on fire");
    var ctx = ComputeFixture.ctx();
    Server s = fx.manager.create(fx.request("doomed"), ctx);
    Server failed = awaitIdle(s.uuid(), VmState.ERROR);
    assertThat(failed.fault()).isNotNull();
    assertThat(failed.fault().message()).isEqualTo(Engine.INTERNAL_FAULT);
    assertThat(failed.fault().details()).contains("disk on fire");
    assertThat(fx.db.nodeClaims().list()).isEmpty();
    await().atMost(WAIT).until(() -> fx.client.nodes().get(node).instanceUuid() == null);
    assertThat(fx.db.actions().find(s.uuid(), ctx.requestId()).orElseThrow().message())
        .isEqualTo("Error");
  }

  @Test
  void noFittingNodeGivesNoValidHost() {
    fx = new ComputeFixture(2).startManager();
    Flavor gpu =
        fx.db
            .flavors()
            .create(
                Flavor.builder("gpu", "gpu")
                    .size(1, 1, 1)
                    .extraSpecs(Map.of("resources:CUSTOM_GPU", "1"))
                    .createdAt(Instant.now())
                    .build());
    Server s =
        fx.manager.create(
            new CreateServerRequest("g", gpu, fx.image, null, null, Map.of(), null, null, null),
            ComputeFixture.ctx());
    Server failed = awaitIdle(s.uuid(), VmState.ERROR);
    assertThat(failed.fault().message()).isEqualTo(NoValidHostException.MESSAGE);
    assertThat(failed.nodeUuid()).isNull();
  }

  @Test
  void requiredTraitsAndCapabilitiesFilterNodes() {
    fx = new ComputeFixture(2).startManager();
    String trait = fx.client.nodes().get("node-1").uuid();
    fx.client.nodes().addTrait(trait, "CUSTOM_FAST");
    Flavor fast =
        fx.db
            .flavors()
            .create(
                Flavor.builder("fast", "fast")
                    .size(1, 1, 1)
                    .extraSpecs(
                        Map.of("resources:CUSTOM_BAREMETAL", "1", "trait:CUSTOM_FAST", "required"))
                    .createdAt(Instant.now())
                    .build());
    Server s =
        fx.manager.create(
            new CreateServerRequest("f", fast, fx.image, null, null, Map.of(), null, null, null),
            ComputeFixture.ctx());
    assertThat(awaitIdle(s.uuid(), VmState.ACTIVE).nodeUuid()).isEqualTo(trait);
    Flavor missing =
        fx.db
            .flavors()
            .create(
                Flavor.builder("cap", "cap")
                    .size(1, 1, 1)
                    .extraSpecs(
                        Map.of("resources:CUSTOM_BAREMETAL", "1", "capabilities:boot_mode", "uefi"))
                    .createdAt(Instant.now())
                    .build());
    Server c =
        fx.manager.create(
            new CreateServerRequest("c", missing, fx.image, null, null, Map.of(), null, null, null),
            ComputeFixture.ctx());
    assertThat(awaitIdle(c.uuid(), VmState.ERROR).fault().message())
        .isEqualTo(NoValidHostException.MESSAGE);
  }

  @Test
  void reservationConflictIsRescheduledToAnotherNode() {
    fx = new ComputeFixture(2).startManager();
    fx.sim.control().addFault(FaultRule.status("PATCH", "/v1/nodes/{node}", 409).times(1));
    Server s = fx.manager.create(fx.request("retry"), ComputeFixture.ctx());
    Server active = awaitIdle(s.uuid(), VmState.ACTIVE);
    assertThat(fx.db.nodeClaims().list())
        .singleElement()
        .extracting(c -> c.nodeUuid())
        .isEqualTo(active.nodeUuid());
  }

  @Test
  void reservationConflictsBeyondTheAttemptsEndInError() {
    fx =
        new ComputeFixture(2)
            .startManager(
                ComputeSettings.builder()
                    .maxBuildAttempts(1)
                    .nodeRefreshInterval(Duration.ofHours(1))
                    .build());
    fx.sim.control().addFault(FaultRule.status("PATCH", "/v1/nodes/{node}", 409).times(1));
    Server s = fx.manager.create(fx.request("retry"), ComputeFixture.ctx());
    assertThat(awaitIdle(s.uuid(), VmState.ERROR).fault().message())
        .startsWith("Exceeded maximum number of retries");
    assertThat(fx.db.nodeClaims().list()).isEmpty();
  }

  @Test
  void everyActionReachesItsStateAndIsRecorded() {
    fx = new ComputeFixture(1).startManager();
    String id = createActive("ops").uuid();

    fx.manager.reboot(id, false, ComputeFixture.ctx());
    awaitIdle(id, VmState.ACTIVE);
    fx.manager.reboot(id, true, ComputeFixture.ctx());
    awaitIdle(id, VmState.ACTIVE);
    fx.manager.stop(id, ComputeFixture.ctx());
    assertThat(awaitIdle(id, VmState.STOPPED).powerState()).isEqualTo(PowerState.SHUTDOWN);
    assertThat(fx.client.nodes().get(fx.server(id).nodeUuid()).powerState()).isEqualTo("power off");
    fx.manager.start(id, ComputeFixture.ctx());
    assertThat(awaitIdle(id, VmState.ACTIVE).powerState()).isEqualTo(PowerState.RUNNING);
    Server rebuilding = fx.manager.rebuild(id, fx.image, "ops-2", null, ComputeFixture.ctx());
    assertThat(rebuilding.taskState()).isEqualTo(TaskState.REBUILDING);
    assertThat(awaitIdle(id, VmState.ACTIVE).name()).isEqualTo("ops-2");
    String pw = fx.manager.rescue(id, null, ComputeFixture.ctx());
    assertThat(pw).hasSize(12);
    awaitIdle(id, VmState.RESCUED);
    assertThat(fx.client.nodes().get(fx.server(id).nodeUuid()).provisionState())
        .isEqualTo("rescue");
    fx.manager.unrescue(id, ComputeFixture.ctx());
    awaitIdle(id, VmState.ACTIVE);
    fx.manager.triggerCrashDump(id, ComputeFixture.ctx());
    assertThat(fx.manager.consoleOutput(id, null)).isEmpty();
    assertThat(fx.manager.serialConsoleUrl(id)).startsWith("tcp://");

    await()
        .atMost(WAIT)
        .until(
            () -> fx.db.actions().list(id).stream().allMatch(a -> a.finishTime() != null),
            done -> done);
    assertThat(fx.db.actions().list(id))
        .extracting(InstanceAction::action)
        .containsExactlyInAnyOrder(
            "create",
            "reboot",
            "reboot",
            "stop",
            "start",
            "rebuild",
            "rescue",
            "unrescue",
            "trigger_crash_dump");
    assertThat(fx.db.actions().list(id)).allMatch(a -> a.message() == null);
  }

  @Test
  void concurrentSerialConsoleRequestsForOneServerShareOneEnable() throws Exception {
    fx = new ComputeFixture(1).startManager();
    String id = createActive("console").uuid();
    String console = "PUT /v1/nodes/{node}/states/console";
    // console changes slow enough that all ten requests arrive while the first is opening it
    fx.sim
        .control()
        .addFault(
            FaultRule.latency("PUT", "/v1/nodes/{node}/states/console", Duration.ofMillis(300)));

    // first use (console disabled): Ferrum enables it and the driver resets it, once for all ten
    fx.sim.control().resetRequestCounts();
    assertThat(tenAtOnce(id)).hasSize(10).allMatch(url -> url.startsWith("tcp://127.0.0.1:"));
    assertThat(fx.sim.control().requestCounts().get(console)).isEqualTo(3);

    // console enabled: the reset disables and enables it once for all ten
    fx.sim.control().resetRequestCounts();
    List<String> urls = tenAtOnce(id);
    assertThat(urls).hasSize(10).containsOnly(urls.getFirst());
    assertThat(fx.sim.control().requestCounts().get(console)).isEqualTo(2);
    assertThat(fx.client.nodes().getConsole(fx.server(id).nodeUuid()).consoleEnabled()).isTrue();
  }

  /** Ten serial-console requests for one server, started together; their URLs. */
  private List<String> tenAtOnce(String id) throws Exception {
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
      List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 10; i++) {
        answers.add(
            pool.submit(() -> {
              go.await();
              return fx.manager.serialConsoleUrl(id);
            }));
      }
      go.countDown();
      List<String> urls = new java.util.ArrayList<>();
      for (var a : answers) {
        urls.add(a.get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS));
      }
      return urls;
    }
  }

  @Test
  void taskStateGuardsRefuseConflictingOperations() {
    fx = new ComputeFixture(1).startManager();
    String id = createActive("guarded").uuid();
    assertThatThrownBy(() -> fx.manager.start(id, ComputeFixture.ctx()))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Cannot 'start' instance " + id + " while it is in vm_state active");
    fx.db
        .servers()
        .save(
            fx.server(id).toBuilder().taskState(TaskState.REBOOTING).build(),
            dev.ferrum.service.store.ExpectedTaskState.none());
    assertThatThrownBy(() -> fx.manager.reboot(id, true, ComputeFixture.ctx()))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Cannot 'reboot' instance " + id + " while it is in task_state rebooting");
    assertThat(fx.db.actions().list(id)).extracting(InstanceAction::action).containsOnly("create");
  }

  @Test
  void deleteTearsDownReleasesAndHidesTheServer() {
    fx = new ComputeFixture(1).startManager();
    Server s = createActive("gone");
    var ctx = ComputeFixture.ctx();
    fx.manager.delete(s.uuid(), ctx);
    assertThat(fx.server(s.uuid()).taskState()).isEqualTo(TaskState.DELETING);
    await().atMost(WAIT).until(() -> fx.server(s.uuid()) == null);
    assertThat(fx.db.nodeClaims().list()).isEmpty();
    assertThat(fx.client.nodes().get(s.nodeUuid()).instanceUuid()).isNull();
    assertThat(fx.db.actions().find(s.uuid(), ctx.requestId()).orElseThrow().finishTime())
        .isNotNull();
  }

  @Test
  void deleteDuringBuildStopsTheBuildAndFreesTheNode() {
    fx = new ComputeFixture(1);
    fx.startManager();
    Server s = fx.manager.create(fx.request("short-lived"), ComputeFixture.ctx());
    fx.manager.delete(s.uuid(), ComputeFixture.ctx());
    await().atMost(WAIT).until(() -> fx.server(s.uuid()) == null);
    await().atMost(WAIT).until(() -> fx.manager.runningTasks() == 0);
    assertThat(fx.db.nodeClaims().list()).isEmpty();
    String node = fx.client.nodes().get("node-0").uuid();
    await().atMost(WAIT).until(() -> fx.client.nodes().get(node).instanceUuid() == null);
  }

  @Test
  void powerSyncFollowsIronicAndRecordsAnAction() {
    fx = new ComputeFixture(1).startManager();
    Server s = createActive("synced");
    fx.sim.control().forcePowerState(s.nodeUuid(), "power off");
    assertThat(fx.manager.periodicTasks().syncPowerStates()).isEqualTo(1);
    Server after = fx.server(s.uuid());
    assertThat(after.vmState()).isEqualTo(VmState.STOPPED);
    assertThat(after.powerState()).isEqualTo(PowerState.SHUTDOWN);
    assertThat(fx.db.actions().list(s.uuid())).extracting(InstanceAction::action).contains("stop");
    fx.sim.control().forcePowerState(s.nodeUuid(), "power on");
    assertThat(fx.manager.periodicTasks().syncPowerStates()).isEqualTo(1);
    assertThat(fx.server(s.uuid()).vmState()).isEqualTo(VmState.ACTIVE);
  }

  @Test
  void serversWhoseNodeVanishedGoToError() {
    fx = new ComputeFixture(1).startManager();
    Server s = createActive("orphan");
    fx.sim.control().deleteNode(s.nodeUuid());
    assertThat(fx.manager.periodicTasks().checkVanishedNodes()).isEqualTo(1);
    Server after = fx.server(s.uuid());
    assertThat(after.vmState()).isEqualTo(VmState.ERROR);
    assertThat(after.fault().message()).contains("no longer exists");
    assertThat(fx.db.nodeClaims().list()).isEmpty();
  }

  @Test
  void hypervisorsListEveryNode() {
    fx = new ComputeFixture(3).startManager();
    assertThat(fx.manager.hypervisors()).hasSize(3).allMatch(Hypervisor::usable);
    assertThat(fx.manager.hypervisors().get(0).resourceClass()).contains("baremetal");
  }

  @Test
  void theDeployCarriesTheRegistryImageAndAConfigDriveWithKeyUserDataAndPassword() {
    fx = new ComputeFixture(1).startManager();
    var key =
        fx.db
            .keyPairs()
            .create(
                new dev.ferrum.service.store.KeyPair(
                    "alice",
                    "laptop",
                    "p1",
                    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA alice@laptop",
                    "SHA256:x",
                    "ssh",
                    Instant.now()));
    String userData = java.util.Base64.getEncoder().encodeToString("#cloud-config\n".getBytes());
    Server s =
        fx.manager.create(
            new CreateServerRequest(
                "Db Server_1",
                fx.flavor,
                fx.image,
                key,
                userData,
                Map.of("role", "db"),
                "s3cret-pass",
                null,
                null),
            ComputeFixture.ctx());
    Server active = awaitIdle(s.uuid(), VmState.ACTIVE);
    Map<String, Object> info = fx.client.nodes().get(active.nodeUuid()).instanceInfo();
    assertThat(info.get("image_source")).isEqualTo(fx.image.sourceUrl());
    assertThat(info.get("image_checksum")).isEqualTo(fx.image.checksum());
    assertThat(info.get("image_disk_format")).isEqualTo("raw");
    assertThat(fx.drives)
        .singleElement()
        .satisfies(d -> {
          assertThat(d.metadata().keys())
              .singleElement()
              .satisfies(k -> assertThat(k.data()).contains("alice@laptop"));
          assertThat(d.metadata().hostname()).isEqualTo("db-server-1");
          assertThat(d.metadata().meta()).containsEntry("role", "db");
          assertThat(d.metadata().adminPass()).contains("s3cret-pass");
          assertThat(new String(d.userData())).isEqualTo("#cloud-config\n");
        });
  }

  @Test
  void periodicTasksRunAtTheirConfiguredIntervals() {
    fx =
        new ComputeFixture(1)
            .startManager(
                ComputeSettings.builder()
                    .nodeRefreshInterval(Duration.ofMillis(100))
                    .powerSyncInterval(Duration.ofMillis(100))
                    .vanishedNodeInterval(Duration.ofHours(1))
                    .build());
    Server s = createActive("ticking");
    fx.sim.control().forcePowerState(s.nodeUuid(), "power off");
    await().atMost(WAIT).until(() -> fx.server(s.uuid()).vmState() == VmState.STOPPED);
    fx.sim
        .control()
        .seed(dev.ferrum.ironic.simulator.NodeSeed.builder(2).namePrefix("late-").build());
    await().atMost(WAIT).until(() -> fx.manager.hypervisors().size() == 3);
  }

  @Test
  void imageTraitsRequiredFilterNodes() {
    fx = new ComputeFixture(3).startManager();
    String gpu = fx.client.nodes().get("node-2").uuid();
    fx.client.nodes().addTrait(gpu, "CUSTOM_GPU");
    Instant now = Instant.now();
    var image =
        fx.db
            .images()
            .create(
                new dev.ferrum.service.store.Image(
                    "22222222-2222-3333-4444-555555555555",
                    "gpu-image",
                    "http://127.0.0.1:1/gpu.raw",
                    null,
                    "raw",
                    "bare",
                    null,
                    dev.ferrum.service.store.ImageVisibility.PUBLIC,
                    "active",
                    0,
                    0,
                    Map.of("traits_required", "[\"CUSTOM_GPU\"]"),
                    null,
                    now,
                    now));
    Server s =
        fx.manager.create(
            new CreateServerRequest("g", fx.flavor, image, null, null, Map.of(), null, null, null),
            ComputeFixture.ctx());
    assertThat(awaitIdle(s.uuid(), VmState.ACTIVE).nodeUuid()).isEqualTo(gpu);
  }
}
