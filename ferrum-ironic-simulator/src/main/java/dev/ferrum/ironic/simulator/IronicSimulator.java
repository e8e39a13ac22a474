package dev.ferrum.ironic.simulator;

import dev.ferrum.ironic.simulator.internal.SimConfig;
import dev.ferrum.ironic.simulator.internal.SimServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * An Ironic Bare Metal API v1 server in the test's own process, so client, driver and service tests
 * run against Ironic's real HTTP semantics (microversions, state machine, node locks, error
 * envelopes, pagination) without installing Ironic. Close it to stop it.
 *
 * <pre>{@code
 * try (IronicSimulator sim = IronicSimulator.builder().nodes(8).build().start()) {
 *   URI ironic = sim.baseUri();
 *   sim.control().failNext(uuid, FailureAction.DEPLOY, "boom");
 * }
 * }</pre>
 */
public final class IronicSimulator implements AutoCloseable {
  private final SimServer server;
  private final int initialNodes;
  private final NodeSeed seed;
  private boolean started;

  private IronicSimulator(SimServer server, int initialNodes, NodeSeed seed) {
    this.server = server;
    this.initialNodes = initialNodes;
    this.seed = seed;
  }

  /**
   * Returns a builder with the defaults: 127.0.0.1, a free port, no nodes, microversions 1.1–1.82,
   * the system clock, 5 ms transitions.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts listening and seeds the initial nodes.
   *
   * @return this simulator
   * @throws SimulatorException if the server cannot start (e.g. the port is taken)
   */
  public synchronized IronicSimulator start() {
    if (!started) {
      try {
        server.start();
      } catch (RuntimeException e) {
        throw new SimulatorException("the Ironic simulator could not start", e);
      }
      started = true;
      if (initialNodes > 0) {
        control().seed(seed);
      }
    }
    return this;
  }

  /**
   * Returns the base URL of the API (no trailing slash, no {@code /v1}).
   *
   * @return e.g. {@code http://127.0.0.1:43123}
   */
  public URI baseUri() {
    return server.baseUri();
  }

  /**
   * Returns the control handle (seeding, faults, forced states, counters).
   *
   * @return the control operations
   */
  public SimulatorControl control() {
    return server.control();
  }

  /** Stops the server and forgets pending transitions. */
  @Override
  public void close() {
    server.close();
  }

  /** Configures an {@link IronicSimulator}; every setter returns this builder. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private int nodes;
    private NodeSeed.Builder seed = NodeSeed.builder(0);
    private Microversions microversions = Microversions.ANTELOPE;
    private SimulatorClock clock = SimulatorClock.system();
    private Timings timings = Timings.FAST;
    private int maxLimit = 1000;
    private boolean automatedClean;
    private ConsoleKind consoleKind = ConsoleKind.SOCAT;
    private String conductorHost = "127.0.0.1";
    private List<String> drivers = List.of("fake-hardware", "ipmi", "redfish");
    private String defaultResourceClass = "baremetal";
    private long faultSeed = 42;
    private Duration lockRetry = Duration.ZERO;

    private Builder() {}

    /**
     * Sets the address to bind.
     *
     * @param value an address, 127.0.0.1 by default
     * @return this builder
     */
    public Builder host(String value) {
      host = Objects.requireNonNull(value, "host");
      return this;
    }

    /**
     * Sets the port.
     *
     * @param value a port, or 0 (default) for a free one
     * @return this builder
     */
    public Builder port(int value) {
      port = value;
      return this;
    }

    /**
     * Sets how many {@code available} nodes to seed at start.
     *
     * @param value the count
     * @return this builder
     */
    public Builder nodes(int value) {
      nodes = value;
      return this;
    }

    /**
     * Sets the profile of the initial nodes (its count is replaced by {@link #nodes}).
     *
     * @param value a seed builder
     * @return this builder
     */
    public Builder nodeProfile(NodeSeed.Builder value) {
      seed = Objects.requireNonNull(value, "nodeProfile");
      return this;
    }

