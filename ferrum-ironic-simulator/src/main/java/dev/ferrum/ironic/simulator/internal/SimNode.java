package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.ironic.simulator.FailureAction;
import java.util.EnumMap;
import java.util.Map;

/**
 * One node. Its API fields live in an immutable-after-publication JSON object replaced on every
 * change (copy on write), so listings read consistent snapshots without locks; changes are
 * serialised on the node's monitor.
 */
final class SimNode {
  final long id;
  final String uuid;
  private volatile ObjectNode data;
  private final Map<FailureAction, String> failNext = new EnumMap<>(FailureAction.class);

  /** Bumped whenever pending asynchronous work must be forgotten (forced state, delete). */
  private long generation;

  SimNode(long id, String uuid, ObjectNode data) {
    this.id = id;
    this.uuid = uuid;
    this.data = data;
  }

  /** The current snapshot; callers must not modify it. */
  ObjectNode data() {
    return data;
  }

  /** Publishes a new snapshot. Call only through {@link NodeStore}, holding this monitor. */
  void publish(ObjectNode snapshot) {
    data = snapshot;
  }

  synchronized long generation() {
    return generation;
  }

  synchronized long bumpGeneration() {
    return ++generation;
  }

  synchronized void failNext(FailureAction action, String lastError) {
    failNext.put(action, lastError);
  }

  /** Returns and forgets the planned failure for an action, or null. */
  synchronized String takeFailure(FailureAction action) {
    return failNext.remove(action);
  }

  String reservation() {
    return Json.text(data, "reservation");
  }

  String provisionState() {
    return Json.text(data, "provision_state");
  }
}
