package dev.ferrum.driver.testing;

import dev.ferrum.driver.ConfigDriveBuilder;
import dev.ferrum.driver.Flavor;
import dev.ferrum.driver.ImageSpec;
import dev.ferrum.driver.InstanceHooks;
import dev.ferrum.driver.InstanceSpec;
import dev.ferrum.driver.InstanceStatus;
import dev.ferrum.driver.IronicDriver;
import dev.ferrum.driver.IronicDriverConfig;
import dev.ferrum.driver.NetworkInfo;
import dev.ferrum.driver.configdrive.ConfigDriveContent;
import dev.ferrum.driver.configdrive.ConfigDriveWriter;
import dev.ferrum.driver.configdrive.NetworkMetadata;
import dev.ferrum.driver.watch.NodeWatcher;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.model.ConfigDrive;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A driver wired to a {@link FakeIronic} with the scenario defaults (scenarios §0.3): {@code
 * api_retry_interval = 0}, {@code api_max_retries = 1}, console timeouts 1 s, host {@code host1};
 * nodes N and A (available, power null); instance I (node N, host {@code fake-host}, flavor {@code
 * fake.flavor}); image IMG; network NI (VIF {@code VIF1}, fixed IP 1.2.3.4).
 *
 * <p>Exists so each scenario test states only what differs. Also records the config-drive builder's
 * inputs and the instance hooks' calls (the "fake Nova side" of §0.2). Close it after use (JUnit
 * {@code @AutoClose}).
 */
public final class DriverFixture implements AutoCloseable {

  /** Project of instance I. */
  public static final String PROJECT = "ppppppp-pppp-pppp-pppp-pppppppppppp";

  /** User of instance I. */
  public static final String USER = "uuuuuuu-uuuu-uuuu-uuuu-uuuuuuuuuuuu";

  /** VIF of network NI. */
  public static final String VIF1 = "VIF1";

  /** MAC of VIF1. */
  public static final String VIF1_MAC = "52:54:00:12:34:56";

  /** The fake Ironic. */
  public final FakeIronic ironic = FakeIronic.start();

  /** The client pointed at it. */
  public final IronicClient client = ironic.client();

  /** Instance I's uuid. */
  public final String instanceUuid = UUID.randomUUID().toString();

  /** The instance hooks (fake Nova instance record). */
  public final Hooks hooks = new Hooks();

  /** Contents given to the config drive builder, in order. */
  public final List<ConfigDriveContent> configDrives = new CopyOnWriteArrayList<>();

  /** When set, the config drive builder throws it. */
  public volatile RuntimeException configDriveFailure;

  /** When true, the builder produces a real ISO (gzip+base64); else the text {@code CD}. */
  public volatile boolean realConfigDrive;

  private IronicDriverConfig config;
  private NodeWatcher watcher;
  private IronicDriver driver;

  /** Starts the fake with nodes N and A. */
  public DriverFixture() {
    ironic.addNode(FakeIronic.NODE_N);
    ironic.addNode(FakeIronic.NODE_A);
    config =
        IronicDriverConfig.builder("host1")
            .apiRetryInterval(Duration.ZERO)
            .apiMaxRetries(1)
            .serialConsoleStateTimeout(Duration.ofSeconds(1))
            .vncConsoleStateTimeout(Duration.ofSeconds(1))
            .deployTimeout(Duration.ofSeconds(20))
            .powerTimeout(Duration.ofSeconds(20))
            .rescueTimeout(Duration.ofSeconds(20))
            .build();
  }

  /** Changes the configuration (before the first {@link #driver()} call). */
  public DriverFixture configure(Consumer<IronicDriverConfig.Builder> change) {
    IronicDriverConfig.Builder b = config.toBuilder();
    change.accept(b);
    config = b.build();
    return this;
  }

  /** The driver, created on first use. */
  public synchronized IronicDriver driver() {
    if (driver == null) {
      watcher =
          new NodeWatcher(
              client,
              config.apiRetryInterval(),
              config.watchListThreshold(),
              config.conductorGroup(),
              config.shard(),
              d -> {},
              System::nanoTime);
      driver =
          IronicDriver.builder(client, config)
              .watcher(watcher)
              .configDriveBuilder(builder())
              .build();
    }
    return driver;
  }

