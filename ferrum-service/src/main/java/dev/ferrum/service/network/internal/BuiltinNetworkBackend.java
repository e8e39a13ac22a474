package dev.ferrum.service.network.internal;

import dev.ferrum.service.network.InvalidNetworkRequestException;
import dev.ferrum.service.network.Network;
import dev.ferrum.service.network.NetworkBackend;
import dev.ferrum.service.network.NetworkChanges;
import dev.ferrum.service.network.NetworkConflictException;
import dev.ferrum.service.network.NetworkResourceNotFoundException;
import dev.ferrum.service.network.NetworkSpec;
import dev.ferrum.service.network.Port;
import dev.ferrum.service.network.PortSpec;
import dev.ferrum.service.network.Subnet;
import dev.ferrum.service.network.SubnetSpec;
import dev.ferrum.service.network.internal.IpMath.Address;
import dev.ferrum.service.network.internal.IpMath.Cidr;
import dev.ferrum.service.store.NetworkRepository;
import dev.ferrum.service.store.NetworkRepository.PortInsert;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

/**
 * The network service Ferrum runs itself: everything in its database, addresses managed here.
 *
 * <p>Allocation is optimistic: read the subnet's allocated addresses, pick a free one, and insert
 * the port with its addresses in one transaction; the {@code ip_allocations} primary key refuses an
 * address another writer took first, and the attempt is repeated on fresh data. Picking at random
 * among the first few free addresses keeps concurrent writers from all choosing the same one;
 * walking the pools from their start skips only allocated addresses, so a {@code /64} costs no more
 * than a {@code /28}.
 */
public final class BuiltinNetworkBackend implements NetworkBackend {
  /** Attempts before giving up on a port whose addresses other writers keep taking. */
  static final int MAX_ATTEMPTS = 200;

  /** How many free addresses an allocation chooses among. */
  static final int CANDIDATES = 16;

  private static final String DOWN = "DOWN";
  private static final Pattern MAC =
      Pattern.compile("[0-9a-fA-F]{2}([:-])[0-9a-fA-F]{2}(\\1[0-9a-fA-F]{2}){4}");
  private static final Set<String> INVALID_MACS = Set.of("00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff");

  private final NetworkRepository repository;
  private final Clock clock;

  /**
   * Creates the backend.
   *
   * @param repository where networks are stored
   * @param clock the clock for timestamps
   */
  public BuiltinNetworkBackend(NetworkRepository repository, Clock clock) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  // ---- networks

  @Override
  public Network createNetwork(NetworkSpec spec) {
    if (!Network.TYPES.contains(spec.networkType())) {
      throw SubnetValidator.invalid("network type " + spec.networkType() + " is not supported");
    }
    if (spec.networkType().equals("vlan")) {
      Integer vlan = spec.segmentationId();
      if (vlan == null || vlan < 1 || vlan > 4094) {
        throw SubnetValidator.invalid("segmentation_id must be between 1 and 4094 for vlan");
      }
    } else if (spec.segmentationId() != null) {
      throw SubnetValidator.invalid("segmentation_id is not allowed for a flat network");
    }
    if (spec.mtu() < 68 || spec.mtu() > 9216) {
      throw SubnetValidator.invalid("mtu " + spec.mtu() + " is outside 68-9216");
    }
    Instant now = now();
    Network network =
        new Network(
            UUID.randomUUID().toString(),
            spec.name(),
            spec.description(),
            spec.projectId(),
            spec.shared(),
            spec.adminStateUp(),
            spec.networkType(),
            spec.physicalNetwork(),
            spec.segmentationId(),
            spec.mtu(),
            now,
            now);
    return repository.insertNetwork(network);
  }

  @Override
  public Optional<Network> findNetwork(String id) {
    return repository.findNetwork(id);
  }

  @Override
  public List<Network> listNetworks(String project) {
    return repository.listNetworks(project);
  }

  @Override
  public Network updateNetwork(String id, NetworkChanges changes) {
    return repository.updateNetwork(id, changes, now());
  }

  @Override
  public void deleteNetwork(String id) {
    repository.deleteNetwork(id);
  }

  // ---- subnets

