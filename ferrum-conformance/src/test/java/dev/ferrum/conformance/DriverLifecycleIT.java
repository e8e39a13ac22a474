package dev.ferrum.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrum.driver.BlockDeviceInfo;
import dev.ferrum.driver.ConfigDriveBuilder;
import dev.ferrum.driver.Flavor;
import dev.ferrum.driver.ImageSpec;
import dev.ferrum.driver.InstanceHooks;
import dev.ferrum.driver.InstanceSpec;
import dev.ferrum.driver.InstanceStatus;
import dev.ferrum.driver.IronicDriver;
import dev.ferrum.driver.IronicDriverConfig;
import dev.ferrum.driver.NetworkInfo;
import dev.ferrum.driver.RebootType;
import dev.ferrum.driver.RebuildRequest;
import dev.ferrum.driver.SpawnRequest;
import dev.ferrum.driver.configdrive.ConfigDriveContent;
import dev.ferrum.driver.configdrive.ConfigDriveWriter;
import dev.ferrum.ironic.client.model.ConfigDrive;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.NodeQuery;
import dev.ferrum.ironic.client.model.PowerTarget;
import dev.ferrum.ironic.client.model.ProvisionState;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.TestAbortedException;

/**
 * The whole life of one instance through the real {@link IronicDriver} against this JVM's target:
 * prepare → spawn with a config drive → soft and hard reboot → power off/on → rebuild with a new
 * config drive → rescue → unrescue → destroy, each step a dynamic test checked through the client.
 *
 * <p>Exists because the driver's scenario tests run against a request-recording fake; only a real
 * Ironic (and the simulator, which must match it) shows that the driver's requests and waits really
 * walk the state machine. A step that fails makes the later steps skip with the reason ("not run:
 * ..."); nothing is skipped otherwise, on any target.
 */
@ExtendWith(IronicTargetExtension.class)
class DriverLifecycleIT {

  private static final String PROJECT = "5f3c1a3e-0b64-4c52-9c43-3b0d2f5a9c11";
  private static final String USER = "0e6b7c52-8f2b-4bfc-9a0e-7a8e9f4b1d22";
  private static final Flavor FLAVOR = new Flavor("bm.conformance", 4, 8192, 10, 0, 0, Map.of());
  private static final ImageSpec IMAGE =
      ImageSpec.standalone(
          "conformance-image-1",
          "http://127.0.0.1:9/conformance-1.qcow2",
          "d41d8cd98f00b204e9800998ecf8427e",
          "qcow2");
  private static final ImageSpec NEW_IMAGE =
      ImageSpec.standalone(
          "conformance-image-2",
          "http://127.0.0.1:9/conformance-2.raw",
          "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
          "raw");

  @TestFactory
  Stream<DynamicTest> instanceLifecycle(IronicTarget target, TestNodes nodes) {
    Lifecycle life = new Lifecycle(target, nodes);
    return Stream.of(
            life.step("prepareForSpawn reserves the node", life::prepare),
            life.step("spawn with a config drive reaches active", life::spawn),
            life.step("soft reboot", () -> life.reboot(RebootType.SOFT)),
            life.step("hard reboot", () -> life.reboot(RebootType.HARD)),
            life.step("power off", life::powerOff),
            life.step("power on", life::powerOn),
            life.step("rebuild with a new image and config drive", life::rebuild),
            life.step("rescue keeps the password out of logs", life::rescue),
            life.step("unrescue", life::unrescue),
            life.step("destroy frees the node", life::destroy))
        .onClose(life::close);
  }

  /** The state shared by the steps of one life cycle. */
  private static final class Lifecycle implements AutoCloseable {
    private final TestNodes nodes;
    private final IronicDriver driver;
    private final LogCapture logs = LogCapture.start();
    private final List<ConfigDriveContent> drives = new CopyOnWriteArrayList<>();
    private final List<ConfigDrive> built = new CopyOnWriteArrayList<>();
    private final Hooks hooks = new Hooks();
    private final String adminPassword = secret("admin");
    private final String newAdminPassword = secret("admin2");
    private final String rescuePassword = secret("rescue");
    private String nodeUuid;
    private InstanceSpec instance;
    private String failedStep;

