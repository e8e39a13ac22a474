package dev.ferrum.service.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Proof that one server holds one Ironic node. The scheduler claims a node by inserting this row;
 * the primary key on the node makes the claim atomic across service processes sharing a database.
 *
 * @param nodeUuid the Ironic node
 * @param serverUuid the server holding it
 * @param claimedAt when it was claimed
 */
public record NodeClaim(String nodeUuid, String serverUuid, Instant claimedAt) {
  /** Validates the fields. */
  public NodeClaim {
    Objects.requireNonNull(nodeUuid, "nodeUuid");
    Objects.requireNonNull(serverUuid, "serverUuid");
    Objects.requireNonNull(claimedAt, "claimedAt");
  }
}
