package dev.ferrum.service.store.internal;

import dev.ferrum.service.ConcurrentUpdateException;
import dev.ferrum.service.DuplicateException;
import dev.ferrum.service.NotFoundException;
import dev.ferrum.service.UnexpectedTaskStateException;
import dev.ferrum.service.store.ExpectedTaskState;
import dev.ferrum.service.store.Server;
import dev.ferrum.service.store.ServerQuery;
import dev.ferrum.service.store.ServerRepository;
import dev.ferrum.service.store.TaskState;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** {@link ServerRepository} on JDBI with a guarded, versioned UPDATE for saves. */
final class JdbiServerRepository implements ServerRepository {
  private final Jdbi jdbi;
  private final Clock clock;

  JdbiServerRepository(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  @Override
  public Server create(Server server) {
    try {
      jdbi.useExtension(ServerDao.class, d -> d.insert(server, ServerDao.ServerColumns.of(server)));
    } catch (JdbiException e) {
      if (Sql.isUniqueViolation(e)) {
        throw new DuplicateException("Server " + server.uuid() + " already exists.");
      }
      throw Sql.wrap("creating a server", e);
    }
    return get(server.uuid());
  }

  @Override
  public Optional<Server> find(String uuid) {
    return Sql.call(
        "reading a server", () -> jdbi.withExtension(ServerDao.class, d -> d.find(uuid)));
  }

  @Override
  public List<Server> list(ServerQuery q) {
    return Sql.call(
        "listing servers",
        () ->
            jdbi.withExtension(
                ServerDao.class,
                d -> d.list(q.projectId(), q.name(), q.host(), q.includeDeleted())));
  }

  @Override
  public Optional<Server> findByNode(String nodeUuid) {
    return Sql.call(
        "reading a server",
        () ->
            jdbi.withExtension(ServerDao.class, d -> d.findByNode(nodeUuid)).stream().findFirst());
  }

  @Override
  public Server save(Server server, ExpectedTaskState expected) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    List<String> states = expected.states().stream().map(TaskState::wireValue).sorted().toList();
    int n =
        Sql.call(
            "saving a server",
            () ->
                jdbi.withExtension(
                    ServerDao.class,
                    d ->
                        d.update(
                            server,
                            ServerDao.ServerColumns.of(server),
                            now,
                            expected.isAny(),
                            expected.allowsNone(),
                            states)));
    if (n == 1) {
      return get(server.uuid());
    }
    Server current =
        find(server.uuid()).orElseThrow(() -> new NotFoundException("Server", server.uuid()));
    if (!expected.matches(current.taskState())) {
      throw new UnexpectedTaskStateException(
          server.uuid(),
          expected.toString(),
          current.taskState() == null ? null : current.taskState().wireValue());
    }
    throw new ConcurrentUpdateException(
        "Server "
            + server.uuid()
            + " was changed concurrently (version "
            + server.version()
            + " is now "
            + current.version()
            + ").");
  }

  @Override
  public void markDeleted(String uuid, Instant at) {
    int n =
        Sql.call(
            "deleting a server",
            () -> jdbi.withExtension(ServerDao.class, d -> d.markDeleted(uuid, at)));
    if (n == 0) {
      throw new NotFoundException("Server", uuid);
    }
  }
}