    Lifecycle(IronicTarget target, TestNodes nodes) {
      this.nodes = nodes;
      IronicDriverConfig config =
          IronicDriverConfig.builder("conformance-" + target.kind().id())
              .apiRetryInterval(Duration.ofMillis(200))
              .apiMaxRetries(150)
              .deployTimeout(Duration.ofSeconds(60))
              .powerTimeout(Duration.ofSeconds(60))
              .rescueTimeout(Duration.ofSeconds(60))
              .build();
      ConfigDriveBuilder standard =
          ConfigDriveBuilder.using(ConfigDriveWriter.withDefaults("Ferrum conformance"));
      this.driver =
          IronicDriver.builder(target.client(), config)
              .configDriveBuilder((content, structured) -> {
                drives.add(content);
                ConfigDrive drive = standard.build(content, structured);
                built.add(drive);
                return drive;
              })
              .build();
    }

    DynamicTest step(String name, Executable body) {
      return DynamicTest.dynamicTest(
          name,
          () -> {
            if (failedStep != null) {
              throw new TestAbortedException("not run: step '" + failedStep + "' failed");
            }
            try {
              body.execute();
            } catch (Throwable t) {
              if (!(t instanceof TestAbortedException)) {
                failedStep = name;
              }
              throw t;
            }
          });
    }

    void prepare() {
      nodeUuid = nodes.available().uuid();
      // a node Nova schedules to has a known power state (a null one is "unavailable", as in
      // Nova); a freshly provided fake-hardware node has none until its first power action
      nodes.client().nodes().setPowerState(nodeUuid, PowerTarget.POWER_OFF);
      Awaits.powerState(nodes.client(), nodeUuid, "power off");
      instance =
          InstanceSpec.builder(UUID.randomUUID().toString(), PROJECT, USER, FLAVOR)
              .displayName("conformance-lifecycle")
              .hostname("conformance-lifecycle")
              .node(nodeUuid)
              .host("conformance-host")
              .projectName("conformance")
              .userName("conformance")
              .configDrive(true)
              .build();

      driver.prepareForSpawn(instance);

      Node n = node();
      assertThat(n.instanceUuid()).isEqualTo(instance.uuid());
      assertThat(n.provisionState()).isEqualTo(ProvisionState.AVAILABLE);
    }

    void spawn() {
      driver.spawn(
          new SpawnRequest(
              instance,
              IMAGE,
              List.of(),
              Optional.of(adminPassword),
              NetworkInfo.empty(),
              BlockDeviceInfo.none()),
          hooks);

      Node n = node();
      assertThat(n.provisionState()).isEqualTo(ProvisionState.ACTIVE);
      assertThat(n.targetProvisionState()).isNull();
      assertThat(n.instanceUuid()).isEqualTo(instance.uuid());
      assertThat(n.lastError()).isNull();
      assertThat(n.instanceInfo())
          .containsEntry("image_source", IMAGE.sourceUrl().orElseThrow())
          .containsEntry("image_checksum", IMAGE.checksum().orElseThrow())
          .containsEntry("image_disk_format", "qcow2")
          .containsEntry("display_name", "conformance-lifecycle")
          .containsEntry("root_gb", "10")
          .containsEntry("memory_mb", "8192")
          .containsEntry("vcpus", "4")
          .containsEntry("project_id", PROJECT)
          .containsEntry("nova_host_id", "conformance-host")
          // the drive is stored with the node (no object store here) and read back masked
          .containsEntry("configdrive", "******");
      assertThat(drives).hasSize(1);
      assertThat(drives.get(0).metadata().uuid()).isEqualTo(instance.uuid());
      assertThat(drives.get(0).metadata().adminPass()).contains(adminPassword);
      assertThat(built.get(0)).isInstanceOf(ConfigDrive.Encoded.class);
    }

    void reboot(RebootType type) {
      driver.reboot(instance, type);

      Node n = Awaits.powerState(nodes.client(), nodeUuid, "power on");
      assertThat(n.provisionState()).isEqualTo(ProvisionState.ACTIVE);
      assertThat(n.lastError()).isNull();
    }

