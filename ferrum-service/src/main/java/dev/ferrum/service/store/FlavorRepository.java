package dev.ferrum.service.store;

import dev.ferrum.service.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stored flavors, their extra specs and project access. An interface so that the API and the
 * scheduler depend on what they need, not on JDBI; obtain one from {@link Database#flavors()}.
 */
public interface FlavorRepository {
  /**
   * Stores a new flavor with its extra specs.
   *
   * @param flavor the flavor
   * @return the stored flavor
   * @throws dev.ferrum.service.DuplicateException if the id or name is taken
   */
  Flavor create(Flavor flavor);

  /**
   * Looks a flavor up by id.
   *
   * @param id the flavor id
   * @return the flavor, or empty
   */
  Optional<Flavor> find(String id);

  /**
   * Returns a flavor by id.
   *
   * @param id the flavor id
   * @return the flavor
   * @throws dev.ferrum.service.NotFoundException if there is none
   */
  default Flavor get(String id) {
    return find(id).orElseThrow(() -> new NotFoundException("Flavor", id));
  }

  /**
   * Lists every flavor, ordered by id.
   *
   * @return the flavors
   */
  List<Flavor> list();

  /**
   * Lists what a project may use: public flavors and private ones it was given access to.
   *
   * @param projectId the project
   * @return the flavors, ordered by id
   */
  List<Flavor> listVisibleTo(String projectId);

  /**
   * Tells whether a project may use a flavor.
   *
   * @param flavor the flavor
   * @param projectId the project
   * @return {@code true} if the flavor is public or the project has access
   */
  boolean isAccessible(Flavor flavor, String projectId);

  /**
   * Deletes a flavor (servers keep their snapshot of it).
   *
   * @param id the flavor id
   * @throws dev.ferrum.service.NotFoundException if there is none
   */
  void delete(String id);

  /**
   * Adds or replaces extra specs, keeping the others.
   *
   * @param id the flavor id
   * @param specs the specs to set
   * @return the flavor with all its specs
   * @throws dev.ferrum.service.NotFoundException if there is no such flavor
   */
  Flavor putExtraSpecs(String id, Map<String, String> specs);

  /**
   * Removes one extra spec.
   *
   * @param id the flavor id
   * @param key the spec key
   * @throws dev.ferrum.service.NotFoundException if the flavor or key does not exist
   */
  void deleteExtraSpec(String id, String key);

  /**
   * Grants a project access to a private flavor.
   *
   * @param id the flavor id
   * @param projectId the project
   * @throws dev.ferrum.service.NotFoundException if there is no such flavor
   * @throws dev.ferrum.service.DuplicateException if the project already has access
   */
  void addProjectAccess(String id, String projectId);

  /**
   * Revokes a project's access to a private flavor.
   *
   * @param id the flavor id
   * @param projectId the project
   * @throws dev.ferrum.service.NotFoundException if the project had no access
   */
  void removeProjectAccess(String id, String projectId);

  /**
   * Lists the projects with access to a flavor.
   *
   * @param id the flavor id
   * @return project ids, sorted
   */
  List<String> projectAccess(String id);
}
