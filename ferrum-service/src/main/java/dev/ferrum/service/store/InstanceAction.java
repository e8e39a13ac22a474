package dev.ferrum.service.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One user request against a server (create, reboot, delete…), recorded so users can see what
 * happened to their server ({@code openstack server event list}) even after the fact.
 *
 * @param serverUuid the server
 * @param requestId the API request id ({@code req-…}) that started it
 * @param action Nova's action name, e.g. {@code create}, {@code reboot}
 * @param userId who asked
 * @param projectId the caller's project
 * @param startTime when it started
 * @param finishTime when it finished, or {@code null} while running
 * @param message {@code Error} when it failed, else {@code null}
 */
public record InstanceAction(
    String serverUuid,
    String requestId,
    String action,
    String userId,
    String projectId,
    Instant startTime,
    Instant finishTime,
    String message) {
  /** Validates required fields. */
  public InstanceAction {
    Objects.requireNonNull(serverUuid, "serverUuid");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(startTime, "startTime");
  }
}
