package dev.ferrum.service.compute.internal;

import dev.ferrum.driver.NetworkInfo;
import dev.ferrum.driver.NodeInterface;
import dev.ferrum.driver.configdrive.NetworkMetadata;
import dev.ferrum.service.compute.RequestedNic;
import dev.ferrum.service.network.Network;
import dev.ferrum.service.network.NetworkBackend;
import dev.ferrum.service.network.Port;
import dev.ferrum.service.network.PortSpec;
import dev.ferrum.service.network.Subnet;
import dev.ferrum.service.store.ServerAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server's side of networking, as Nova's network API does it for a Neutron-backed instance: the
 * ports asked for are created (or claimed) when the server is accepted, bound to NICs of the node
 * the server lands on (the port takes the NIC's MAC), handed to the driver as {@link NetworkInfo}
 * (VIF attachment and {@code network_data.json}), and released when the build fails or the server
 * goes. A sweep releases the ports of servers that no longer exist.
 */
public final class ServerNetworks {
  private static final Logger LOG = LoggerFactory.getLogger(ServerNetworks.class);

  /** The VIF type Neutron reports for a bare-metal port; rendered as a {@code phy} link. */
  private static final String BAREMETAL_VIF_TYPE = "other";

  private final NetworkBackend backend;
  private final Clock clock;

  /**
   * Creates the helper.
   *
   * @param backend the network service
   * @param clock the clock (for the sweep's grace period)
   */
  public ServerNetworks(NetworkBackend backend, Clock clock) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The network service.
   *
   * @return the backend
   */
  public NetworkBackend backend() {
    return backend;
  }

  /**
   * Creates or claims one port per requested NIC for a new server. All or nothing: when one fails,
   * what was already taken for the server is released before the failure propagates.
   *
   * @param serverUuid the server (the ports' device)
   * @param projectId the server's project (the ports' owner)
   * @param nics the NICs, in order; position {@code i} becomes the port's device slot
   * @return the ports, in order
   */
  public List<Port> allocate(String serverUuid, String projectId, List<RequestedNic> nics) {
    List<Port> ports = new ArrayList<>(nics.size());
    try {
      for (int slot = 0; slot < nics.size(); slot++) {
        RequestedNic nic = nics.get(slot);
        if (nic.portId() != null) {
          ports.add(backend.claimPort(nic.portId(), serverUuid, Port.COMPUTE_OWNER, slot));
        } else {
          List<PortSpec.FixedIpRequest> fixed =
              nic.fixedIp() == null
                  ? null
                  : List.of(new PortSpec.FixedIpRequest(null, nic.fixedIp()));
          ports.add(
              backend.createPort(
                  new PortSpec(
                      nic.networkId(),
                      projectId,
                      "",
                      "",
                      null,
                      true,
                      serverUuid,
                      Port.COMPUTE_OWNER,
                      fixed,
                      true,
                      slot)));
        }
      }
      return List.copyOf(ports);
    } catch (RuntimeException e) {
      release(serverUuid);
      throw e;
    }
  }

  /**
   * The server's ports in the order they were asked for.
   *
   * @param serverUuid the server
   * @return the ports
   */
  public List<Port> ports(String serverUuid) {
    List<Port> ports =
        new ArrayList<>(backend.portsOf(List.of(serverUuid)).getOrDefault(serverUuid, List.of()));
    ports.sort(
        Comparator.comparing(
            Port::deviceSlot, Comparator.nullsLast(Comparator.<Integer>naturalOrder())));
    return ports;
  }

  /**
   * Chooses a NIC of the node for each port: a NIC on the port network's physical network, or, when
   * the NIC records none, any free NIC; exact physical-network matches are preferred.
   *
   * @param ports the server's ports, in order
   * @param nics the node's NICs
   * @return the NIC for each port, in port order; empty when the node cannot take the ports
   */
  public Optional<List<NodeInterface>> match(List<Port> ports, List<NodeInterface> nics) {
    if (ports.isEmpty()) {
      return Optional.of(List.of());
    }
    Map<String, Network> networks = networks(ports);
    Set<NodeInterface> used = new HashSet<>();
    List<NodeInterface> chosen = new ArrayList<>(ports.size());
    for (Port port : ports) {
      Network network = networks.get(port.networkId());
      String physnet = network == null ? null : network.physicalNetwork();
      Optional<NodeInterface> nic =
          pick(nics, used, n -> physnet != null && physnet.equals(n.physicalNetwork()))
              .or(() -> pick(nics, used, n -> n.physicalNetwork() == null))
              .or(() -> pick(nics, used, n -> physnet == null));
      if (nic.isEmpty()) {
        return Optional.empty();
      }
      used.add(nic.get());
      chosen.add(nic.get());
    }
    return Optional.of(chosen);
  }

  private static Optional<NodeInterface> pick(
      List<NodeInterface> nics, Set<NodeInterface> used, Predicate<NodeInterface> fits) {
    return nics.stream().filter(n -> !used.contains(n) && fits.test(n)).findFirst();
  }

  /**
   * Binds each port to its NIC on the node.
   *
   * @param node the node
   * @param ports the ports, in order
   * @param nics the NIC of each port, as {@link #match} chose
   * @return the bound ports, in order
   */
  public List<Port> bind(String node, List<Port> ports, List<NodeInterface> nics) {
    List<Port> bound = new ArrayList<>(ports.size());
    for (int i = 0; i < ports.size(); i++) {
      bound.add(backend.bindPort(ports.get(i).id(), node, nics.get(i).macAddress()));
    }
    return bound;
  }

  /**
   * The driver's view of the ports: one VIF per port with the static addresses, routes and DNS of
   * its subnets, VLAN-tagged on {@code vlan} networks.
   *
   * @param ports the ports, in order
   * @return the network information
   */
  public NetworkInfo networkInfo(List<Port> ports) {
    if (ports.isEmpty()) {
      return NetworkInfo.empty();
    }
    Map<String, Network> networks = networks(ports);
    Map<String, List<Subnet>> subnets =
        backend.subnetsOf(ports.stream().map(Port::networkId).distinct().toList());
    List<NetworkMetadata.Vif> vifs = new ArrayList<>(ports.size());
    for (Port port : ports) {
      Network network = networks.get(port.networkId());
      List<NetworkMetadata.Subnet> vifSubnets = new ArrayList<>();
      for (Subnet subnet : subnets.getOrDefault(port.networkId(), List.of())) {
        List<String> ips =
            port.fixedIps().stream()
                .filter(ip -> ip.subnetId().equals(subnet.id()))
                .map(Port.FixedIp::ipAddress)
                .toList();
        if (ips.isEmpty()) {
          continue;
        }
        vifSubnets.add(
            new NetworkMetadata.Subnet(
                subnet.cidr(),
                subnet.gatewayIp(),
                ips,
                subnet.dnsNameservers(),
                subnet.hostRoutes().stream()
                    .map(r -> new NetworkMetadata.Route(r.destination(), r.nexthop()))
                    .toList(),
                null,
                subnet.ipVersion() == 6 ? subnet.ipv6AddressMode() : null));
      }
      vifs.add(
          new NetworkMetadata.Vif(
              port.id(),
              null,
              BAREMETAL_VIF_TYPE,
              port.macAddress(),
              port.networkId(),
              network == null ? null : network.mtu(),
              vifSubnets,
              network != null && "vlan".equals(network.networkType())
                  ? network.segmentationId()
                  : null));
    }
    return new NetworkInfo(vifs);
  }

  /**
   * The driver's view of a server's current ports (for tear-downs, which detach them as VIFs).
   *
   * @param serverUuid the server
   * @return the network information; empty when it has no port
   */
  public NetworkInfo networkInfoOf(String serverUuid) {
    return networkInfo(ports(serverUuid));
  }

  /**
   * The server's addresses as Nova's {@code addresses} shows them (network name, fixed, with MAC).
   *
   * @param ports the ports, in order
   * @return the addresses
   */
  public List<ServerAddress> addresses(List<Port> ports) {
    Map<String, Network> networks = networks(ports);
    List<ServerAddress> out = new ArrayList<>();
    for (Port port : ports) {
      Network network = networks.get(port.networkId());
      String label =
          network == null || network.name().isEmpty() ? port.networkId() : network.name();
      for (Port.FixedIp ip : port.fixedIps()) {
        int version = ip.ipAddress().contains(":") ? 6 : 4;
        out.add(new ServerAddress(label, version, ip.ipAddress(), port.macAddress(), "fixed"));
      }
    }
    return out;
  }

  /**
   * Lets go of the server's ports: those created for it are deleted with their addresses, those the
   * user passed in are unbound. Never fails: a failure is logged and left to the sweep.
   *
   * @param serverUuid the server
   */
  public void release(String serverUuid) {
    try {
      int n = backend.releaseDevice(serverUuid);
      if (n > 0) {
        LOG.info("released {} port(s) of server {}", n, serverUuid);
      }
    } catch (RuntimeException e) {
      LOG.warn(
          "releasing the ports of {} failed, the sweep retries: {}", serverUuid, e.getMessage());
    }
  }

  /**
   * Releases the ports of servers that do not exist (any more): a crash between allocating a
   * server's ports and storing the server, or a delete whose release failed. Ports changed within
   * the grace period are left alone, as their server may be being created right now.
   *
   * @param live whether a server exists and is not deleted
   * @param grace how old a device's newest port must be before it is swept
   * @return how many devices were released
   */
  public int sweep(Predicate<String> live, Duration grace) {
    Instant cutoff = clock.instant().minus(grace);
    int released = 0;
    for (String device : backend.devicesOwnedBy(Port.COMPUTE_OWNER)) {
      if (live.test(device)) {
        continue;
      }
      List<Port> ports = backend.portsOf(List.of(device)).getOrDefault(device, List.of());
      if (ports.stream().anyMatch(p -> p.updatedAt().isAfter(cutoff))) {
        continue;
      }
      LOG.info("sweeping {} port(s) of server {}, which no longer exists", ports.size(), device);
      backend.releaseDevice(device);
      released++;
    }
    return released;
  }

  private Map<String, Network> networks(List<Port> ports) {
    Map<String, Network> out = new HashMap<>();
    for (Port port : ports) {
      out.computeIfAbsent(port.networkId(), id -> backend.findNetwork(id).orElse(null));
    }
    return out;
  }
}
