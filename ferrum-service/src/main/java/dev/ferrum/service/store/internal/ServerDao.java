package dev.ferrum.service.store.internal;

import dev.ferrum.service.store.Server;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the servers table. JSON and enum columns are bound as converted text by the caller. */
interface ServerDao {
  String SELECT = "SELECT " + ServerMapper.COLUMNS + " FROM servers";

  /** The columns a save may change, as SET assignments. */
  String MUTABLE =
      "name = :s.name, flavor_id = :flavorId, flavor = :flavor, image_id = :s.imageId,"
          + " node_uuid = :s.nodeUuid, vm_state = :vmState, task_state = :taskState,"
          + " power_state = :powerState, host = :s.host, hostname = :s.hostname,"
          + " key_name = :s.keyName, metadata = :metadata, access_ipv4 = :s.accessIpv4,"
          + " access_ipv6 = :s.accessIpv6, addresses = :addresses,"
          + " config_drive = :s.configDrive, user_data = :s.userData, fault_code = :faultCode,"
          + " fault_message = :faultMessage, fault_details = :faultDetails, fault_at = :faultAt,"
          + " launched_at = :s.launchedAt, terminated_at = :s.terminatedAt";

  @SqlUpdate(
      "INSERT INTO servers ("
          + ServerMapper.COLUMNS
          + ") VALUES (:s.uuid, :s.name, :s.projectId, :s.userId, :flavorId, :flavor,"
          + " :s.imageId, :s.nodeUuid, :vmState, :taskState, :powerState, :s.host, :s.hostname,"
          + " :s.keyName, :metadata, :s.accessIpv4, :s.accessIpv6, :addresses, :s.configDrive,"
          + " :s.userData, :faultCode, :faultMessage, :faultDetails, :faultAt, :s.launchedAt,"
          + " :s.terminatedAt, :s.createdAt, NULL, FALSE, NULL, 0)")
  void insert(@BindMethods("s") Server server, @BindMethods ServerColumns columns);

  @SqlUpdate(
      "UPDATE servers SET "
          + MUTABLE
          + ", updated_at = :now, version = version + 1"
          + " WHERE uuid = :s.uuid AND deleted = FALSE AND version = :s.version"
          + " AND (:anyTask OR (:allowNone AND task_state IS NULL) OR task_state IN (<states>))")
  int update(
      @BindMethods("s") Server server,
      @BindMethods ServerColumns columns,
      @Bind("now") Instant now,
      @Bind("anyTask") boolean anyTask,
      @Bind("allowNone") boolean allowNone,
      @BindList(value = "states", onEmpty = BindList.EmptyHandling.NULL_STRING)
          List<String> states);

  @SqlUpdate(
      "UPDATE servers SET deleted = TRUE, deleted_at = :at, updated_at = :at,"
          + " version = version + 1 WHERE uuid = :uuid AND deleted = FALSE")
  int markDeleted(@Bind("uuid") String uuid, @Bind("at") Instant at);

  @SqlQuery(SELECT + " WHERE uuid = :uuid AND deleted = FALSE")
  Optional<Server> find(@Bind("uuid") String uuid);

  @SqlQuery(SELECT + " WHERE node_uuid = :node AND deleted = FALSE")
  List<Server> findByNode(@Bind("node") String nodeUuid);

  @SqlQuery(
      SELECT
          + " WHERE (:project IS NULL OR project_id = :project)"
          + " AND (:name IS NULL OR name = :name) AND (:host IS NULL OR host = :host)"
          + " AND (:withDeleted OR deleted = FALSE) ORDER BY created_at DESC, uuid DESC")
  List<Server> list(
      @Bind("project") String projectId,
      @Bind("name") String name,
      @Bind("host") String host,
      @Bind("withDeleted") boolean withDeleted);

  /**
   * The converted column values of a server (JSON text, wire names, fault parts).
   *
   * @param flavorId the flavor id column
   * @param flavor the flavor snapshot as JSON
   * @param vmState Nova's vm_state value
   * @param taskState Nova's task_state value or null
   * @param powerState Nova's power state code
   * @param metadata metadata as JSON
   * @param addresses addresses as JSON
   * @param faultCode fault code or null
   * @param faultMessage fault message or null
   * @param faultDetails fault details or null
   * @param faultAt fault time or null
   */
  record ServerColumns(
      String flavorId,
      String flavor,
      String vmState,
      String taskState,
      int powerState,
      String metadata,
      String addresses,
      Integer faultCode,
      String faultMessage,
      String faultDetails,
      Instant faultAt) {
    static ServerColumns of(Server s) {
      var f = s.fault();
      return new ServerColumns(
          s.flavor().id(),
          StoreJson.writeFlavor(s.flavor()),
          s.vmState().wireValue(),
          s.taskState() == null ? null : s.taskState().wireValue(),
          s.powerState().code(),
          StoreJson.writeMap(s.metadata()),
          StoreJson.writeAddresses(s.addresses()),
          f == null ? null : f.code(),
          f == null ? null : f.message(),
          f == null ? null : f.details(),
          f == null ? null : f.createdAt());
    }
  }
}
