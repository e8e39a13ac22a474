package dev.ferrum.service.store.internal;

import dev.ferrum.service.store.NodeClaim;
import dev.ferrum.service.store.NodeClaimRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@link NodeClaimRepository} on JDBI: a claim is an INSERT that fails on the primary key. */
final class JdbiNodeClaimRepository implements NodeClaimRepository {
  /** SQL for the node_claims table. */
  interface Dao {
    @SqlUpdate(
        "INSERT INTO node_claims (node_uuid, server_uuid, claimed_at) VALUES (:node, :server,"
            + " :at)")
    void insert(
        @Bind("node") String nodeUuid, @Bind("server") String serverUuid, @Bind("at") Instant at);

    @SqlUpdate("DELETE FROM node_claims WHERE node_uuid = :node AND server_uuid = :server")
    int delete(@Bind("node") String nodeUuid, @Bind("server") String serverUuid);

    @SqlQuery("SELECT node_uuid, server_uuid, claimed_at FROM node_claims WHERE node_uuid = :node")
    Optional<NodeClaim> find(@Bind("node") String nodeUuid);

    @SqlQuery(
        "SELECT node_uuid, server_uuid, claimed_at FROM node_claims WHERE server_uuid = :server"
            + " ORDER BY node_uuid")
    List<NodeClaim> findByServer(@Bind("server") String serverUuid);

    @SqlQuery("SELECT node_uuid, server_uuid, claimed_at FROM node_claims ORDER BY node_uuid")
    List<NodeClaim> list();
  }

  private final Jdbi jdbi;

  JdbiNodeClaimRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public boolean claim(String nodeUuid, String serverUuid, Instant at) {
    try {
      jdbi.useExtension(Dao.class, d -> d.insert(nodeUuid, serverUuid, at));
      return true;
    } catch (JdbiException e) {
      if (Sql.isUniqueViolation(e)) {
        return false;
      }
      throw Sql.wrap("claiming a node", e);
    }
  }

  @Override
  public boolean release(String nodeUuid, String serverUuid) {
    return Sql.call(
            "releasing a node",
            () -> jdbi.withExtension(Dao.class, d -> d.delete(nodeUuid, serverUuid)))
        > 0;
  }

  @Override
  public Optional<NodeClaim> find(String nodeUuid) {
    return Sql.call(
        "reading a node claim", () -> jdbi.withExtension(Dao.class, d -> d.find(nodeUuid)));
  }

  @Override
  public Optional<NodeClaim> findByServer(String serverUuid) {
    return Sql.call(
        "reading a node claim",
        () -> jdbi.withExtension(Dao.class, d -> d.findByServer(serverUuid)).stream().findFirst());
  }

  @Override
  public List<NodeClaim> list() {
    return Sql.call("listing node claims", () -> jdbi.withExtension(Dao.class, Dao::list));
  }
}
