package dev.ferrum.service.compute;

import java.util.Objects;

/**
 * Who asked for an operation and under which request id, so that the instance action it records
 * ({@code openstack server event list}) names the caller and the API request that started it.
 *
 * @param userId the calling user
 * @param projectId the caller's project
 * @param requestId the API request id ({@code req-…})
 */
public record RequestContext(String userId, String projectId, String requestId) {
  /** Validates the fields. */
  public RequestContext {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(requestId, "requestId");
  }
}
