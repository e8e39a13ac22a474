package dev.ferrum.service.store;

import dev.ferrum.service.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored servers. Every state change goes through {@link #save(Server, ExpectedTaskState)}, which
 * checks the expected task state and the version in the same statement as the write, so that two
 * operations on one server (or two service processes) cannot both win.
 */
public interface ServerRepository {
  /**
   * Stores a new server with version 0.
   *
   * @param server the server
   * @return the stored server
   * @throws dev.ferrum.service.DuplicateException if the uuid is taken
   */
  Server create(Server server);

  /**
   * Looks a live (not deleted) server up.
   *
   * @param uuid the server id
   * @return the server, or empty
   */
  Optional<Server> find(String uuid);

  /**
   * Returns a live server.
   *
   * @param uuid the server id
   * @return the server
   * @throws dev.ferrum.service.NotFoundException if there is none or it is deleted
   */
  default Server get(String uuid) {
    return find(uuid).orElseThrow(() -> new NotFoundException("Server", uuid));
  }

  /**
   * Lists servers, newest first (Nova's default order).
   *
   * @param query the filters
   * @return the servers
   */
  List<Server> list(ServerQuery query);

  /**
   * Finds the live server on a node.
   *
   * @param nodeUuid the Ironic node
   * @return the server, or empty
   */
  Optional<Server> findByNode(String nodeUuid);

  /**
   * Writes a changed server if its task state is as expected and nobody saved it since it was read.
   * Name, state, node, host, addresses, metadata, fault and timestamps are written; uuid, project,
   * user and creation time never change.
   *
   * @param server the changed server, carrying the version it was read with
   * @param expected the task states the stored server must be in
   * @return the saved server, with the next version and {@code updatedAt} set
   * @throws dev.ferrum.service.NotFoundException if the server is gone or deleted
   * @throws dev.ferrum.service.UnexpectedTaskStateException if the stored task state differs
   * @throws dev.ferrum.service.ConcurrentUpdateException if the version moved on
   */
  Server save(Server server, ExpectedTaskState expected);

  /**
   * Soft-deletes a server: it disappears from {@link #find} and default lists, but its row (and its
   * action history) stays.
   *
   * @param uuid the server id
   * @param at the deletion time
   * @throws dev.ferrum.service.NotFoundException if there is no live server with that id
   */
  void markDeleted(String uuid, Instant at);
}
