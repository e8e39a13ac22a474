package dev.ferrum.driver.watch;

import java.util.Objects;

/**
 * What a wait observes: the node carrying an instance, the node with a UUID, or a node's console.
 *
 * <p>Exists because Nova's waits look nodes up by instance (so a torn-down node, whose instance was
 * cleared, reads as "gone"), while console waits read the console endpoint of a node.
 */
public sealed interface WatchTarget {

  /**
   * The node whose {@code instance_uuid} is this instance ({@code GET /v1/nodes?instance_uuid}).
   */
  record ByInstance(String instanceUuid) implements WatchTarget {
    /** Requires the uuid. */
    public ByInstance {
      Objects.requireNonNull(instanceUuid, "instanceUuid");
    }
  }

  /** The node with this UUID ({@code GET /v1/nodes/{uuid}}). */
  record ByNode(String nodeUuid) implements WatchTarget {
    /** Requires the uuid. */
    public ByNode {
      Objects.requireNonNull(nodeUuid, "nodeUuid");
    }
  }

  /** The console state of this node ({@code GET /v1/nodes/{uuid}/states/console}). */
  record Console(String nodeUuid) implements WatchTarget {
    /** Requires the uuid. */
    public Console {
      Objects.requireNonNull(nodeUuid, "nodeUuid");
    }
  }

  /** The node carrying this instance. */
  static WatchTarget instance(String instanceUuid) {
    return new ByInstance(instanceUuid);
  }

  /** The node with this UUID. */
  static WatchTarget node(String nodeUuid) {
    return new ByNode(nodeUuid);
  }

  /** The console of this node. */
  static WatchTarget console(String nodeUuid) {
    return new Console(nodeUuid);
  }
}
