package dev.ferrum.service;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the service keeps its state. Sealed because the service supports exactly two engines: an
 * embedded H2 file (the zero-configuration default) and PostgreSQL (production, and the only one
 * several service processes can share).
 */
public sealed interface DatabaseSettings {
  /**
   * An embedded H2 database stored in a directory.
   *
   * @param directory where the database files live; created if missing
   */
  record H2File(Path directory) implements DatabaseSettings {
    /** Validates the directory. */
    public H2File {
      Objects.requireNonNull(directory, "directory");
    }
  }

  /**
   * A PostgreSQL database.
   *
   * @param jdbcUrl e.g. {@code jdbc:postgresql://127.0.0.1:5432/ferrum}
   * @param user the database user
   * @param password the database password; never logged ({@link #toString()} masks it)
   */
  record Postgres(String jdbcUrl, String user, String password) implements DatabaseSettings {
    /** Validates that every field is present and the URL names PostgreSQL. */
    public Postgres {
      Objects.requireNonNull(jdbcUrl, "jdbcUrl");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
      if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
        throw new ConfigurationException("not a PostgreSQL JDBC URL: " + jdbcUrl);
      }
    }

    @Override
    public String toString() {
      return "Postgres[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=***]";
    }
  }
}
