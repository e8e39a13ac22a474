package dev.ferrum.service.api.internal;

import dev.ferrum.service.ForbiddenException;
import dev.ferrum.service.Role;

/**
 * Who is calling and with which microversion; attached to every authenticated request.
 *
 * @param userId the user
 * @param projectId the user's project
 * @param role admin or member
 * @param version the negotiated microversion
 * @param requestId this request's id ({@code req-…}), for instance actions and logs
 */
record Caller(String userId, String projectId, Role role, Microversion version, String requestId) {
  boolean isAdmin() {
    return role == Role.ADMIN;
  }

  /** Refuses a member with Nova's policy wording. */
  void requireAdmin(String policy) {
    if (!isAdmin()) {
      throw new ForbiddenException("Policy doesn't allow " + policy + " to be performed.");
    }
  }
}
