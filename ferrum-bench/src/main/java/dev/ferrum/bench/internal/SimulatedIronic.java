package dev.ferrum.bench.internal;

import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.simulator.IronicSimulator;
import dev.ferrum.ironic.simulator.NodeSeed;
import dev.ferrum.ironic.simulator.SimulatorControl;
import java.time.Duration;
import java.util.Objects;

/**
 * An in-process Ironic simulator on a free loopback port and a Ferrum client pointed at it.
 * Internal.
 */
public final class SimulatedIronic implements AutoCloseable {

  private final IronicSimulator simulator;
  private final IronicClient client;

  private SimulatedIronic(IronicSimulator simulator) {
    this.simulator = simulator;
    this.client =
        IronicClient.builder()
            .endpoint(simulator.baseUri())
            .requestTimeout(Duration.ofSeconds(60))
            .build();
  }

  /**
   * Starts a simulator with {@code nodes} available, powered-off nodes on system time.
   *
   * @param nodes how many nodes to seed
   * @param deployTime how long a deploy step takes
   * @return the running simulator and its client
   */
  public static SimulatedIronic start(int nodes, Duration deployTime) {
    Objects.requireNonNull(deployTime, "deployTime");
    IronicSimulator sim =
        IronicSimulator.builder()
            .port(0)
            .nodes(nodes)
            .nodeProfile(NodeSeed.builder(0).powerState("power off"))
            .timing("deploying", deployTime)
            .build();
    return new SimulatedIronic(sim.start());
  }

  /**
   * The simulator's control handle (never counted in its request counters).
   *
   * @return the control
   */
  public SimulatorControl control() {
    return simulator.control();
  }

  /**
   * The simulator itself.
   *
   * @return the simulator
   */
  public IronicSimulator simulator() {
    return simulator;
  }

  /**
   * A client pointed at the simulator.
   *
   * @return the client
   */
  public IronicClient client() {
    return client;
  }

  /**
   * The request counters now.
   *
   * @return a snapshot
   */
  public RequestCounts counts() {
    return new RequestCounts(simulator.control().requestCounts());
  }

  @Override
  public void close() {
    client.close();
    simulator.close();
  }
}
