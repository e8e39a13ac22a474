package dev.ferrum.service.store;

/**
 * Which servers to list. A record of optional filters so that the API and the manager ask with the
 * same vocabulary; {@code null} means "no filter".
 *
 * @param projectId only this project's servers, or {@code null} for all
 * @param name only servers with exactly this name, or {@code null}
 * @param host only servers managed by this host, or {@code null}
 * @param includeDeleted whether soft-deleted servers are included
 */
public record ServerQuery(String projectId, String name, String host, boolean includeDeleted) {
  /**
   * Lists every live server.
   *
   * @return the query
   */
  public static ServerQuery all() {
    return new ServerQuery(null, null, null, false);
  }

  /**
   * Lists one project's live servers.
   *
   * @param projectId the project
   * @return the query
   */
  public static ServerQuery project(String projectId) {
    return new ServerQuery(projectId, null, null, false);
  }

  /**
   * Returns a copy that also filters by exact name.
   *
   * @param name the name
   * @return the query
   */
  public ServerQuery withName(String name) {
    return new ServerQuery(projectId, name, host, includeDeleted);
  }

  /**
   * Returns a copy that also filters by managing host.
   *
   * @param host the host
   * @return the query
   */
  public ServerQuery withHost(String host) {
    return new ServerQuery(projectId, name, host, includeDeleted);
  }

  /**
   * Returns a copy that includes soft-deleted servers.
   *
   * @return the query
   */
  public ServerQuery withDeleted() {
    return new ServerQuery(projectId, name, host, true);
  }
}