  @Override
  public Subnet createSubnet(SubnetSpec spec) {
    if (repository.findNetwork(spec.networkId()).isEmpty()) {
      throw new NetworkResourceNotFoundException("Network", spec.networkId());
    }
    Subnet subnet = SubnetValidator.validate(spec, UUID.randomUUID().toString(), now());
    return repository.insertSubnet(
        subnet, siblings -> SubnetValidator.checkNoOverlap(subnet, siblings));
  }

  @Override
  public Optional<Subnet> findSubnet(String id) {
    return repository.findSubnet(id);
  }

  @Override
  public List<Subnet> listSubnets(String project) {
    return repository.listSubnets(project);
  }

  @Override
  public Map<String, List<Subnet>> subnetsOf(Collection<String> networkIds) {
    return repository.subnetsOf(networkIds);
  }

  @Override
  public Subnet updateSubnet(String id, NetworkChanges changes) {
    return repository.updateSubnet(id, changes, now());
  }

  @Override
  public void deleteSubnet(String id) {
    repository.deleteSubnet(id);
  }

  // ---- ports

  @Override
  public Port createPort(PortSpec spec) {
    if (spec.deviceSlot() != null) {
      if (spec.deviceId().isEmpty()) {
        throw SubnetValidator.invalid("a device slot needs a device_id");
      }
      Optional<Port> existing = repository.findPortBySlot(spec.deviceId(), spec.deviceSlot());
      if (existing.isPresent()) {
        return existing.get();
      }
    }
    Network network =
        repository
            .findNetwork(spec.networkId())
            .orElseThrow(() -> new NetworkResourceNotFoundException("Network", spec.networkId()));
    String requestedMac = spec.macAddress() == null ? null : canonicalMac(spec.macAddress());
    if (requestedMac != null && repository.macInUse(network.id(), requestedMac)) {
      throw macInUse(network.id(), requestedMac);
    }
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      List<Subnet> subnets =
          repository.subnetsOf(List.of(network.id())).getOrDefault(network.id(), List.of());
      List<Port.FixedIp> ips = chooseAddresses(spec, network, subnets);
      String mac = requestedMac != null ? requestedMac : generateMac();
      Instant now = now();
      Port port =
          new Port(
              UUID.randomUUID().toString(),
              network.id(),
              spec.projectId(),
              spec.name(),
              spec.description(),
              mac,
              spec.adminStateUp(),
              DOWN,
              spec.deviceId(),
              spec.deviceOwner(),
              "",
              ips,
              spec.autoDelete(),
              spec.deviceSlot(),
              now,
              now);
      PortInsert outcome = repository.insertPort(port);
      switch (outcome) {
        case PortInsert.Inserted inserted -> {
          return inserted.port();
        }
        case PortInsert.SlotTaken taken -> {
          return taken.existing();
        }
        case PortInsert.MacTaken ignored -> {
          if (requestedMac != null) {
            throw macInUse(network.id(), requestedMac);
          }
        }
        case PortInsert.AddressTaken taken -> {
          if (explicitlyRequested(spec, taken.fixedIp())) {
            throw new NetworkConflictException(
                NetworkConflictException.IP_ALLOCATED,
                "IP address "
                    + taken.fixedIp().ipAddress()
                    + " already allocated in subnet "
                    + taken.fixedIp().subnetId());
          }
        }
        case PortInsert.Contention ignored -> {
          // fresh data on the next attempt
        }
      }
      backOff(attempt);
    }
    throw exhausted(network.id());
  }

  private static void backOff(int attempt) {
    long maxMicros = Math.min(200L * attempt, 5_000L);
    LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1, maxMicros + 1) * 1_000L);
  }

  private static boolean explicitlyRequested(PortSpec spec, Port.FixedIp ip) {
    return spec.fixedIps() != null
        && spec.fixedIps().stream()
            .anyMatch(r ->
                r.ipAddress() != null
                    && IpMath.canonical(r.ipAddress()).orElse("").equals(ip.ipAddress()));
  }

  /** Chooses a port's addresses on the network's current subnets and allocations. */
  private List<Port.FixedIp> chooseAddresses(PortSpec spec, Network network, List<Subnet> subnets) {
    Map<String, Set<String>> taken = new HashMap<>();
    List<Port.FixedIp> out = new ArrayList<>();
    if (spec.fixedIps() == null) {
      for (int version : new int[] {4, 6}) {
        List<Subnet> family = subnets.stream().filter(s -> s.ipVersion() == version).toList();
        if (family.isEmpty()) {
          continue;
        }
        Port.FixedIp chosen = null;
        for (Subnet s : family) {
          Address a = pickFree(s, taken(taken, s));
          if (a != null) {
            chosen = new Port.FixedIp(s.id(), a.toString());
            break;
          }
        }
        if (chosen == null) {
          throw exhausted(network.id());
        }
        taken.get(chosen.subnetId()).add(chosen.ipAddress());
        out.add(chosen);
      }
      return out;
    }
    for (PortSpec.FixedIpRequest r : spec.fixedIps()) {
      Subnet subnet = null;
      if (r.subnetId() != null) {
        subnet = subnets.stream().filter(s -> s.id().equals(r.subnetId())).findFirst().orElse(null);
        if (subnet == null) {
          if (repository.findSubnet(r.subnetId()).isEmpty()) {
            throw new NetworkResourceNotFoundException("Subnet", r.subnetId());
          }
          throw SubnetValidator.invalid(
              "Failed to create port on network "
                  + network.id()
                  + ", because fixed_ips included invalid subnet "
                  + r.subnetId());
        }
      }
      if (r.ipAddress() != null) {
        Address a =
            IpMath.parseAddress(r.ipAddress())
                .orElseThrow(() ->
                    SubnetValidator.invalid("'" + r.ipAddress() + "' is not a valid IP address"));
        if (subnet == null) {
          subnet = subnets.stream().filter(s -> validOn(s, a)).findFirst().orElse(null);
          if (subnet == null) {
            throw new InvalidNetworkRequestException(
                "InvalidIpForNetwork",
                "IP address "
                    + r.ipAddress()
                    + " is not a valid IP for any of the subnets on the specified network.");
          }
        } else if (!validOn(subnet, a)) {
          throw new InvalidNetworkRequestException(
              "InvalidIpForSubnet",
              "IP address " + r.ipAddress() + " is not a valid IP for the specified subnet.");
        }
        if (!taken(taken, subnet).add(a.toString())) {
          throw new NetworkConflictException(
              NetworkConflictException.IP_ALLOCATED,
              "IP address " + a + " already allocated in subnet " + subnet.id());
        }
        out.add(new Port.FixedIp(subnet.id(), a.toString()));
      } else {
        Address a = pickFree(subnet, taken(taken, subnet));
        if (a == null) {
          throw exhausted(network.id());
        }
        taken.get(subnet.id()).add(a.toString());
        out.add(new Port.FixedIp(subnet.id(), a.toString()));
      }
    }
    return out;
  }

  private Set<String> taken(Map<String, Set<String>> cache, Subnet subnet) {
    return cache.computeIfAbsent(
        subnet.id(), id -> new HashSet<>(repository.allocatedAddresses(id)));
  }

  /** Whether a fixed address may be asked for on a subnet: inside, not network nor broadcast. */
  private static boolean validOn(Subnet subnet, Address a) {
    Cidr cidr = IpMath.parseCidr(subnet.cidr());
    if (!cidr.contains(a)) {
      return false;
    }
    if (cidr.range().size().compareTo(BigInteger.TWO) <= 0) {
      return true;
    }
    return !a.equals(cidr.network()) && !(cidr.version() == 4 && a.equals(cidr.last()));
  }

  /**
   * Picks a free address from a subnet's pools: at random among the first {@link #CANDIDATES} free
   * ones, never the network, broadcast or gateway address.
   *
   * @param subnet the subnet
   * @param allocated its allocated addresses (canonical)
   * @return an address, or {@code null} if the pools are full
   */
  static Address pickFree(Subnet subnet, Set<String> allocated) {
    Cidr cidr = IpMath.parseCidr(subnet.cidr());
    Set<Address> excluded = new HashSet<>();
    if (cidr.range().size().compareTo(BigInteger.TWO) > 0) {
      // a /32, /31, /128 or /127 has no network or broadcast address to skip
      excluded.add(cidr.network());
      if (cidr.version() == 4) {
        excluded.add(cidr.last());
      }
    }
    if (subnet.gatewayIp() != null) {
      excluded.add(IpMath.address(subnet.gatewayIp()));
    }
    List<Address> candidates = new ArrayList<>(CANDIDATES);
    for (Subnet.AllocationPool pool : subnet.allocationPools()) {
      Address a = IpMath.address(pool.start());
      Address last = IpMath.address(pool.end());
      // every step either finds a candidate or skips an allocated or excluded address, so the
      // walk is bounded by the allocations, not by the size of the pool
      while (a.compareTo(last) <= 0 && candidates.size() < CANDIDATES) {
        if (!excluded.contains(a) && !allocated.contains(a.toString())) {
          candidates.add(a);
        }
        if (a.equals(last)) {
          break;
        }
        a = a.plus(1);
      }
      if (candidates.size() >= CANDIDATES) {
        break;
      }
    }
    return candidates.isEmpty()
        ? null
        : candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
  }

  private static NetworkConflictException exhausted(String networkId) {
    return new NetworkConflictException(
        NetworkConflictException.IP_EXHAUSTED,
        "No more IP addresses available on network " + networkId + ".");
  }

  private static NetworkConflictException macInUse(String networkId, String mac) {
    return new NetworkConflictException(
        NetworkConflictException.MAC_IN_USE,
        "Unable to complete operation for network "
            + networkId
            + ". The mac address "
            + mac
            + " is in use.");
  }

  /**
   * Checks a MAC address and returns it lower case with colons.
   *
   * @param mac the address as given ({@code :} or {@code -} separated)
   * @return the canonical form
   * @throws InvalidNetworkRequestException if it is not a usable unicast address
   */
  static String canonicalMac(String mac) {
    if (!MAC.matcher(mac).matches()) {
      throw SubnetValidator.invalid("'" + mac + "' is not a valid MAC address");
    }
    String canonical = mac.toLowerCase(Locale.ROOT).replace('-', ':');
    if (INVALID_MACS.contains(canonical)) {
      throw SubnetValidator.invalid("'" + mac + "' is not a valid MAC address");
    }
    return canonical;
  }

  private static String generateMac() {
    int r = ThreadLocalRandom.current().nextInt(1 << 24);
    return String.format("fa:16:3e:%02x:%02x:%02x", (r >>> 16) & 0xff, (r >>> 8) & 0xff, r & 0xff);
  }

  @Override
  public Optional<Port> findPort(String id) {
    return repository.findPort(id);
  }

  @Override
  public List<Port> listPorts(String project) {
    return repository.listPorts(project);
  }

  @Override
  public Map<String, List<Port>> portsOf(Collection<String> deviceIds) {
    List<String> ids = deviceIds.stream().filter(d -> d != null && !d.isEmpty()).toList();
    return repository.portsOf(ids);
  }

  @Override
  public Port updatePort(String id, NetworkChanges changes) {
    return repository.updatePort(id, changes, now());
  }

  @Override
  public Port claimPort(String id, String deviceId, String deviceOwner, int deviceSlot) {
    if (deviceId == null || deviceId.isEmpty()) {
      throw SubnetValidator.invalid("a port is claimed for a device_id");
    }
    Objects.requireNonNull(deviceOwner, "deviceOwner");
    return repository.claimPort(id, deviceId, deviceOwner, deviceSlot, now());
  }

  @Override
  public Port bindPort(String id, String hostId, String macAddress) {
    Objects.requireNonNull(hostId, "hostId");
    return repository.bindPort(id, hostId, canonicalMac(macAddress), now());
  }

  @Override
  public void deletePort(String id) {
    repository.deletePort(id);
  }

  @Override
  public Set<String> devicesOwnedBy(String deviceOwner) {
    return repository.devicesOwnedBy(deviceOwner);
  }

  @Override
  public int releaseDevice(String deviceId) {
    if (deviceId == null || deviceId.isEmpty()) {
      return 0;
    }
    return repository.releaseDevice(deviceId, now());
  }
}
