package dev.ferrum.service.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A step inside an {@link InstanceAction} (e.g. {@code compute_reboot_instance}), so that a failed
 * action shows which step failed. Details are user-safe text, never a traceback.
 *
 * @param serverUuid the server
 * @param requestId the owning action's request id
 * @param event the step name
 * @param startTime when it started
 * @param finishTime when it finished, or {@code null}
 * @param result {@code Success} or {@code Error}, or {@code null} while running
 * @param details user-safe explanation, or {@code null}
 */
public record InstanceActionEvent(
    String serverUuid,
    String requestId,
    String event,
    Instant startTime,
    Instant finishTime,
    String result,
    String details) {
  /** Validates required fields. */
  public InstanceActionEvent {
    Objects.requireNonNull(serverUuid, "serverUuid");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(startTime, "startTime");
  }
}
