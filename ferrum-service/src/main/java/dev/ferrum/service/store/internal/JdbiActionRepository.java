package dev.ferrum.service.store.internal;

import dev.ferrum.service.DuplicateException;
import dev.ferrum.service.NotFoundException;
import dev.ferrum.service.store.ActionRepository;
import dev.ferrum.service.store.InstanceAction;
import dev.ferrum.service.store.InstanceActionEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@link ActionRepository} on JDBI. */
final class JdbiActionRepository implements ActionRepository {
  /** SQL for the instance action tables. */
  interface Dao {
    String ACTION_COLUMNS =
        "server_uuid, request_id, action, user_id, project_id, start_time, finish_time, message";
    String EVENT_COLUMNS =
        "server_uuid, request_id, event, start_time, finish_time, result, details";

    @SqlUpdate(
        "INSERT INTO instance_actions ("
            + ACTION_COLUMNS
            + ") VALUES (:serverUuid, :requestId, :action, :userId, :projectId, :startTime,"
            + " :finishTime, :message)")
    void insert(@BindMethods InstanceAction action);

    @SqlUpdate(
        "UPDATE instance_actions SET finish_time = :at, message = :message"
            + " WHERE server_uuid = :server AND request_id = :request")
    int finish(
        @Bind("server") String serverUuid,
        @Bind("request") String requestId,
        @Bind("at") Instant at,
        @Bind("message") String message);

    @SqlQuery(
        "SELECT "
            + ACTION_COLUMNS
            + " FROM instance_actions WHERE server_uuid = :server"
            + " ORDER BY start_time DESC, request_id DESC")
    List<InstanceAction> list(@Bind("server") String serverUuid);

    @SqlQuery(
        "SELECT "
            + ACTION_COLUMNS
            + " FROM instance_actions WHERE server_uuid = :server AND request_id = :request")
    Optional<InstanceAction> find(
        @Bind("server") String serverUuid, @Bind("request") String requestId);

    @SqlUpdate(
        "INSERT INTO instance_action_events (server_uuid, request_id, event, start_time)"
            + " VALUES (:server, :request, :event, :at)")
    void insertEvent(
        @Bind("server") String serverUuid,
        @Bind("request") String requestId,
        @Bind("event") String event,
        @Bind("at") Instant at);

    @SqlUpdate(
        "UPDATE instance_action_events SET finish_time = :at, result = :result, details ="
            + " :details WHERE server_uuid = :server AND request_id = :request AND event = :event")
    int finishEvent(
        @Bind("server") String serverUuid,
        @Bind("request") String requestId,
        @Bind("event") String event,
        @Bind("at") Instant at,
        @Bind("result") String result,
        @Bind("details") String details);

    @SqlQuery(
        "SELECT "
            + EVENT_COLUMNS
            + " FROM instance_action_events WHERE server_uuid = :server AND request_id = :request"
            + " ORDER BY start_time, event")
    List<InstanceActionEvent> events(
        @Bind("server") String serverUuid, @Bind("request") String requestId);
  }

  private final Jdbi jdbi;

  JdbiActionRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public InstanceAction start(InstanceAction action) {
    try {
      jdbi.useExtension(Dao.class, d -> d.insert(action));
    } catch (JdbiException e) {
      if (Sql.isUniqueViolation(e)) {
        throw new DuplicateException(
            "Action " + action.requestId() + " already recorded for " + action.serverUuid());
      }
      throw Sql.wrap("recording an action", e);
    }
    return action;
  }

  @Override
  public void finish(String serverUuid, String requestId, Instant at, String message) {
    int n =
        Sql.call(
            "finishing an action",
            () -> jdbi.withExtension(Dao.class, d -> d.finish(serverUuid, requestId, at, message)));
    if (n == 0) {
      throw new NotFoundException("Action", requestId);
    }
  }

  @Override
  public List<InstanceAction> list(String serverUuid) {
    return Sql.call(
        "listing actions", () -> jdbi.withExtension(Dao.class, d -> d.list(serverUuid)));
  }

  @Override
  public Optional<InstanceAction> find(String serverUuid, String requestId) {
    return Sql.call(
        "reading an action",
        () -> jdbi.withExtension(Dao.class, d -> d.find(serverUuid, requestId)));
  }

  @Override
  public void startEvent(String serverUuid, String requestId, String event, Instant at) {
    try {
      jdbi.useExtension(Dao.class, d -> d.insertEvent(serverUuid, requestId, event, at));
    } catch (JdbiException e) {
      if (Sql.isForeignKeyViolation(e)) {
        throw new NotFoundException("Action", requestId);
      }
      if (Sql.isUniqueViolation(e)) {
        throw new DuplicateException("Event " + event + " already started for " + requestId);
      }
      throw Sql.wrap("recording an event", e);
    }
  }

  @Override
  public void finishEvent(
      String serverUuid,
      String requestId,
      String event,
      Instant at,
      String result,
      String details) {
    int n =
        Sql.call(
            "finishing an event",
            () ->
                jdbi.withExtension(
                    Dao.class,
                    d -> d.finishEvent(serverUuid, requestId, event, at, result, details)));
    if (n == 0) {
      throw new NotFoundException("Action event", event);
    }
  }

  @Override
  public List<InstanceActionEvent> events(String serverUuid, String requestId) {
    return Sql.call(
        "listing events",
        () -> jdbi.withExtension(Dao.class, d -> d.events(serverUuid, requestId)));
  }
}
