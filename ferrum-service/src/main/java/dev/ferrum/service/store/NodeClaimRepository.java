package dev.ferrum.service.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Atomic ownership of Ironic nodes by servers. {@link #claim} is a single INSERT: when two
 * schedulers (threads or processes) pick the same node, exactly one insert succeeds and the other
 * learns it lost without any lock.
 */
public interface NodeClaimRepository {
  /**
   * Claims a node for a server.
   *
   * @param nodeUuid the Ironic node
   * @param serverUuid the server
   * @param at the current time
   * @return {@code true} if this call got the node, {@code false} if someone holds it
   */
  boolean claim(String nodeUuid, String serverUuid, Instant at);

  /**
   * Releases a node if the given server holds it.
   *
   * @param nodeUuid the Ironic node
   * @param serverUuid the server expected to hold it
   * @return {@code true} if a claim was removed
   */
  boolean release(String nodeUuid, String serverUuid);

  /**
   * Looks up who holds a node.
   *
   * @param nodeUuid the Ironic node
   * @return the claim, or empty
   */
  Optional<NodeClaim> find(String nodeUuid);

  /**
   * Looks up the node a server holds.
   *
   * @param serverUuid the server
   * @return the claim, or empty
   */
  Optional<NodeClaim> findByServer(String serverUuid);

  /**
   * Lists every claim, ordered by node.
   *
   * @return the claims
   */
  List<NodeClaim> list();
}
