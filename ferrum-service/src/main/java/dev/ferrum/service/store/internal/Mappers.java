package dev.ferrum.service.store.internal;

import dev.ferrum.service.store.ComputeService;
import dev.ferrum.service.store.Flavor;
import dev.ferrum.service.store.Image;
import dev.ferrum.service.store.ImageVisibility;
import dev.ferrum.service.store.InstanceAction;
import dev.ferrum.service.store.InstanceActionEvent;
import dev.ferrum.service.store.KeyPair;
import dev.ferrum.service.store.NodeClaim;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Registers the row mappers for every stored record on a {@link Jdbi}. */
final class Mappers {
  private Mappers() {}

  static void register(Jdbi jdbi) {
    jdbi.registerRowMapper(ConstructorMapper.factory(FlavorDao.SpecRow.class));
    jdbi.registerRowMapper(
        Flavor.class,
        (rs, ctx) ->
            new Flavor(
                rs.getString("id"),
                rs.getString("name"),
                rs.getInt("vcpus"),
                rs.getInt("memory_mb"),
                rs.getInt("root_gb"),
                rs.getInt("ephemeral_gb"),
                rs.getInt("swap_mb"),
                rs.getDouble("rxtx_factor"),
                rs.getBoolean("is_public"),
                rs.getBoolean("disabled"),
                rs.getString("description"),
                Map.of(),
                Sql.instant(rs, "created_at")));
    jdbi.registerRowMapper(
        Image.class,
        (rs, ctx) ->
            new Image(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("source_url"),
                rs.getString("checksum"),
                rs.getString("disk_format"),
                rs.getString("container_format"),
                Sql.longValue(rs, "size_bytes"),
                ImageVisibility.fromWire(rs.getString("visibility")),
                rs.getString("status"),
                rs.getInt("min_disk_gb"),
                rs.getInt("min_ram_mb"),
                StoreJson.readMap(rs.getString("properties")),
                rs.getString("owner_project_id"),
                Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at")));
    jdbi.registerRowMapper(
        KeyPair.class,
        (rs, ctx) ->
            new KeyPair(
                rs.getString("user_id"),
                rs.getString("name"),
                rs.getString("project_id"),
                rs.getString("public_key"),
                rs.getString("fingerprint"),
                rs.getString("key_type"),
                Sql.instant(rs, "created_at")));
    jdbi.registerRowMapper(
        InstanceAction.class,
        (rs, ctx) ->
            new InstanceAction(
                rs.getString("server_uuid"),
                rs.getString("request_id"),
                rs.getString("action"),
                rs.getString("user_id"),
                rs.getString("project_id"),
                Sql.instant(rs, "start_time"),
                Sql.instant(rs, "finish_time"),
                rs.getString("message")));
    jdbi.registerRowMapper(
        InstanceActionEvent.class,
        (rs, ctx) ->
            new InstanceActionEvent(
                rs.getString("server_uuid"),
                rs.getString("request_id"),
                rs.getString("event"),
                Sql.instant(rs, "start_time"),
                Sql.instant(rs, "finish_time"),
                rs.getString("result"),
                rs.getString("details")));
    jdbi.registerRowMapper(
        ComputeService.class,
        (rs, ctx) ->
            new ComputeService(
                rs.getString("id"),
                rs.getString("host"),
                rs.getString("binary_name"),
                rs.getBoolean("disabled"),
                rs.getString("disabled_reason"),
                rs.getInt("version"),
                Sql.instant(rs, "heartbeat_at"),
                Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at")));
    jdbi.registerRowMapper(
        NodeClaim.class,
        (rs, ctx) ->
            new NodeClaim(
                rs.getString("node_uuid"),
                rs.getString("server_uuid"),
                Sql.instant(rs, "claimed_at")));
    jdbi.registerRowMapper(dev.ferrum.service.store.Server.class, new ServerMapper());
  }
}
