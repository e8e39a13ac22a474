package dev.ferrum.service.store.internal;

import dev.ferrum.service.PersistenceException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;

/** SQL helpers shared by the repositories: error classification and column reading. */
final class Sql {
  private Sql() {}

  /** Runs a database call, turning unexpected JDBI failures into {@link PersistenceException}. */
  static <T> T call(String what, Supplier<T> body) {
    try {
      return body.get();
    } catch (JdbiException e) {
      throw new PersistenceException("database error while " + what, e);
    }
  }

  /** Wraps an unexpected JDBI failure. */
  static PersistenceException wrap(String what, JdbiException e) {
    return new PersistenceException("database error while " + what, e);
  }

  /** Runs a database call without a result. */
  static void run(String what, Runnable body) {
    call(
        what,
        () -> {
          body.run();
          return null;
        });
  }

  /** Tells whether a failure is a unique or primary key violation (SQLSTATE 23505). */
  static boolean isUniqueViolation(Throwable e) {
    return hasState(e, "23505");
  }

  /**
   * Tells whether a failure is a foreign key violation (23503; H2 uses 23506 for a missing parent).
   */
  static boolean isForeignKeyViolation(Throwable e) {
    return hasState(e, "23503") || hasState(e, "23506");
  }

  /**
   * Tells whether a failure is transient contention between transactions that a retry with fresh
   * data may get past: a serialization failure or deadlock (40001, PostgreSQL's 40P01), or H2's
   * lock timeout (HYT00) and concurrent update (90131).
   */
  static boolean isTransient(Throwable e) {
    return hasState(e, "40001")
        || hasState(e, "40P01")
        || hasState(e, "HYT00")
        || hasState(e, "90131");
  }

  private static boolean hasState(Throwable e, String state) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && state.equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** Reads a nullable timestamp column. */
  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  /** Reads a nullable integer column. */
  static Integer integer(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  /** Reads a nullable bigint column. */
  static Long longValue(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}
