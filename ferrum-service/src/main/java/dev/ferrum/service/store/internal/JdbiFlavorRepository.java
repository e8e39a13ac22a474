package dev.ferrum.service.store.internal;

import dev.ferrum.service.DuplicateException;
import dev.ferrum.service.NotFoundException;
import dev.ferrum.service.store.Flavor;
import dev.ferrum.service.store.FlavorRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** {@link FlavorRepository} on JDBI. */
final class JdbiFlavorRepository implements FlavorRepository {
  private final Jdbi jdbi;

  JdbiFlavorRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Flavor create(Flavor flavor) {
    try {
      jdbi.useTransaction(h -> {
        FlavorDao dao = h.attach(FlavorDao.class);
        if (dao.find(flavor.id()).isPresent()) {
          throw new DuplicateException("Flavor with ID " + flavor.id() + " already exists.");
        }
        if (dao.nameTaken(flavor.name()).isPresent()) {
          throw new DuplicateException("Flavor with name " + flavor.name() + " already exists.");
        }
        dao.insert(flavor);
        insertSpecs(dao, flavor.id(), flavor.extraSpecs());
      });
    } catch (JdbiException e) {
      if (Sql.isUniqueViolation(e)) {
        throw new DuplicateException(
            "Flavor with ID " + flavor.id() + " or name " + flavor.name() + " already exists.");
      }
      throw Sql.wrap("creating a flavor", e);
    }
    return get(flavor.id());
  }

  @Override
  public Optional<Flavor> find(String id) {
    return Sql.call(
        "reading a flavor",
        () ->
            jdbi.withHandle(h -> {
              FlavorDao dao = h.attach(FlavorDao.class);
              return dao.find(id).map(f -> f.withExtraSpecs(toMap(dao.specs(id))));
            }));
  }

  @Override
  public List<Flavor> list() {
    return Sql.call(
        "listing flavors",
        () -> jdbi.withHandle(h -> withSpecs(h.attach(FlavorDao.class), FlavorDao::list)));
  }

  @Override
  public List<Flavor> listVisibleTo(String projectId) {
    return Sql.call(
        "listing flavors",
        () ->
            jdbi.withHandle(
                h -> withSpecs(h.attach(FlavorDao.class), d -> d.listVisibleTo(projectId))));
  }

  @Override
  public boolean isAccessible(Flavor flavor, String projectId) {
    return flavor.isPublic()
        || Sql.call(
            "reading flavor access",
            () ->
                jdbi.withExtension(
                    FlavorDao.class, d -> d.hasAccess(flavor.id(), projectId).isPresent()));
  }

  @Override
  public void delete(String id) {
    int n =
        Sql.call("deleting a flavor", () -> jdbi.withExtension(FlavorDao.class, d -> d.delete(id)));
    if (n == 0) {
      throw new NotFoundException("Flavor", id);
    }
  }

  @Override
  public Flavor putExtraSpecs(String id, Map<String, String> specs) {
    Sql.run(
        "setting extra specs",
        () ->
            jdbi.useTransaction(h -> {
              FlavorDao dao = h.attach(FlavorDao.class);
              if (dao.find(id).isEmpty()) {
                throw new NotFoundException("Flavor", id);
              }
              for (String key : specs.keySet()) {
                dao.deleteSpec(id, key);
              }
              insertSpecs(dao, id, specs);
            }));
    return get(id);
  }

  @Override
  public void deleteExtraSpec(String id, String key) {
    get(id);
    int n =
        Sql.call(
            "deleting an extra spec",
            () -> jdbi.withExtension(FlavorDao.class, d -> d.deleteSpec(id, key)));
    if (n == 0) {
      throw new NotFoundException("Flavor " + id + " extra spec", key);
    }
  }

  @Override
  public void addProjectAccess(String id, String projectId) {
    get(id);
    try {
      jdbi.useExtension(FlavorDao.class, d -> d.insertAccess(id, projectId));
    } catch (JdbiException e) {
      if (Sql.isUniqueViolation(e)) {
        throw new DuplicateException(
            "Flavor access already exists for flavor " + id + " and project " + projectId + ".");
      }
      if (Sql.isForeignKeyViolation(e)) {
        throw new NotFoundException("Flavor", id);
      }
      throw Sql.wrap("adding flavor access", e);
    }
  }

  @Override
  public void removeProjectAccess(String id, String projectId) {
    int n =
        Sql.call(
            "removing flavor access",
            () -> jdbi.withExtension(FlavorDao.class, d -> d.deleteAccess(id, projectId)));
    if (n == 0) {
      throw new NotFoundException("Flavor access for flavor " + id + " and project", projectId);
    }
  }

  @Override
  public List<String> projectAccess(String id) {
    return Sql.call(
        "reading flavor access", () -> jdbi.withExtension(FlavorDao.class, d -> d.access(id)));
  }

  private static void insertSpecs(FlavorDao dao, String id, Map<String, String> specs) {
    if (specs.isEmpty()) {
      return;
    }
    List<String> keys = new ArrayList<>(specs.keySet());
    List<String> values = keys.stream().map(specs::get).toList();
    dao.insertSpecs(id, keys, values);
  }

  private static List<Flavor> withSpecs(FlavorDao dao, Function<FlavorDao, List<Flavor>> query) {
    List<Flavor> flavors = query.apply(dao);
    Map<String, Map<String, String>> byFlavor = new HashMap<>();
    for (FlavorDao.SpecRow row : dao.allSpecs()) {
      byFlavor
          .computeIfAbsent(row.flavorId(), k -> new TreeMap<>())
          .put(row.specKey(), row.specValue());
    }
    return flavors.stream()
        .map(f -> f.withExtraSpecs(byFlavor.getOrDefault(f.id(), Map.of())))
        .toList();
  }

  private static Map<String, String> toMap(List<FlavorDao.SpecRow> rows) {
    Map<String, String> map = new TreeMap<>();
    for (FlavorDao.SpecRow row : rows) {
      map.put(row.specKey(), row.specValue());
    }
    return map;
  }
}
