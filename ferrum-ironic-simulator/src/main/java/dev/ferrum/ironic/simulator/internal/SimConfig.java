package dev.ferrum.ironic.simulator.internal;

import dev.ferrum.ironic.simulator.ConsoleKind;
import dev.ferrum.ironic.simulator.Microversions;
import dev.ferrum.ironic.simulator.SimulatorClock;
import dev.ferrum.ironic.simulator.Timings;
import java.util.List;
import java.util.Objects;

/**
 * Everything the engine needs to know about one simulator instance, fixed at start.
 *
 * @param host the address to bind
 * @param port the port (0 picks a free one)
 * @param microversions the advertised range
 * @param clock the time source
 * @param timings step durations
 * @param maxLimit the page size cap ({@code [api] max_limit})
 * @param automatedClean whether undeploy and provide run cleaning ({@code [conductor]
 *     automated_clean}); a node's own {@code automated_clean} overrides it
 * @param consoleKind the shape of console_info
 * @param conductorHost the conductor name shown in {@code conductor} and {@code reservation}
 * @param drivers the hardware types the simulated conductor supports
 * @param defaultResourceClass the resource class of nodes created without one
 * @param faultSeed seed of the random source deciding probabilistic faults
 * @param lockRetry how long write requests wait for a locked node before answering 409 (real time;
 *     Ironic waits about 2 s)
 */
public record SimConfig(
    String host,
    int port,
    Microversions microversions,
    SimulatorClock clock,
    Timings timings,
    int maxLimit,
    boolean automatedClean,
    ConsoleKind consoleKind,
    String conductorHost,
    List<String> drivers,
    String defaultResourceClass,
    long faultSeed,
    java.time.Duration lockRetry) {

  /** Validates and copies. */
  public SimConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(microversions, "microversions");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(timings, "timings");
    Objects.requireNonNull(consoleKind, "consoleKind");
    Objects.requireNonNull(conductorHost, "conductorHost");
    Objects.requireNonNull(lockRetry, "lockRetry");
    drivers = List.copyOf(drivers);
    if (maxLimit < 1) {
      throw new IllegalArgumentException("maxLimit must be positive");
    }
  }
}
