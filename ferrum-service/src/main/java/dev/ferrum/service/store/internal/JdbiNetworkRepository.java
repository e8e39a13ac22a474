package dev.ferrum.service.store.internal;

import dev.ferrum.service.network.Network;
import dev.ferrum.service.network.NetworkChanges;
import dev.ferrum.service.network.NetworkConflictException;
import dev.ferrum.service.network.NetworkResourceNotFoundException;
import dev.ferrum.service.network.Port;
import dev.ferrum.service.network.Subnet;
import dev.ferrum.service.store.NetworkRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * {@link NetworkRepository} on JDBI. Uniqueness (one address per subnet, one MAC per network, one
 * port per device slot) is left to the database's constraints; a violation is mapped to the Neutron
 * fault or, for a port insert, to an outcome the caller can retry on.
 */
final class JdbiNetworkRepository implements NetworkRepository {
  private final Jdbi jdbi;

  JdbiNetworkRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  // ---- networks

  @Override
  public Network insertNetwork(Network network) {
    Sql.run(
        "creating a network",
        () -> jdbi.useExtension(NetworkDao.class, d -> d.insertNetwork(network)));
    return network;
  }

  @Override
  public Optional<Network> findNetwork(String id) {
    return Sql.call(
        "reading a network", () -> jdbi.withExtension(NetworkDao.class, d -> d.findNetwork(id)));
  }

  @Override
  public List<Network> listNetworks(String project) {
    return Sql.call(
        "listing networks",
        () -> jdbi.withExtension(NetworkDao.class, d -> d.listNetworks(project)));
  }

  @Override
  public Network updateNetwork(String id, NetworkChanges changes, Instant at) {
    int n =
        Sql.call(
            "updating a network",
            () ->
                jdbi.withExtension(
                    NetworkDao.class,
                    d ->
                        d.updateNetwork(
                            id,
                            changes.name(),
                            changes.description(),
                            changes.adminStateUp(),
                            at)));
    if (n == 0) {
      throw new NetworkResourceNotFoundException("Network", id);
    }
    return findNetwork(id).orElseThrow(() -> new NetworkResourceNotFoundException("Network", id));
  }

  @Override
  public void deleteNetwork(String id) {
    try {
      jdbi.useTransaction(h -> {
        NetworkDao d = h.attach(NetworkDao.class);
        if (d.lockNetwork(id).isEmpty()) {
          throw new NetworkResourceNotFoundException("Network", id);
        }
        if (d.hasPorts(id).isPresent()) {
          throw networkInUse(id);
        }
        d.deleteSubnetsOf(id);
        d.deleteNetwork(id);
      });
    } catch (JdbiException e) {
      if (Sql.isForeignKeyViolation(e)) {
        throw networkInUse(id);
      }
      throw Sql.wrap("deleting a network", e);
    }
  }

  private static NetworkConflictException networkInUse(String id) {
    return new NetworkConflictException(
        NetworkConflictException.NETWORK_IN_USE,
        "Unable to complete operation on network "
            + id
            + ". There are one or more ports still in use on the network.");
  }

  // ---- subnets

  @Override
  public Subnet insertSubnet(Subnet subnet, Consumer<List<Subnet>> check) {
    Sql.run(
        "creating a subnet",
        () ->
            jdbi.useTransaction(h -> {
              NetworkDao d = h.attach(NetworkDao.class);
              if (d.lockNetwork(subnet.networkId()).isEmpty()) {
                throw new NetworkResourceNotFoundException("Network", subnet.networkId());
              }
              check.accept(d.subnetsOf(List.of(subnet.networkId())));
              d.insertSubnet(
                  subnet,
                  StoreJson.writePools(subnet.allocationPools()),
                  StoreJson.writeStrings(subnet.dnsNameservers()),
                  StoreJson.writeRoutes(subnet.hostRoutes()));
            }));
    return subnet;
  }

  @Override
  public Optional<Subnet> findSubnet(String id) {
    return Sql.call(
        "reading a subnet", () -> jdbi.withExtension(NetworkDao.class, d -> d.findSubnet(id)));
  }

  @Override
  public List<Subnet> listSubnets(String project) {
    return Sql.call(
        "listing subnets", () -> jdbi.withExtension(NetworkDao.class, d -> d.listSubnets(project)));
  }

