package dev.ferrum.service.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The history of what was done to each server: instance actions and their events, the data behind
 * {@code os-instance-actions}.
 */
public interface ActionRepository {
  /**
   * Records the start of an action.
   *
   * @param action the action (finish time and message usually {@code null})
   * @return the stored action
   * @throws dev.ferrum.service.DuplicateException if the request id was recorded for this server
   */
  InstanceAction start(InstanceAction action);

  /**
   * Records the end of an action.
   *
   * @param serverUuid the server
   * @param requestId the action's request id
   * @param at the finish time
   * @param message {@code Error} on failure, else {@code null}
   * @throws dev.ferrum.service.NotFoundException if there is no such action
   */
  void finish(String serverUuid, String requestId, Instant at, String message);

  /**
   * Lists a server's actions, newest first.
   *
   * @param serverUuid the server
   * @return the actions
   */
  List<InstanceAction> list(String serverUuid);

  /**
   * Looks one action up.
   *
   * @param serverUuid the server
   * @param requestId the request id
   * @return the action, or empty
   */
  Optional<InstanceAction> find(String serverUuid, String requestId);

  /**
   * Records the start of an event.
   *
   * @param serverUuid the server
   * @param requestId the owning action's request id
   * @param event the step name
   * @param at the start time
   * @throws dev.ferrum.service.NotFoundException if there is no such action
   * @throws dev.ferrum.service.DuplicateException if the event was already started
   */
  void startEvent(String serverUuid, String requestId, String event, Instant at);

  /**
   * Records the end of an event.
   *
   * @param serverUuid the server
   * @param requestId the owning action's request id
   * @param event the step name
   * @param at the finish time
   * @param result {@code Success} or {@code Error}
   * @param details user-safe explanation, or {@code null}
   * @throws dev.ferrum.service.NotFoundException if the event was never started
   */
  void finishEvent(
      String serverUuid, String requestId, String event, Instant at, String result, String details);

  /**
   * Lists an action's events in start order.
   *
   * @param serverUuid the server
   * @param requestId the action's request id
   * @return the events
   */
  List<InstanceActionEvent> events(String serverUuid, String requestId);
}
