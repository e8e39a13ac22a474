package dev.ferrum.service.store.internal;

import dev.ferrum.service.network.Network;
import dev.ferrum.service.network.Port;
import dev.ferrum.service.network.Subnet;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * SQL for the network tables. Port rows map to ports without fixed IPs; the repository adds them
 * from {@link AllocationRow}s.
 */
interface NetworkDao {
  String NETWORK_COLUMNS =
      "id, name, description, project_id, shared, admin_state_up, network_type,"
          + " physical_network, segmentation_id, mtu, created_at, updated_at";

  String SUBNET_COLUMNS =
      "id, network_id, project_id, name, description, ip_version, cidr, gateway_ip,"
          + " allocation_pools, dns_nameservers, host_routes, enable_dhcp, ipv6_address_mode,"
          + " ipv6_ra_mode, created_at, updated_at";

  String PORT_COLUMNS =
      "id, network_id, project_id, name, description, mac_address, admin_state_up, status,"
          + " device_id, device_owner, binding_host_id, auto_delete, device_slot, created_at,"
          + " updated_at";

  /** Qualified subnet columns, for joins. */
  String S_COLUMNS =
      "s.id, s.network_id, s.project_id, s.name, s.description, s.ip_version, s.cidr,"
          + " s.gateway_ip, s.allocation_pools, s.dns_nameservers, s.host_routes, s.enable_dhcp,"
          + " s.ipv6_address_mode, s.ipv6_ra_mode, s.created_at, s.updated_at";

  /** Networks a project may see: its own and shared ones (all when the project is null). */
  String VISIBLE = "(:project IS NULL OR n.project_id = :project OR n.shared = TRUE)";

  // ---- networks

  @SqlUpdate(
      "INSERT INTO networks ("
          + NETWORK_COLUMNS
          + ") VALUES (:id, :name, :description, :projectId, :shared, :adminStateUp,"
          + " :networkType, :physicalNetwork, :segmentationId, :mtu, :createdAt, :updatedAt)")
  void insertNetwork(@BindMethods Network network);

  @SqlQuery("SELECT " + NETWORK_COLUMNS + " FROM networks WHERE id = :id")
  Optional<Network> findNetwork(@Bind("id") String id);

  @SqlQuery("SELECT " + NETWORK_COLUMNS + " FROM networks WHERE id = :id FOR UPDATE")
  Optional<Network> lockNetwork(@Bind("id") String id);

  @SqlQuery("SELECT " + NETWORK_COLUMNS + " FROM networks n WHERE " + VISIBLE + " ORDER BY seq")
  List<Network> listNetworks(@Bind("project") String project);

  @SqlUpdate(
      "UPDATE networks SET name = COALESCE(:name, name),"
          + " description = COALESCE(:description, description),"
          + " admin_state_up = COALESCE(:up, admin_state_up), updated_at = :at WHERE id = :id")
  int updateNetwork(
      @Bind("id") String id,
      @Bind("name") String name,
      @Bind("description") String description,
      @Bind("up") Boolean adminStateUp,
      @Bind("at") Instant at);

  @SqlUpdate("DELETE FROM networks WHERE id = :id")
  int deleteNetwork(@Bind("id") String id);

  // ---- subnets

  @SqlUpdate(
      "INSERT INTO subnets ("
          + SUBNET_COLUMNS
          + ") VALUES (:s.id, :s.networkId, :s.projectId, :s.name, :s.description, :s.ipVersion,"
          + " :s.cidr, :s.gatewayIp, :pools, :dns, :routes, :s.enableDhcp, :s.ipv6AddressMode,"
          + " :s.ipv6RaMode, :s.createdAt, :s.updatedAt)")
  void insertSubnet(
      @BindMethods("s") Subnet subnet,
      @Bind("pools") String pools,
      @Bind("dns") String dns,
      @Bind("routes") String routes);

  @SqlQuery("SELECT " + SUBNET_COLUMNS + " FROM subnets WHERE id = :id")
  Optional<Subnet> findSubnet(@Bind("id") String id);

  @SqlQuery(
      "SELECT "
          + S_COLUMNS
          + " FROM subnets s JOIN networks n ON n.id = s.network_id WHERE "
          + VISIBLE
          + " ORDER BY s.seq")
  List<Subnet> listSubnets(@Bind("project") String project);

  @SqlQuery("SELECT " + SUBNET_COLUMNS + " FROM subnets WHERE network_id IN (<ids>) ORDER BY seq")
  List<Subnet> subnetsOf(@BindList("ids") Collection<String> networkIds);

  @SqlUpdate(
      "UPDATE subnets SET name = COALESCE(:name, name),"
          + " description = COALESCE(:description, description), updated_at = :at WHERE id = :id")
  int updateSubnet(
      @Bind("id") String id,
      @Bind("name") String name,
      @Bind("description") String description,
      @Bind("at") Instant at);

  @SqlUpdate("DELETE FROM subnets WHERE id = :id")
  int deleteSubnet(@Bind("id") String id);

  @SqlUpdate("DELETE FROM subnets WHERE network_id = :id")
  int deleteSubnetsOf(@Bind("id") String networkId);

  // ---- allocations

  @SqlQuery("SELECT ip_address FROM ip_allocations WHERE subnet_id = :id")
  List<String> allocated(@Bind("id") String subnetId);