  @Override
  public Map<String, List<Subnet>> subnetsOf(Collection<String> networkIds) {
    if (networkIds.isEmpty()) {
      return Map.of();
    }
    List<Subnet> subnets =
        Sql.call(
            "reading subnets",
            () ->
                jdbi.withExtension(NetworkDao.class, d -> d.subnetsOf(new TreeSet<>(networkIds))));
    Map<String, List<Subnet>> out = new LinkedHashMap<>();
    for (Subnet s : subnets) {
      out.computeIfAbsent(s.networkId(), k -> new ArrayList<>()).add(s);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }

  @Override
  public Subnet updateSubnet(String id, NetworkChanges changes, Instant at) {
    int n =
        Sql.call(
            "updating a subnet",
            () ->
                jdbi.withExtension(
                    NetworkDao.class,
                    d -> d.updateSubnet(id, changes.name(), changes.description(), at)));
    if (n == 0) {
      throw new NetworkResourceNotFoundException("Subnet", id);
    }
    return findSubnet(id).orElseThrow(() -> new NetworkResourceNotFoundException("Subnet", id));
  }

  @Override
  public void deleteSubnet(String id) {
    try {
      jdbi.useTransaction(h -> {
        NetworkDao d = h.attach(NetworkDao.class);
        if (d.findSubnet(id).isEmpty()) {
          throw new NetworkResourceNotFoundException("Subnet", id);
        }
        if (d.hasAllocations(id).isPresent()) {
          throw subnetInUse(id);
        }
        d.deleteSubnet(id);
      });
    } catch (JdbiException e) {
      if (Sql.isForeignKeyViolation(e)) {
        throw subnetInUse(id);
      }
      throw Sql.wrap("deleting a subnet", e);
    }
  }

  private static NetworkConflictException subnetInUse(String id) {
    return new NetworkConflictException(
        NetworkConflictException.SUBNET_IN_USE,
        "Unable to complete operation on subnet "
            + id
            + ": One or more ports have an IP allocation from this subnet.");
  }

  // ---- ports and allocations

  @Override
  public Set<String> allocatedAddresses(String subnetId) {
    return Sql.call(
        "reading allocations",
        () -> new HashSet<>(jdbi.withExtension(NetworkDao.class, d -> d.allocated(subnetId))));
  }

  @Override
  public boolean macInUse(String networkId, String macAddress) {
    return Sql.call(
        "reading ports",
        () ->
            jdbi.withExtension(NetworkDao.class, d -> d.macInUse(networkId, macAddress))
                .isPresent());
  }

  @Override
  public PortInsert insertPort(Port port) {
    int[] stage = {-1};
    try {
      jdbi.useTransaction(h -> {
        NetworkDao d = h.attach(NetworkDao.class);
        d.insertPort(port);
        List<Port.FixedIp> ips = port.fixedIps();
        for (int i = 0; i < ips.size(); i++) {
          stage[0] = i;
          d.insertAllocation(ips.get(i).subnetId(), ips.get(i).ipAddress(), port.id(), i);
        }
      });
      return new PortInsert.Inserted(port);
    } catch (JdbiException e) {
      if (Sql.isUniqueViolation(e)) {
        if (stage[0] >= 0) {
          return new PortInsert.AddressTaken(port.fixedIps().get(stage[0]));
        }
        if (port.deviceSlot() != null) {
          Optional<Port> existing = findPortBySlot(port.deviceId(), port.deviceSlot());
          if (existing.isPresent()) {
            return new PortInsert.SlotTaken(existing.get());
          }
        }
        if (macInUse(port.networkId(), port.macAddress())) {
          return new PortInsert.MacTaken();
        }
        return new PortInsert.Contention();
      }
      if (Sql.isForeignKeyViolation(e) || Sql.isTransient(e)) {
        return new PortInsert.Contention();
      }
      throw Sql.wrap("creating a port", e);
    }
  }

  @Override
  public Optional<Port> findPort(String id) {
    return Sql.call(
        "reading a port",
        () ->
            jdbi.withExtension(
                NetworkDao.class,
                d -> d.findPort(id).map(p -> withIps(p, d.allocationsOfPort(id)))));
  }

  @Override
  public Optional<Port> findPortBySlot(String deviceId, int deviceSlot) {
    return Sql.call(
        "reading a port",
        () ->
            jdbi.withExtension(
                NetworkDao.class,
                d ->
                    d.findPortBySlot(deviceId, deviceSlot)
                        .map(p -> withIps(p, d.allocationsOfPort(p.id())))));
  }

  @Override
  public List<Port> listPorts(String project) {
    return Sql.call(
        "listing ports",
        () ->
            jdbi.inTransaction(h -> {
              NetworkDao d = h.attach(NetworkDao.class);
              List<Port> ports = d.listPorts(project);
              return withIps(ports, d.allocationsOfProject(project));
            }));
  }

  @Override
  public Map<String, List<Port>> portsOf(Collection<String> deviceIds) {
    if (deviceIds.isEmpty()) {
      return Map.of();
    }
    Set<String> ids = new TreeSet<>(deviceIds);
    List<Port> ports =
        Sql.call(
            "reading ports",
            () ->
                jdbi.inTransaction(h -> {
                  NetworkDao d = h.attach(NetworkDao.class);
                  return withIps(d.portsOfDevices(ids), d.allocationsOfDevices(ids));
                }));
    Map<String, List<Port>> out = new LinkedHashMap<>();
    for (Port p : ports) {
      out.computeIfAbsent(p.deviceId(), k -> new ArrayList<>()).add(p);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }

  @Override
  public boolean hasPorts(String networkId) {
    return Sql.call(
        "reading ports",
        () -> jdbi.withExtension(NetworkDao.class, d -> d.hasPorts(networkId)).isPresent());
  }

  @Override
  public Port updatePort(String id, NetworkChanges changes, Instant at) {
    int n =
        Sql.call(
            "updating a port",
            () ->
                jdbi.withExtension(
                    NetworkDao.class,
                    d ->
                        d.updatePort(
                            id,
                            changes.name(),
                            changes.description(),
                            changes.adminStateUp(),
                            at)));
    if (n == 0) {
      throw new NetworkResourceNotFoundException("Port", id);
    }
    return getPort(id);
  }

  @Override
  public Port claimPort(
      String id, String deviceId, String deviceOwner, int deviceSlot, Instant at) {
    int n;
    try {
      n =
          jdbi.withExtension(
              NetworkDao.class, d -> d.claimPort(id, deviceId, deviceOwner, deviceSlot, at));
    } catch (JdbiException e) {
      if (Sql.isUniqueViolation(e)) {
        Port holder = findPortBySlot(deviceId, deviceSlot).orElse(null);
        throw new NetworkConflictException(
            NetworkConflictException.PORT_IN_USE,
            "Device "
                + deviceId
                + " already uses port "
                + (holder == null ? "(unknown)" : holder.id())
                + " for its network request "
                + deviceSlot
                + ".");
      }
      throw Sql.wrap("claiming a port", e);
    }
    Port port = getPort(id);
    if (n == 0) {
      throw new NetworkConflictException(
          NetworkConflictException.PORT_IN_USE,
          "Unable to complete operation on port "
              + id
              + " for network "
              + port.networkId()
              + ". Port already has an attached device "
              + port.deviceId()
              + ".");
    }
    return port;
  }

  @Override
  public Port bindPort(String id, String hostId, String macAddress, Instant at) {
    int n;
    try {
      n = jdbi.withExtension(NetworkDao.class, d -> d.bindPort(id, hostId, macAddress, at));
    } catch (JdbiException e) {
      if (Sql.isUniqueViolation(e)) {
        Port port = getPort(id);
        throw macInUseFault(port.networkId(), macAddress);
      }
      throw Sql.wrap("binding a port", e);
    }
    if (n == 0) {
      throw new NetworkResourceNotFoundException("Port", id);
    }
    return getPort(id);
  }

  /**
   * Neutron's fault for a MAC address already on a network.
   *
   * @param networkId the network
   * @param macAddress the address
   * @return the exception
   */
  static NetworkConflictException macInUseFault(String networkId, String macAddress) {
    return new NetworkConflictException(
        NetworkConflictException.MAC_IN_USE,
        "Unable to complete operation for network "
            + networkId
            + ". The mac address "
            + macAddress
            + " is in use.");
  }

  @Override
  public void deletePort(String id) {
    int n =
        Sql.call(
            "deleting a port", () -> jdbi.withExtension(NetworkDao.class, d -> d.deletePort(id)));
    if (n == 0) {
      throw new NetworkResourceNotFoundException("Port", id);
    }
  }

  @Override
  public Set<String> devicesOwnedBy(String deviceOwner) {
    return Sql.call(
        "reading ports",
        () -> Set.copyOf(jdbi.withExtension(NetworkDao.class, d -> d.devicesOwnedBy(deviceOwner))));
  }

  @Override
  public int releaseDevice(String deviceId, Instant at) {
    return Sql.call(
        "releasing a device's ports",
        () ->
            jdbi.inTransaction(h -> {
              NetworkDao d = h.attach(NetworkDao.class);
              return d.deleteAutoPorts(deviceId) + d.unbindDevice(deviceId, at);
            }));
  }

  private Port getPort(String id) {
    return findPort(id).orElseThrow(() -> new NetworkResourceNotFoundException("Port", id));
  }

  private static List<Port> withIps(List<Port> ports, List<NetworkDao.AllocationRow> rows) {
    Map<String, List<Port.FixedIp>> byPort = new HashMap<>();
    for (NetworkDao.AllocationRow r : rows) {
      byPort
          .computeIfAbsent(r.portId(), k -> new ArrayList<>())
          .add(new Port.FixedIp(r.subnetId(), r.ipAddress()));
    }
    return ports.stream()
        .map(p -> withFixedIps(p, byPort.getOrDefault(p.id(), List.of())))
        .toList();
  }

  private static Port withIps(Port p, List<NetworkDao.AllocationRow> rows) {
    return withFixedIps(
        p, rows.stream().map(r -> new Port.FixedIp(r.subnetId(), r.ipAddress())).toList());
  }

  private static Port withFixedIps(Port p, List<Port.FixedIp> ips) {
    return new Port(
        p.id(),
        p.networkId(),
        p.projectId(),
        p.name(),
        p.description(),
        p.macAddress(),
        p.adminStateUp(),
        p.status(),
        p.deviceId(),
        p.deviceOwner(),
        p.bindingHostId(),
        ips,
        p.autoDelete(),
        p.deviceSlot(),
        p.createdAt(),
        p.updatedAt());
  }
}
