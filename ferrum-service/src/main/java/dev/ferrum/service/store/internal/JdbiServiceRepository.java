package dev.ferrum.service.store.internal;

import dev.ferrum.service.NotFoundException;
import dev.ferrum.service.store.ComputeService;
import dev.ferrum.service.store.ServiceRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@link ServiceRepository} on JDBI; registration is insert-or-read, safe under races. */
final class JdbiServiceRepository implements ServiceRepository {
  /** SQL for the services table. */
  interface Dao {
    String COLUMNS =
        "id, host, binary_name, disabled, disabled_reason, version, heartbeat_at, created_at,"
            + " updated_at";

    @SqlUpdate(
        "INSERT INTO services (id, host, binary_name, disabled, version, created_at)"
            + " VALUES (:id, :host, :binary, FALSE, :version, :at)")
    void insert(
        @Bind("id") String id,
        @Bind("host") String host,
        @Bind("binary") String binary,
        @Bind("version") int version,
        @Bind("at") Instant at);

    @SqlUpdate("UPDATE services SET version = :version, updated_at = :at WHERE id = :id")
    int setVersion(@Bind("id") String id, @Bind("version") int version, @Bind("at") Instant at);

    @SqlUpdate("UPDATE services SET heartbeat_at = :at WHERE id = :id")
    int heartbeat(@Bind("id") String id, @Bind("at") Instant at);

    @SqlUpdate(
        "UPDATE services SET disabled = :disabled, disabled_reason = :reason, updated_at = :at"
            + " WHERE id = :id")
    int setDisabled(
        @Bind("id") String id,
        @Bind("disabled") boolean disabled,
        @Bind("reason") String reason,
        @Bind("at") Instant at);

    @SqlQuery("SELECT " + COLUMNS + " FROM services WHERE host = :host AND binary_name = :binary")
    Optional<ComputeService> find(@Bind("host") String host, @Bind("binary") String binary);

    @SqlQuery("SELECT " + COLUMNS + " FROM services WHERE id = :id")
    Optional<ComputeService> byId(@Bind("id") String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM services ORDER BY host, binary_name")
    List<ComputeService> list();
  }

  private final Jdbi jdbi;

  JdbiServiceRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public ComputeService register(String host, String binary, int version, Instant at) {
    try {
      jdbi.useExtension(
          Dao.class, d -> d.insert(UUID.randomUUID().toString(), host, binary, version, at));
    } catch (JdbiException e) {
      if (!Sql.isUniqueViolation(e)) {
        throw Sql.wrap("registering a service", e);
      }
      ComputeService existing = find(host, binary).orElseThrow();
      if (existing.version() != version) {
        Sql.run(
            "registering a service",
            () -> jdbi.useExtension(Dao.class, d -> d.setVersion(existing.id(), version, at)));
      }
    }
    return find(host, binary).orElseThrow();
  }

  @Override
  public void heartbeat(String id, Instant at) {
    int n =
        Sql.call(
            "recording a heartbeat", () -> jdbi.withExtension(Dao.class, d -> d.heartbeat(id, at)));
    if (n == 0) {
      throw new NotFoundException("Service", id);
    }
  }

  @Override
  public ComputeService setDisabled(String id, boolean disabled, String reason, Instant at) {
    int n =
        Sql.call(
            "disabling a service",
            () -> jdbi.withExtension(Dao.class, d -> d.setDisabled(id, disabled, reason, at)));
    if (n == 0) {
      throw new NotFoundException("Service", id);
    }
    return Sql.call("reading a service", () -> jdbi.withExtension(Dao.class, d -> d.byId(id)))
        .orElseThrow(() -> new NotFoundException("Service", id));
  }

  @Override
  public Optional<ComputeService> find(String host, String binary) {
    return Sql.call(
        "reading a service", () -> jdbi.withExtension(Dao.class, d -> d.find(host, binary)));
  }

  @Override
  public List<ComputeService> list() {
    return Sql.call("listing services", () -> jdbi.withExtension(Dao.class, Dao::list));
  }
}