    void powerOff() {
      driver.powerOff(instance, Duration.ofSeconds(10));

      Node n = node();
      assertThat(n.powerState()).isEqualTo("power off");
      assertThat(n.targetPowerState()).isNull();
      assertThat(n.lastError()).isNull();
    }

    void powerOn() {
      driver.powerOn(instance);

      Node n = node();
      assertThat(n.powerState()).isEqualTo("power on");
      assertThat(n.targetPowerState()).isNull();
    }

    void rebuild() {
      hooks.taskState = InstanceStatus.TASK_REBUILDING;
      driver.rebuild(
          new RebuildRequest(
              instance,
              NEW_IMAGE,
              List.of(),
              Optional.of(newAdminPassword),
              NetworkInfo.empty(),
              false,
              false),
          hooks);

      assertThat(hooks.taskState).isEqualTo(InstanceStatus.TASK_REBUILD_SPAWNING);
      Node n = node();
      assertThat(n.provisionState()).isEqualTo(ProvisionState.ACTIVE);
      assertThat(n.instanceUuid()).isEqualTo(instance.uuid());
      assertThat(n.instanceInfo())
          .containsEntry("image_source", NEW_IMAGE.sourceUrl().orElseThrow())
          .containsEntry("image_os_hash_algo", "sha256")
          .containsEntry("image_disk_format", "raw")
          .containsEntry("preserve_ephemeral", "False")
          .containsEntry("configdrive", "******");
      assertThat(drives).hasSize(2);
      assertThat(drives.get(1).metadata().adminPass()).contains(newAdminPassword);
      assertThat(built.get(1)).isNotEqualTo(built.get(0));
    }

    void rescue() {
      driver.rescue(instance, rescuePassword);

      Node n = node();
      assertThat(n.provisionState()).isEqualTo(ProvisionState.RESCUE);
      assertThat(n.instanceInfo()).containsEntry("rescue_password", "******");
      List<String> lines = logs.lines();
      // the request bodies are logged (masked) at TRACE: the check below looks at real lines
      assertThat(lines).anyMatch(l -> l.contains("\"target\"") && l.contains("rescue"));
      assertThat(lines)
          .noneMatch(l -> l.contains(rescuePassword))
          .noneMatch(l -> l.contains(adminPassword))
          .noneMatch(l -> l.contains(newAdminPassword));
    }

    void unrescue() {
      driver.unrescue(instance);

      Node n = node();
      assertThat(n.provisionState()).isEqualTo(ProvisionState.ACTIVE);
      assertThat(n.instanceUuid()).isEqualTo(instance.uuid());
    }

    void destroy() {
      driver.destroy(instance, NetworkInfo.empty());

      Node n = Awaits.provisionState(nodes.client(), nodeUuid, ProvisionState.AVAILABLE);
      assertThat(n.instanceUuid()).isNull();
      assertThat(n.instanceInfo()).isNullOrEmpty();
      assertThat(nodes.client().nodes().list(byInstance(instance.uuid()))).isEmpty();
      assertThat(logs.lines()).noneMatch(l -> l.contains(rescuePassword));
    }

    private Node node() {
      return nodes.client().nodes().get(nodeUuid);
    }

    private static NodeQuery byInstance(String uuid) {
      return NodeQuery.builder().instanceUuid(uuid).build();
    }

    private static String secret(String what) {
      byte[] b = new byte[12];
      new SecureRandom().nextBytes(b);
      return what + "-" + HexFormat.of().formatHex(b);
    }

    @Override
    public void close() {
      try {
        driver.close();
      } finally {
        logs.close();
      }
    }
  }

  /** The manager's instance record, as far as spawn and rebuild touch it. */
  private static final class Hooks implements InstanceHooks {
    volatile String taskState = "spawning";

    @Override
    public InstanceStatus refresh() {
      return new InstanceStatus("building", taskState);
    }

    @Override
    public void setDefaultEphemeralDevice(String device) {}

    @Override
    public synchronized void updateTaskState(String task, String expected) {
      if (!expected.equals(taskState)) {
        throw new IllegalStateException("task state is " + taskState + ", not " + expected);
      }
      taskState = task;
    }
  }
}
