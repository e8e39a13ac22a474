package dev.ferrum.driver.watch;

import dev.ferrum.ironic.client.model.ConsoleState;
import dev.ferrum.ironic.client.model.Node;
import java.util.Objects;

/**
 * What one poll saw of a {@link WatchTarget}.
 *
 * <p>Exists so conditions distinguish "the node is in state S" from "no node matches" (instance
 * cleared by a tear-down, node deleted) without catching exceptions.
 */
public sealed interface Observation {

  /** The node, projected to the polled fields. */
  record Seen(Node node) implements Observation {
    /** Requires the node. */
    public Seen {
      Objects.requireNonNull(node, "node");
    }
  }

  /** The node's console state. */
  record SeenConsole(ConsoleState console) implements Observation {
    /** Requires the state. */
    public SeenConsole {
      Objects.requireNonNull(console, "console");
    }
  }

  /** No node matches the target. */
  record Absent() implements Observation {}
}
