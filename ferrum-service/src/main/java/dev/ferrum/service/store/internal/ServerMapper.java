package dev.ferrum.service.store.internal;

import dev.ferrum.service.store.PowerState;
import dev.ferrum.service.store.Server;
import dev.ferrum.service.store.ServerFault;
import dev.ferrum.service.store.TaskState;
import dev.ferrum.service.store.VmState;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code servers} row, including its JSON columns, to a {@link Server}. */
final class ServerMapper implements RowMapper<Server> {
  static final String COLUMNS =
      "uuid, name, project_id, user_id, flavor_id, flavor, image_id, node_uuid, vm_state,"
          + " task_state, power_state, host, hostname, key_name, metadata, access_ipv4,"
          + " access_ipv6, addresses, config_drive, user_data, fault_code, fault_message,"
          + " fault_details, fault_at, launched_at, terminated_at, created_at, updated_at,"
          + " deleted, deleted_at, version";

  @Override
  public Server map(ResultSet rs, StatementContext ctx) throws SQLException {
    String task = rs.getString("task_state");
    String faultMessage = rs.getString("fault_message");
    ServerFault fault =
        faultMessage == null
            ? null
            : new ServerFault(
                rs.getInt("fault_code"),
                faultMessage,
                rs.getString("fault_details"),
                Sql.instant(rs, "fault_at"));
    return new Server(
        rs.getString("uuid"),
        rs.getString("name"),
        rs.getString("project_id"),
        rs.getString("user_id"),
        StoreJson.readFlavor(rs.getString("flavor")),
        rs.getString("image_id"),
        rs.getString("node_uuid"),
        VmState.fromWire(rs.getString("vm_state")),
        task == null ? null : TaskState.fromWire(task),
        PowerState.fromCode(rs.getInt("power_state")),
        rs.getString("host"),
        rs.getString("hostname"),
        rs.getString("key_name"),
        StoreJson.readMap(rs.getString("metadata")),
        rs.getString("access_ipv4"),
        rs.getString("access_ipv6"),
        StoreJson.readAddresses(rs.getString("addresses")),
        rs.getBoolean("config_drive"),
        rs.getString("user_data"),
        fault,
        Sql.instant(rs, "launched_at"),
        Sql.instant(rs, "terminated_at"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "updated_at"),
        rs.getBoolean("deleted"),
        Sql.instant(rs, "deleted_at"),
        rs.getLong("version"));
  }
}
