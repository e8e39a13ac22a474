package dev.ferrum.conformance;

import static org.awaitility.Awaitility.await;

import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.ProvisionState;
import java.time.Duration;
import java.util.Objects;

/**
 * Bounded waits for Ironic's asynchronous work: every transition of a real fake-hardware Ironic
 * takes 0.03–0.2 s and the simulator's 5 ms, so a 30 s deadline only ever trips on a real hang, and
 * a failure state ends the wait at once with Ironic's {@code last_error}.
 */
final class Awaits {
  /** The longest any wait lasts. */
  static final Duration DEADLINE = Duration.ofSeconds(30);

  private Awaits() {}

  /** Waits until the node is in {@code state} with no target state and no lock; returns it. */
  static Node provisionState(IronicClient client, String node, String state) {
    return await("provision state " + state + " of " + node)
        .atMost(DEADLINE)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              Node n = client.nodes().get(node);
              if (ProvisionState.FAILURE.contains(n.provisionState())
                  && !state.equals(n.provisionState())) {
                throw new AssertionError(
                    "node " + node + " went to " + n.provisionState() + ": " + n.lastError());
              }
              return n;
            },
            n ->
                state.equals(n.provisionState())
                    && n.targetProvisionState() == null
                    && n.reservation() == null);
  }

  /** Waits until the node's power state is {@code state} with no pending target and no lock. */
  static Node powerState(IronicClient client, String node, String state) {
    return await("power state " + state + " of " + node)
        .atMost(DEADLINE)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> client.nodes().get(node),
            n ->
                Objects.equals(state, n.powerState())
                    && n.targetPowerState() == null
                    && n.reservation() == null);
  }

  /** Waits until nothing holds the node's lock (no conductor work in progress). */
  static Node unlocked(IronicClient client, String node) {
    return await("lock release of " + node)
        .atMost(DEADLINE)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> client.nodes().get(node),
            n ->
                n.reservation() == null
                    && n.targetPowerState() == null
                    && n.targetProvisionState() == null);
  }
}
