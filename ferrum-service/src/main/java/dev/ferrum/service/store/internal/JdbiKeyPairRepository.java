package dev.ferrum.service.store.internal;

import dev.ferrum.service.DuplicateException;
import dev.ferrum.service.NotFoundException;
import dev.ferrum.service.store.KeyPair;
import dev.ferrum.service.store.KeyPairRepository;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@link KeyPairRepository} on JDBI. */
final class JdbiKeyPairRepository implements KeyPairRepository {
  /** SQL for the keypairs table. */
  interface Dao {
    String COLUMNS = "user_id, name, project_id, public_key, fingerprint, key_type, created_at";

    @SqlUpdate(
        "INSERT INTO keypairs ("
            + COLUMNS
            + ") VALUES (:userId, :name, :projectId, :publicKey, :fingerprint, :type, :createdAt)")
    void insert(@BindMethods KeyPair keyPair);

    @SqlQuery("SELECT " + COLUMNS + " FROM keypairs WHERE user_id = :user AND name = :name")
    Optional<KeyPair> find(@Bind("user") String userId, @Bind("name") String name);

    @SqlQuery("SELECT " + COLUMNS + " FROM keypairs WHERE user_id = :user ORDER BY name")
    List<KeyPair> list(@Bind("user") String userId);

    @SqlUpdate("DELETE FROM keypairs WHERE user_id = :user AND name = :name")
    int delete(@Bind("user") String userId, @Bind("name") String name);
  }

  private final Jdbi jdbi;

  JdbiKeyPairRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public KeyPair create(KeyPair keyPair) {
    try {
      jdbi.useExtension(Dao.class, d -> d.insert(keyPair));
    } catch (JdbiException e) {
      if (Sql.isUniqueViolation(e)) {
        throw new DuplicateException("Key pair '" + keyPair.name() + "' already exists.");
      }
      throw Sql.wrap("creating a keypair", e);
    }
    return find(keyPair.userId(), keyPair.name()).orElseThrow();
  }

  @Override
  public Optional<KeyPair> find(String userId, String name) {
    return Sql.call(
        "reading a keypair", () -> jdbi.withExtension(Dao.class, d -> d.find(userId, name)));
  }

  @Override
  public List<KeyPair> list(String userId) {
    return Sql.call("listing keypairs", () -> jdbi.withExtension(Dao.class, d -> d.list(userId)));
  }

  @Override
  public void delete(String userId, String name) {
    int n =
        Sql.call(
            "deleting a keypair", () -> jdbi.withExtension(Dao.class, d -> d.delete(userId, name)));
    if (n == 0) {
      throw new NotFoundException("Keypair", name);
    }
  }
}
