package dev.ferrum.service.store.internal;

import dev.ferrum.service.network.Network;
import dev.ferrum.service.network.Port;
import dev.ferrum.service.network.Subnet;
import dev.ferrum.service.store.ComputeService;
import dev.ferrum.service.store.Flavor;
import dev.ferrum.service.store.Image;
import dev.ferrum.service.store.ImageVisibility;
import dev.ferrum.service.store.InstanceAction;
import dev.ferrum.service.store.InstanceActionEvent;
import dev.ferrum.service.store.KeyPair;
import dev.ferrum.service.store.NodeClaim;
import java.util.List;
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
    registerNetworkMappers(jdbi);
  }

  private static void registerNetworkMappers(Jdbi jdbi) {
    jdbi.registerRowMapper(ConstructorMapper.factory(NetworkDao.AllocationRow.class));
    jdbi.registerRowMapper(
        Network.class,
        (rs, ctx) ->
            new Network(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getString("project_id"),
                rs.getBoolean("shared"),
                rs.getBoolean("admin_state_up"),
                rs.getString("network_type"),
                rs.getString("physical_network"),
                Sql.integer(rs, "segmentation_id"),
                rs.getInt("mtu"),
                Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at")));
    jdbi.registerRowMapper(
        Subnet.class,
        (rs, ctx) ->
            new Subnet(
                rs.getString("id"),
                rs.getString("network_id"),
                rs.getString("project_id"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getInt("ip_version"),
                rs.getString("cidr"),
                rs.getString("gateway_ip"),
                StoreJson.readPools(rs.getString("allocation_pools")),
                StoreJson.readStrings(rs.getString("dns_nameservers")),
                StoreJson.readRoutes(rs.getString("host_routes")),
                rs.getBoolean("enable_dhcp"),
                rs.getString("ipv6_address_mode"),
                rs.getString("ipv6_ra_mode"),
                Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at")));
    jdbi.registerRowMapper(
        Port.class,
        (rs, ctx) ->
            new Port(
                rs.getString("id"),
                rs.getString("network_id"),
                rs.getString("project_id"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getString("mac_address"),
                rs.getBoolean("admin_state_up"),
                rs.getString("status"),
                rs.getString("device_id"),
                rs.getString("device_owner"),
                rs.getString("binding_host_id"),
                List.of(),
                rs.getBoolean("auto_delete"),
                Sql.integer(rs, "device_slot"),
                Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at")));
  }
}
