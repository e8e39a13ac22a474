package dev.ferrum.bench.storm;

import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.IronicException;
import dev.ferrum.ironic.client.model.JsonPatch;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.ProvisionRequest;
import dev.ferrum.ironic.client.model.ProvisionState;
import dev.ferrum.ironic.client.model.ProvisionVerb;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The baseline: Nova's scheme, where every operation runs its own loop that GETs its node every
 * {@code interval} until the node is done (Nova's {@code loopingcall.FixedIntervalLoopingCall}
 * around {@code _wait_for_active} and {@code _wait_for_provision_state}).
 *
 * <p>The calls around the waits follow Nova's driver in kind and number (reserve, node read, deploy
 * patch, validate, VIF attach, deploy; instance lookup, undeploy, VIF detach), so the comparison is
 * dominated by what differs: the polling.
 */
final class PerOperationPolling implements Lifecycle {

  /** Nova's {@code _NODE_FIELDS}. */
  static final List<String> NODE_FIELDS =
      List.of(
          "uuid",
          "power_state",
          "target_power_state",
          "provision_state",
          "target_provision_state",
          "last_error",
          "maintenance",
          "properties",
          "instance_uuid",
          "traits",
          "resource_class");

  private final IronicClient client;
  private final Duration interval;

  PerOperationPolling(IronicClient client, Duration interval) {
    this.client = client;
    this.interval = interval;
  }

  @Override
  public String name() {
    return "per-operation polling (Nova)";
  }

  @Override
  public void spawn(Slot s) {
    var nodes = client.nodes();
    nodes.reserve(s.nodeUuid(), s.instanceUuid());
    nodes.get(s.nodeUuid(), NODE_FIELDS);
    nodes.update(
        s.nodeUuid(),
        JsonPatch.builder()
            .add("/instance_info/image_source", DriverLifecycle.IMAGE)
            .add("/instance_info/root_gb", "10")
            .add("/instance_info/swap_mb", "1")
            .add("/instance_info/display_name", "bench-" + s.index())
            .add("/instance_info/vcpus", "1")
            .add("/instance_info/memory_mb", "1024")
            .add("/instance_info/local_gb", "10")
            .build());
    nodes.validate(s.nodeUuid());
    nodes.attachVif(s.nodeUuid(), s.vifId());
    nodes.setProvisionState(s.nodeUuid(), ProvisionRequest.deploy(Optional.empty()));
    // The simulator's deploy takes exactly the configured time, which would line every loop's
    // polls up with its node's activation; real deploy times vary, so the activation falls at a
    // random point of the polling cycle. A random phase per operation models that.
    sleep(Duration.ofNanos(new Random(s.index()).nextLong(interval.toNanos())));
    while (true) {
      sleep(interval);
      Node n = nodes.get(s.nodeUuid(), NODE_FIELDS);
      if (ProvisionState.ACTIVE.equals(n.provisionState())) {
        return;
      }
      if ("deploy failed".equals(n.provisionState()) || "error".equals(n.provisionState())) {
        throw new IllegalStateException("deploy of " + s.nodeUuid() + " failed: " + n.lastError());
      }
    }
  }

  @Override
  public void destroy(Slot s) {
    var nodes = client.nodes();
    Node node =
        nodes
            .findByInstance(s.instanceUuid(), NODE_FIELDS)
            .orElseThrow(() -> new IllegalStateException("no node for " + s.instanceUuid()));
    nodes.setProvisionState(node.uuid(), ProvisionRequest.of(ProvisionVerb.DELETED));
    while (true) {
      sleep(interval);
      Node n = nodes.get(node.uuid(), NODE_FIELDS);
      if (n.targetProvisionState() == null
          && (ProvisionState.AVAILABLE.equals(n.provisionState())
              || "clean failed".equals(n.provisionState()))) {
        break;
      }
    }
    try {
      nodes.detachVif(node.uuid(), s.vifId());
    } catch (IronicException e) {
      // Nova tolerates a VIF already gone (the undeploy cleared it).
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @Override
  public void close() {}
}
