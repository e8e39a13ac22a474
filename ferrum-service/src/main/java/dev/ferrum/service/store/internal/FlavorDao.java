package dev.ferrum.service.store.internal;

import dev.ferrum.service.store.Flavor;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the flavor tables. Rows map to flavors without extra specs; the repository adds them. */
interface FlavorDao {
  String COLUMNS =
      "id, name, vcpus, memory_mb, root_gb, ephemeral_gb, swap_mb, rxtx_factor, is_public,"
          + " disabled, description, created_at";

  @SqlUpdate(
      "INSERT INTO flavors ("
          + COLUMNS
          + ") VALUES (:id, :name, :vcpus, :memoryMb, :rootGb, :ephemeralGb, :swapMb,"
          + " :rxtxFactor, :isPublic, :disabled, :description, :createdAt)")
  void insert(@BindMethods Flavor flavor);

  @SqlQuery("SELECT " + COLUMNS + " FROM flavors WHERE id = :id")
  Optional<Flavor> find(@Bind("id") String id);

  @SqlQuery("SELECT 1 FROM flavors WHERE name = :name")
  Optional<Integer> nameTaken(@Bind("name") String name);

  @SqlQuery("SELECT " + COLUMNS + " FROM flavors ORDER BY id")
  List<Flavor> list();

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM flavors f WHERE f.is_public = TRUE OR EXISTS (SELECT 1 FROM flavor_projects p"
          + " WHERE p.flavor_id = f.id AND p.project_id = :project) ORDER BY id")
  List<Flavor> listVisibleTo(@Bind("project") String projectId);

  @SqlUpdate("DELETE FROM flavors WHERE id = :id")
  int delete(@Bind("id") String id);

  @SqlQuery("SELECT flavor_id, spec_key, spec_value FROM flavor_extra_specs ORDER BY spec_key")
  List<SpecRow> allSpecs();

  @SqlQuery(
      "SELECT flavor_id, spec_key, spec_value FROM flavor_extra_specs WHERE flavor_id = :id"
          + " ORDER BY spec_key")
  List<SpecRow> specs(@Bind("id") String id);

  @SqlUpdate("DELETE FROM flavor_extra_specs WHERE flavor_id = :id AND spec_key = :key")
  int deleteSpec(@Bind("id") String id, @Bind("key") String key);

  @SqlBatch(
      "INSERT INTO flavor_extra_specs (flavor_id, spec_key, spec_value) VALUES (:id, :key,"
          + " :value)")
  void insertSpecs(
      @Bind("id") String id, @Bind("key") List<String> keys, @Bind("value") List<String> values);

  @SqlQuery("SELECT 1 FROM flavor_projects WHERE flavor_id = :id AND project_id = :project")
  Optional<Integer> hasAccess(@Bind("id") String id, @Bind("project") String projectId);

  @SqlUpdate("INSERT INTO flavor_projects (flavor_id, project_id) VALUES (:id, :project)")
  void insertAccess(@Bind("id") String id, @Bind("project") String projectId);

  @SqlUpdate("DELETE FROM flavor_projects WHERE flavor_id = :id AND project_id = :project")
  int deleteAccess(@Bind("id") String id, @Bind("project") String projectId);

  @SqlQuery("SELECT project_id FROM flavor_projects WHERE flavor_id = :id ORDER BY project_id")
  List<String> access(@Bind("id") String id);

  /** One extra spec row. */
  record SpecRow(String flavorId, String specKey, String specValue) {}
}
