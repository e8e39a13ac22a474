package dev.ferrum.driver.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrum.driver.ConfigDriveBuilder;
import dev.ferrum.driver.Flavor;
import dev.ferrum.driver.ImageSpec;
import dev.ferrum.driver.InstanceHooks;
import dev.ferrum.driver.InstanceSpec;
import dev.ferrum.driver.IronicDriver;
import dev.ferrum.driver.IronicDriverConfig;
import dev.ferrum.driver.NetworkInfo;
import dev.ferrum.driver.SpawnRequest;
import dev.ferrum.driver.watch.NodeWatcher;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.RetryPolicy;
import dev.ferrum.ironic.client.Sleeper;
import dev.ferrum.ironic.client.model.ConfigDrive;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.NodeQuery;
import dev.ferrum.ironic.client.model.PowerTarget;
import dev.ferrum.ironic.simulator.FaultRule;
import dev.ferrum.ironic.simulator.IronicSimulator;
import dev.ferrum.ironic.simulator.ManualClock;
import dev.ferrum.ironic.simulator.NodeSeed;
import dev.ferrum.ironic.simulator.SimulatorClock;
import dev.ferrum.ironic.simulator.SimulatorControl;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real {@link IronicDriver} over the real client against an in-process {@link IronicSimulator}
 * whose clock is <em>virtual</em>: the simulator runs on a {@link ManualClock}, and the driver's
 * watcher and the client's retries sleep by advancing that clock, so every wait, retry and
 * simulated transition happens in virtual time, instantly and deterministically. Time budgets are
 * asserted in virtual time ({@link #timed}), against the configured timeouts.
 *
 * <p>Exists so the fault tests state only the fault and the expected outcome. One node ({@link
 * #node}, available, powered off) and one instance ({@link #instance}) per bed; close it after use
 * (JUnit {@code @AutoClose}).
 */
final class FaultBed implements AutoCloseable {

  /** The name of the node watcher's loop thread. */
  private static final String WATCHER_THREAD = "ferrum-node-watcher";

  /** {@code api_retry_interval}: one watcher round per virtual 200 ms. */
  static final Duration INTERVAL = Duration.ofMillis(200);

  /** {@code api_max_retries}: the tear-down wait ends after this + 2 polls. */
  static final int MAX_RETRIES = 10;

  /** Deploy, power and rescue wait budget. */
  static final Duration WAIT_TIMEOUT = Duration.ofSeconds(30);

  /** Client retries: 4 attempts, delays 0.2, 0.4, 0.8 s (no jitter), at most 1.4 s per call. */
  static final RetryPolicy RETRIES =
      RetryPolicy.builder()
          .maxAttempts(4)
          .initialDelay(Duration.ofMillis(200))
          .multiplier(2)
          .maxDelay(Duration.ofSeconds(1))
          .jitter(false)
          .build();

  /** The most virtual time one client call can spend in retry back-off. */
  static final Duration RETRY_BUDGET = Duration.ofMillis(1400);

  private final Instant start = Instant.parse("2026-01-01T00:00:00Z");
  final ManualClock clock = SimulatorClock.manual(start);
  final IronicSimulator sim;
  final SimulatorControl control;
  final IronicClient client;
  private final IronicClient checker;
  private volatile NodeWatcher watcher;
  final IronicDriver driver;
  final String node;
  final InstanceSpec instance;
  private final AtomicReference<Runnable> duringWait = new AtomicReference<>();
  private volatile Runnable beforeProvision = () -> {};
  private volatile boolean armedRan;

  FaultBed() {
    this(IronicSimulator.builder());
  }

  /** A bed over a simulator configured by {@code sim} (the clock is set here). */
  FaultBed(IronicSimulator.Builder simBuilder) {
    sim = simBuilder.clock(clock).build().start();
    control = sim.control();
    node =
        control
            .seed(NodeSeed.builder(1).namePrefix("fault-").powerState("power off").build())
            .get(0);
    Sleeper virtualSleep = this::sleep;
    client =
        IronicClient.builder()
            .endpoint(sim.baseUri())
            .retryPolicy(RETRIES)
            .sleeper(virtualSleep)
            .connectTimeout(Duration.ofSeconds(2))
            .requestTimeout(Duration.ofSeconds(5))
            .build();
    checker =
        IronicClient.builder().endpoint(sim.baseUri()).retryPolicy(RetryPolicy.none()).build();
    IronicDriverConfig config =
        IronicDriverConfig.builder("fault-host")
            .apiRetryInterval(INTERVAL)
            .apiMaxRetries(MAX_RETRIES)
            .deployTimeout(WAIT_TIMEOUT)
            .powerTimeout(WAIT_TIMEOUT)
            .rescueTimeout(WAIT_TIMEOUT)
            .build();
    watcher =
        new NodeWatcher(
            client,
            config.apiRetryInterval(),
            config.watchListThreshold(),
            Optional.empty(),
            Optional.empty(),
            virtualSleep,
            this::nanoTime);
    ConfigDriveBuilder drives =
        (content, structured) -> {
          beforeProvision.run();
          return ConfigDrive.encoded("H4sIAAAAAAAAAwMAAAAAAAAAAAA=");
        };
    driver =
        IronicDriver.builder(client, config).watcher(watcher).configDriveBuilder(drives).build();
    instance =
        InstanceSpec.builder(
                UUID.randomUUID().toString(),
                "project-1",
                "user-1",
                new Flavor("bm.fault", 2, 4096, 10, 0, 0, Map.of()))
            .displayName("fault-instance")
            .hostname("fault-instance")
            .node(node)
            .host("fault-host")
            .configDrive(true)
            .build();
  }

  /** Virtual monotonic time. */
  long nanoTime() {
    return Duration.between(start, clock.now()).toNanos();
  }

  /**
   * How everyone here sleeps: move the virtual clock. The watcher's sleeps between rounds of a
   * running wait first run the action armed by {@link #duringTheWait}; its sleep after the last
   * round, when no wait is left, is skipped, so nothing moves the clock behind a test's back
   * between two driver calls.
   */
  private void sleep(Duration d) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    NodeWatcher w = watcher;
    if (w != null && Thread.currentThread().getName().equals(WATCHER_THREAD)) {
      if (w.watching() == 0) {
        return;
      }
      Runnable armed = duringWait.getAndSet(null);
      if (armed != null) {
        armed.run();
        armedRan = true;
      }
    }
    clock.advance(d);
  }

  /**
   * Runs {@code action} once, after the first poll of the next driver wait (at the watcher's first
   * sleep while a wait is registered), to inject a fault "during the wait".
   */
  void duringTheWait(Runnable action) {
    armedRan = false;
    duringWait.set(action);
  }

  /** Whether the action of {@link #duringTheWait} ran. */
  boolean ranDuringTheWait() {
    return armedRan;
  }

  /** Runs {@code action} right before the provision request (when the config drive is built). */
  void beforeProvisionRequest(Runnable action) {
    beforeProvision = action;
  }

  /** Adds a fault rule. */
  String fault(FaultRule rule) {
    return control.addFault(rule);
  }

  /**
   * Locks the node the way Ironic does: a power action in progress, which holds the node's lock for
   * {@code duration} of simulated time (the simulator's power timing).
   */
  void lockWithPowerAction() {
    checker.nodes().setPowerState(node, PowerTarget.POWER_OFF);
    assertThat(checker.nodes().get(node).reservation()).as("node lock").isNotNull();
  }

  /** The spawn request the manager sends: Glance image, no network, config drive. */
  SpawnRequest spawnRequest() {
    return SpawnRequest.of(instance, ImageSpec.glance("image-1"), NetworkInfo.empty());
  }

  /** Hooks of an instance that stays in building/spawning. */
  static InstanceHooks hooks() {
    return InstanceHooks.none();
  }

  /** Reserves the node and deploys the instance with no fault; the instance is then active. */
  void deployed() {
    driver.prepareForSpawn(instance);
    driver.spawn(spawnRequest(), hooks());
    assertThat(read().provisionState()).isEqualTo("active");
  }

  /** The node as the simulator shows it (no retries, faults cleared first). */
  Node read() {
    control.clearFaults();
    return checker.nodes().get(node);
  }

  /**
   * Asserts, through the simulator's API with every fault removed, that no node carries the
   * instance: neither by the {@code instance_uuid} filter nor in the full listing.
   */
  void assertNoNodeKeepsInstance() {
    control.clearFaults();
    assertThat(checker.nodes().list(NodeQuery.builder().instanceUuid(instance.uuid()).build()))
        .as("nodes filtered by instance_uuid")
        .isEmpty();
    assertThat(checker.nodes().list(NodeQuery.all()))
        .as("nodes carrying instance " + instance.uuid())
        .extracting(Node::instanceUuid)
        .doesNotContain(instance.uuid());
  }

  /** Lets every pending simulated transition (power, deploy, tear-down) finish. */
  void settle() {
    clock.advance(Duration.ofHours(2));
  }

  /**
   * Runs a driver call and asserts it ended within {@code budget} of virtual time; returns what it
   * threw (null on success), so the test asserts the outcome.
   */
  Throwable timed(Duration budget, Runnable call) {
    long before = nanoTime();
    Throwable thrown = null;
    try {
      call.run();
    } catch (RuntimeException e) {
      thrown = e;
    }
    Duration took = Duration.ofNanos(nanoTime() - before);
    assertThat(took).as("virtual time of the call").isLessThanOrEqualTo(budget);
    return thrown;
  }

  @Override
  public void close() {
    driver.close();
    watcher.close();
    client.close();
    checker.close();
    sim.close();
  }
}
