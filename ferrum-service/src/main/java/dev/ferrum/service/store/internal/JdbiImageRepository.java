package dev.ferrum.service.store.internal;

import dev.ferrum.service.DuplicateException;
import dev.ferrum.service.NotFoundException;
import dev.ferrum.service.store.Image;
import dev.ferrum.service.store.ImageRepository;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@link ImageRepository} on JDBI. */
final class JdbiImageRepository implements ImageRepository {
  /** SQL for the images table. */
  interface Dao {
    String COLUMNS =
        "id, name, source_url, checksum, disk_format, container_format, size_bytes, visibility,"
            + " status, min_disk_gb, min_ram_mb, properties, owner_project_id, created_at,"
            + " updated_at";

    @SqlUpdate(
        "INSERT INTO images ("
            + COLUMNS
            + ") VALUES (:i.id, :i.name, :i.sourceUrl, :i.checksum, :i.diskFormat,"
            + " :i.containerFormat, :i.sizeBytes, :visibility, :i.status, :i.minDiskGb,"
            + " :i.minRamMb, :properties, :i.ownerProjectId, :i.createdAt, :i.updatedAt)")
    void insert(
        @BindMethods("i") Image image,
        @Bind("visibility") String visibility,
        @Bind("properties") String properties);

    @SqlQuery("SELECT " + COLUMNS + " FROM images WHERE id = :id")
    Optional<Image> find(@Bind("id") String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM images ORDER BY created_at DESC, id DESC")
    List<Image> list();

    @SqlUpdate("DELETE FROM images WHERE id = :id")
    int delete(@Bind("id") String id);
  }

  private final Jdbi jdbi;

  JdbiImageRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Image create(Image image) {
    try {
      jdbi.useExtension(
          Dao.class,
          d ->
              d.insert(
                  image, image.visibility().wireValue(), StoreJson.writeMap(image.properties())));
    } catch (JdbiException e) {
      if (Sql.isUniqueViolation(e)) {
        throw new DuplicateException("Image with ID " + image.id() + " already exists.");
      }
      throw Sql.wrap("creating an image", e);
    }
    return get(image.id());
  }

  @Override
  public Optional<Image> find(String id) {
    return Sql.call("reading an image", () -> jdbi.withExtension(Dao.class, d -> d.find(id)));
  }

  @Override
  public List<Image> list() {
    return Sql.call("listing images", () -> jdbi.withExtension(Dao.class, Dao::list));
  }

  @Override
  public void delete(String id) {
    int n = Sql.call("deleting an image", () -> jdbi.withExtension(Dao.class, d -> d.delete(id)));
    if (n == 0) {
      throw new NotFoundException("Image", id);
    }
  }
}