  @SqlQuery("SELECT 1 FROM ip_allocations WHERE subnet_id = :id FETCH FIRST 1 ROWS ONLY")
  Optional<Integer> hasAllocations(@Bind("id") String subnetId);

  @SqlUpdate(
      "INSERT INTO ip_allocations (subnet_id, ip_address, port_id, position)"
          + " VALUES (:subnet, :ip, :port, :position)")
  void insertAllocation(
      @Bind("subnet") String subnetId,
      @Bind("ip") String ipAddress,
      @Bind("port") String portId,
      @Bind("position") int position);

  @SqlQuery(
      "SELECT port_id, subnet_id, ip_address FROM ip_allocations WHERE port_id = :id"
          + " ORDER BY position")
  List<AllocationRow> allocationsOfPort(@Bind("id") String portId);

  @SqlQuery(
      "SELECT a.port_id, a.subnet_id, a.ip_address FROM ip_allocations a"
          + " JOIN ports p ON p.id = a.port_id WHERE (:project IS NULL OR p.project_id = :project)"
          + " ORDER BY a.port_id, a.position")
  List<AllocationRow> allocationsOfProject(@Bind("project") String project);

  @SqlQuery(
      "SELECT a.port_id, a.subnet_id, a.ip_address FROM ip_allocations a"
          + " JOIN ports p ON p.id = a.port_id WHERE p.device_id IN (<ids>)"
          + " ORDER BY a.port_id, a.position")
  List<AllocationRow> allocationsOfDevices(@BindList("ids") Collection<String> deviceIds);

  // ---- ports

  @SqlUpdate(
      "INSERT INTO ports ("
          + PORT_COLUMNS
          + ") VALUES (:id, :networkId, :projectId, :name, :description, :macAddress,"
          + " :adminStateUp, :status, :deviceId, :deviceOwner, :bindingHostId, :autoDelete,"
          + " :deviceSlot, :createdAt, :updatedAt)")
  void insertPort(@BindMethods Port port);

  @SqlQuery("SELECT " + PORT_COLUMNS + " FROM ports WHERE id = :id")
  Optional<Port> findPort(@Bind("id") String id);

  @SqlQuery("SELECT " + PORT_COLUMNS + " FROM ports WHERE device_id = :d AND device_slot = :slot")
  Optional<Port> findPortBySlot(@Bind("d") String deviceId, @Bind("slot") int deviceSlot);

  @SqlQuery(
      "SELECT "
          + PORT_COLUMNS
          + " FROM ports WHERE (:project IS NULL OR project_id = :project) ORDER BY seq")
  List<Port> listPorts(@Bind("project") String project);

  @SqlQuery("SELECT " + PORT_COLUMNS + " FROM ports WHERE device_id IN (<ids>) ORDER BY seq")
  List<Port> portsOfDevices(@BindList("ids") Collection<String> deviceIds);

  @SqlQuery("SELECT 1 FROM ports WHERE network_id = :id FETCH FIRST 1 ROWS ONLY")
  Optional<Integer> hasPorts(@Bind("id") String networkId);

  @SqlQuery("SELECT 1 FROM ports WHERE network_id = :id AND mac_address = :mac")
  Optional<Integer> macInUse(@Bind("id") String networkId, @Bind("mac") String macAddress);

  @SqlUpdate(
      "UPDATE ports SET name = COALESCE(:name, name),"
          + " description = COALESCE(:description, description),"
          + " admin_state_up = COALESCE(:up, admin_state_up), updated_at = :at WHERE id = :id")
  int updatePort(
      @Bind("id") String id,
      @Bind("name") String name,
      @Bind("description") String description,
      @Bind("up") Boolean adminStateUp,
      @Bind("at") Instant at);

  @SqlUpdate(
      "UPDATE ports SET device_id = :device, device_owner = :owner, device_slot = :slot,"
          + " updated_at = :at WHERE id = :id AND (device_id = '' OR device_id = :device)")
  int claimPort(
      @Bind("id") String id,
      @Bind("device") String deviceId,
      @Bind("owner") String deviceOwner,
      @Bind("slot") int deviceSlot,
      @Bind("at") Instant at);

  @SqlUpdate(
      "UPDATE ports SET mac_address = :mac, binding_host_id = :host, status = 'ACTIVE',"
          + " updated_at = :at WHERE id = :id")
  int bindPort(
      @Bind("id") String id,
      @Bind("host") String hostId,
      @Bind("mac") String macAddress,
      @Bind("at") Instant at);

  @SqlUpdate("DELETE FROM ports WHERE id = :id")
  int deletePort(@Bind("id") String id);

  @SqlQuery("SELECT DISTINCT device_id FROM ports WHERE device_owner = :owner AND device_id <> ''")
  List<String> devicesOwnedBy(@Bind("owner") String deviceOwner);

  @SqlUpdate("DELETE FROM ports WHERE device_id = :device AND auto_delete = TRUE")
  int deleteAutoPorts(@Bind("device") String deviceId);

  @SqlUpdate(
      "UPDATE ports SET device_id = '', device_owner = '', binding_host_id = '',"
          + " device_slot = NULL, status = 'DOWN', updated_at = :at WHERE device_id = :device")
  int unbindDevice(@Bind("device") String deviceId, @Bind("at") Instant at);

  /**
   * One allocated address of a port.
   *
   * @param portId the port
   * @param subnetId the subnet
   * @param ipAddress the address
   */
  record AllocationRow(String portId, String subnetId, String ipAddress) {}
}