    /**
     * Sets the advertised microversion range.
     *
     * @param value the range
     * @return this builder
     */
    public Builder microversions(Microversions value) {
      microversions = Objects.requireNonNull(value, "microversions");
      return this;
    }

    /**
     * Sets the clock; a {@link ManualClock} makes transitions complete only when advanced.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(SimulatorClock value) {
      clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Sets the step durations.
     *
     * @param value the timings
     * @return this builder
     */
    public Builder timings(Timings value) {
      timings = Objects.requireNonNull(value, "timings");
      return this;
    }

    /**
     * Sets one step's duration, e.g. {@code ("deploying", Duration.ofSeconds(2))}.
     *
     * @param step a transient state name, {@code power} or {@code console}
     * @param duration how long it takes
     * @return this builder
     */
    public Builder timing(String step, Duration duration) {
      timings = timings.with(step, duration);
      return this;
    }

    /**
     * Sets the page size cap ({@code [api] max_limit}).
     *
     * @param value the cap, 1000 by default
     * @return this builder
     */
    public Builder maxLimit(int value) {
      maxLimit = value;
      return this;
    }

    /**
     * Sets whether undeploy runs automated cleaning for nodes without their own setting.
     *
     * @param value false by default, like the reference configuration
     * @return this builder
     */
    public Builder automatedClean(boolean value) {
      automatedClean = value;
      return this;
    }

    /**
     * Sets the console_info shape.
     *
     * @param value the console kind, SOCAT by default
     * @return this builder
     */
    public Builder console(ConsoleKind value) {
      consoleKind = Objects.requireNonNull(value, "console");
      return this;
    }

    /**
     * Sets the conductor host name shown in {@code conductor} and {@code reservation}.
     *
     * @param value the name, 127.0.0.1 by default
     * @return this builder
     */
    public Builder conductorHost(String value) {
      conductorHost = Objects.requireNonNull(value, "conductorHost");
      return this;
    }

    /**
     * Sets the hardware types the simulated conductor supports.
     *
     * @param value driver names
     * @return this builder
     */
    public Builder drivers(List<String> value) {
      drivers = List.copyOf(value);
      return this;
    }

    /**
     * Sets the resource class given to nodes created without one.
     *
     * @param value the class, or null for none; {@code baremetal} by default
     * @return this builder
     */
    public Builder defaultResourceClass(String value) {
      defaultResourceClass = value;
      return this;
    }

    /**
     * Sets the seed of the random source behind probabilistic faults.
     *
     * @param value the seed
     * @return this builder
     */
    public Builder faultSeed(long value) {
      faultSeed = value;
      return this;
    }

    /**
     * Sets how long write requests to a locked node wait (in real time) for the lock before
     * answering 409 NodeLocked. Ironic waits about 2 s; the default, zero, answers at once.
     *
     * @param value the wait, not negative
     * @return this builder
     */
    public Builder lockRetry(Duration value) {
      if (value.isNegative()) {
        throw new IllegalArgumentException("negative lockRetry");
      }
      lockRetry = value;
      return this;
    }

    /**
     * Builds the simulator (not yet listening).
     *
     * @return the simulator
     */
    public IronicSimulator build() {
      SimConfig config =
          new SimConfig(
              host,
              port,
              microversions,
              clock,
              timings,
              maxLimit,
              automatedClean,
              consoleKind,
              conductorHost,
              drivers,
              defaultResourceClass,
              faultSeed,
              lockRetry);
      NodeSeed initial = seed.build();
      NodeSeed counted =
          new NodeSeed(
              nodes,
              initial.namePrefix(),
              initial.resourceClass(),
              initial.cpus(),
              initial.memoryMb(),
              initial.localGb(),
              initial.cpuArch(),
              initial.extraProperties(),
              initial.traits(),
              initial.conductorGroup(),
              initial.shard(),
              initial.portsPerNode(),
              initial.provisionState(),
              initial.powerState(),
              initial.driver());
      return new IronicSimulator(new SimServer(config), nodes, counted);
    }
  }
}