  private ConfigDriveBuilder builder() {
    ConfigDriveBuilder real =
        ConfigDriveBuilder.using(ConfigDriveWriter.withDefaults("Ferrum test"));
    return (content, structured) -> {
      configDrives.add(content);
      if (configDriveFailure != null) {
        throw configDriveFailure;
      }
      return realConfigDrive || structured
          ? real.build(content, structured)
          : ConfigDrive.encoded("CD");
    };
  }

  /** The default flavor of §0.3. */
  public static Flavor flavor() {
    return new Flavor("fake.flavor", 1, 1, 1, 0, 1, Map.of());
  }

  /** Instance I on node N. */
  public InstanceSpec instance() {
    return instance(FakeIronic.NODE_N);
  }

  /** Instance I on {@code node}. */
  public InstanceSpec instance(String node) {
    return instanceBuilder(node).build();
  }

  /** A builder of instance I on {@code node}, to vary it. */
  public InstanceSpec.Builder instanceBuilder(String node) {
    return InstanceSpec.builder(instanceUuid, PROJECT, USER, flavor())
        .displayName("fake-instance")
        .hostname("fake-instance")
        .node(node)
        .host("fake-host")
        .projectName("testproject")
        .userName("testuser");
  }

  /** Image IMG (Glance, no properties). */
  public static ImageSpec image() {
    return ImageSpec.glance(FakeIronic.IMAGE);
  }

  /** VIF1 with fixed IP 1.2.3.4. */
  public static NetworkMetadata.Vif vif1() {
    return vif(VIF1, VIF1_MAC, "1.2.3.4");
  }

  /** A VIF on network {@code net1} with one IPv4 address in 1.2.3.0/24. */
  public static NetworkMetadata.Vif vif(String id, String mac, String ip) {
    return new NetworkMetadata.Vif(
        id,
        null,
        "other",
        mac,
        "net1",
        1500,
        List.of(NetworkMetadata.Subnet.of("1.2.3.0/24", "1.2.3.1", List.of(ip))));
  }

  /** Network NI. */
  public static NetworkInfo network() {
    return NetworkInfo.of(vif1());
  }

  /** Makes {@code node} carry instance I in {@code provisionState}, powered on. */
  public void deployed(String node, String provisionState) {
    var n = ironic.node(node);
    n.put("instance_uuid", instanceUuid);
    if (provisionState == null) {
      n.putNull("provision_state");
    } else {
      n.put("provision_state", provisionState);
    }
    n.put("power_state", "power on");
  }

  /** The request log in scenario notation (N, A, I for the known UUIDs). */
  public List<String> log() {
    return CallLog.render(
        ironic.requests(),
        Map.of(FakeIronic.NODE_N, "N", FakeIronic.NODE_A, "A", instanceUuid, "I"));
  }

  @Override
  public void close() {
    if (driver != null) {
      driver.close();
      watcher.close();
    }
    client.close();
    ironic.close();
  }

  /** A fake Nova instance record behind {@link InstanceHooks}. */
  public static final class Hooks implements InstanceHooks {
    /** Current vm_state. */
    public volatile String vmState = "building";

    /** Current task_state. */
    public volatile String taskState = "spawning";

    /** How many times {@link #refresh()} was called. */
    public final AtomicInteger refreshes = new AtomicInteger();

    /** Recorded saves, e.g. {@code ephemeral=/dev/sda1} or {@code task=a expected=b}. */
    public final List<String> saves = new ArrayList<>();

    /** Runs on each refresh (e.g. to change the state mid-wait). */
    public volatile Consumer<Hooks> onRefresh = h -> {};

    @Override
    public InstanceStatus refresh() {
      refreshes.incrementAndGet();
      onRefresh.accept(this);
      return new InstanceStatus(vmState, taskState);
    }

    @Override
    public synchronized void setDefaultEphemeralDevice(String device) {
      saves.add("ephemeral=" + device);
    }

    @Override
    public synchronized void updateTaskState(String task, String expected) {
      if (!expected.equals(taskState)) {
        throw new IllegalStateException("unexpected task state " + taskState);
      }
      taskState = task;
      saves.add("task=" + task + " expected=" + expected);
    }
  }

  /** An empty optional password, for readability. */
  public static Optional<String> noPassword() {
    return Optional.empty();
  }
}
