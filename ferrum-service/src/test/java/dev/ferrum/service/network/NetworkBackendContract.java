package dev.ferrum.service.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.service.network.PortSpec.FixedIpRequest;
import dev.ferrum.service.network.Subnet.AllocationPool;
import dev.ferrum.service.network.Subnet.HostRoute;
import dev.ferrum.service.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the built-in {@link NetworkBackend}, run on each database engine by a subclass,
 * so that H2 and PostgreSQL provably give out addresses the same way (and never one twice).
 */
abstract class NetworkBackendContract {
  static final Instant T0 = Instant.parse("2026-03-01T12:00:00.123456Z");

  Database db;
  MutableClock clock;
  NetworkBackend backend;

  /** Opens a fresh, migrated, empty database. */
  abstract Database openFreshDatabase() throws Exception;

  @BeforeEach
  void open() throws Exception {
    db = openFreshDatabase();
    clock = new MutableClock(T0);
    backend = NetworkBackends.builtin(db, clock);
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** A clock tests move by hand. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  // ---------------------------------------------------------------- helpers

  Network network(String project) {
    return backend.createNetwork(NetworkSpec.flat(project, "net-" + project, false));
  }

  static SubnetSpec subnetSpec(String networkId, int version, String cidr) {
    return new SubnetSpec(
        networkId, "p1", "", "", version, cidr, null, true, List.of(), List.of(), List.of(), true,
        null, null);
  }

  static SubnetSpec pooled(String networkId, String cidr, String start, String end) {
    return new SubnetSpec(
        networkId,
        "p1",
        "",
        "",
        4,
        cidr,
        null,
        true,
        List.of(new AllocationPool(start, end)),
        List.of(),
        List.of(),
        true,
        null,
        null);
  }

  Subnet subnet(String networkId, String cidr) {
    return backend.createSubnet(subnetSpec(networkId, cidr.contains(":") ? 6 : 4, cidr));
  }

  static PortSpec portSpec(String networkId, List<FixedIpRequest> ips) {
    return new PortSpec(networkId, "p1", "", "", null, true, "", "", ips, false, null);
  }

  static PortSpec serverPort(String networkId, String device, int slot) {
    return new PortSpec(
        networkId, "p1", "", "", null, true, device, Port.COMPUTE_OWNER, null, true, slot);
  }

  Port port(String networkId) {
    return backend.createPort(portSpec(networkId, null));
  }

  static FixedIpRequest ip(String address) {
    return new FixedIpRequest(null, address);
  }

  static AbstractThrowableAssert<?, ? extends Throwable> assertFault(
      ThrowingCallable call, Class<? extends Throwable> type, String neutronType) {
    return assertThatThrownBy(call)
        .isInstanceOf(type)
        .satisfies(e -> assertThat(((NeutronFault) e).neutronType()).isEqualTo(neutronType));
  }

  static List<String> addresses(Port p) {
    return p.fixedIps().stream().map(Port.FixedIp::ipAddress).toList();
  }

  // ---------------------------------------------------------------- networks

  @Test
  void networksRoundTripAndListByProjectScope() {
    Network own = network("p1");
    Network other = network("p2");
    Network shared = backend.createNetwork(NetworkSpec.flat("p2", "public", true));
    Network vlan =
        backend.createNetwork(
            new NetworkSpec("p3", "v", "tagged", false, false, "vlan", "physnet1", 42, 9000));

    assertThat(backend.findNetwork(own.id())).contains(own);
    assertThat(own.createdAt()).isEqualTo(T0);
    assertThat(backend.findNetwork(vlan.id()).orElseThrow())
        .satisfies(n -> {
          assertThat(n.segmentationId()).isEqualTo(42);
          assertThat(n.physicalNetwork()).isEqualTo("physnet1");
          assertThat(n.mtu()).isEqualTo(9000);
          assertThat(n.adminStateUp()).isFalse();
          assertThat(n.description()).isEqualTo("tagged");
        });
    assertThat(backend.listNetworks("p1")).containsExactly(own, shared);
    assertThat(backend.listNetworks("p2")).containsExactly(other, shared);
    assertThat(backend.listNetworks(null)).containsExactly(own, other, shared, vlan);
    assertThat(backend.findNetwork("nope")).isEmpty();
  }

  @Test
  void refusesUnsupportedNetworks() {
    assertFault(
        () ->
            backend.createNetwork(
                new NetworkSpec("p", "", "", false, true, "vxlan", null, null, 1500)),
        InvalidNetworkRequestException.class,
        "InvalidInput");
    assertFault(
        () ->
            backend.createNetwork(
                new NetworkSpec("p", "", "", false, true, "vlan", "x", 5000, 1500)),
        InvalidNetworkRequestException.class,
        "InvalidInput");
    assertThat(backend.listNetworks(null)).isEmpty();
  }

  @Test
  void updatesANetworkAndBumpsUpdatedAt() {
    Network n = network("p1");
    clock.advance(Duration.ofSeconds(5));
    Network changed = backend.updateNetwork(n.id(), new NetworkChanges("renamed", null, false));
    assertThat(changed.name()).isEqualTo("renamed");
    assertThat(changed.description()).isEqualTo(n.description());
    assertThat(changed.adminStateUp()).isFalse();
    assertThat(changed.createdAt()).isEqualTo(T0);
    assertThat(changed.updatedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(backend.findNetwork(n.id())).contains(changed);
    assertFault(
            () -> backend.updateNetwork("missing", new NetworkChanges("x", null, null)),
            NetworkResourceNotFoundException.class,
            "NetworkNotFound")
        .hasMessage("Network missing could not be found.");
  }

  @Test
  void deletingANetworkTakesItsSubnetsButNotWhilePortsRemain() {
    Network n = network("p1");
    Subnet s = subnet(n.id(), "10.0.0.0/24");
    Port p = port(n.id());

    assertFault(() -> backend.deleteNetwork(n.id()), NetworkConflictException.class, "NetworkInUse")
        .hasMessage(
            "Unable to complete operation on network "
                + n.id()
                + ". There are one or more ports still in use on the network.");
    assertThat(backend.findNetwork(n.id())).isPresent();
    assertThat(backend.findSubnet(s.id())).isPresent();

    backend.deletePort(p.id());
    backend.deleteNetwork(n.id());
    assertThat(backend.findNetwork(n.id())).isEmpty();
    assertThat(backend.findSubnet(s.id())).isEmpty();
    assertFault(
        () -> backend.deleteNetwork(n.id()),
        NetworkResourceNotFoundException.class,
        "NetworkNotFound");
  }

  // ---------------------------------------------------------------- subnets

  @Test
  void subnetsGetNeutronsDefaultsAndRoundTrip() {
    Network n = network("p1");
    Subnet v4 = subnet(n.id(), "10.0.0.0/24");
    Subnet v6 = subnet(n.id(), "2001:DB8::/64");

    assertThat(v4.gatewayIp()).isEqualTo("10.0.0.1");
    assertThat(v4.allocationPools()).containsExactly(new AllocationPool("10.0.0.2", "10.0.0.254"));
    assertThat(v6.cidr()).isEqualTo("2001:db8::/64");
    assertThat(v6.allocationPools())
        .containsExactly(new AllocationPool("2001:db8::2", "2001:db8::ffff:ffff:ffff:ffff"));
    assertThat(backend.findSubnet(v4.id())).contains(v4);
    assertThat(backend.findSubnet(v6.id())).contains(v6);
    assertThat(backend.subnetsOf(List.of(n.id(), "other")))
        .isEqualTo(Map.of(n.id(), List.of(v4, v6)));
    assertThat(backend.subnetsOf(List.of())).isEmpty();
  }

  @Test
  void storesDnsRoutesAndExplicitPoolsCanonically() {
    Network n = network("p1");
    Subnet s =
        backend.createSubnet(
            new SubnetSpec(
                n.id(),
                "p1",
                "lan",
                "the lan",
                4,
                "192.168.10.0/24",
                "192.168.10.254",
                false,
                List.of(
                    new AllocationPool("192.168.10.10", "192.168.10.19"),
                    new AllocationPool("192.168.10.100", "192.168.10.199")),
                List.of("1.1.1.1", "8.8.8.8"),
                List.of(new HostRoute("10.20.0.0/16", "192.168.10.1")),
                false,
                null,
                null));
    Subnet stored = backend.findSubnet(s.id()).orElseThrow();
    assertThat(stored).isEqualTo(s);
    assertThat(stored.dnsNameservers()).containsExactly("1.1.1.1", "8.8.8.8");
    assertThat(stored.hostRoutes()).containsExactly(new HostRoute("10.20.0.0/16", "192.168.10.1"));
    assertThat(stored.allocationPools()).hasSize(2);
    assertThat(stored.enableDhcp()).isFalse();
    assertThat(stored.name()).isEqualTo("lan");
  }

  @Test
  void refusedSubnetsLeaveNothingStored() {
    Network n = network("p1");
    Subnet existing = subnet(n.id(), "10.0.0.0/16");
    List<ThrowingCallable> refused =
        List.of(
            () -> subnet(n.id(), "10.1.0.1/24"),
            () -> backend.createSubnet(subnetSpec(n.id(), 6, "10.1.0.0/24")),
            () -> subnet(n.id(), "10.0.3.0/24"),
            () -> backend.createSubnet(pooled(n.id(), "10.1.0.0/24", "10.1.0.10", "10.1.1.10")),
            () -> backend.createSubnet(pooled(n.id(), "10.1.0.0/24", "10.1.0.10", "10.1.0.5")),
            () -> backend.createSubnet(pooled(n.id(), "10.1.0.0/24", "10.1.0.1", "10.1.0.5")));
    for (ThrowingCallable call : refused) {
      assertThatThrownBy(call)
          .isInstanceOfAny(InvalidNetworkRequestException.class, NetworkConflictException.class);
    }
    assertFault(
            () -> subnet(n.id(), "10.0.3.0/24"),
            InvalidNetworkRequestException.class,
            "InvalidInput")
        .hasMessage(
            "Invalid input for operation: Requested subnet with cidr: 10.0.3.0/24 for network: "
                + n.id()
                + " overlaps with another subnet.");
    assertFault(
            () -> backend.createSubnet(pooled(n.id(), "10.1.0.0/24", "10.1.0.1", "10.1.0.5")),
            NetworkConflictException.class,
            "GatewayConflictWithAllocationPools")
        .hasMessage("Gateway ip 10.1.0.1 conflicts with allocation pool 10.1.0.1-10.1.0.5.");
    assertFault(
        () -> subnet("missing", "10.9.0.0/24"),
        NetworkResourceNotFoundException.class,
        "NetworkNotFound");
    assertThat(backend.listSubnets(null)).containsExactly(existing);

    // the same range on another network is fine
    Network other = network("p1");
    assertThat(subnet(other.id(), "10.0.3.0/24").cidr()).isEqualTo("10.0.3.0/24");
  }

  @Test
  void concurrentOverlappingSubnetsCannotBothBeCreated() throws Exception {
    Network n = network("p1");
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < threads; i++) {
        String cidr = "10.0." + i + ".0/24";
        String cover = i % 2 == 0 ? cidr : "10.0.0.0/16";
        results.add(
            pool.submit(() -> {
              start.await();
              try {
                subnet(n.id(), cover);
                return true;
              } catch (InvalidNetworkRequestException e) {
                return false;
              }
            }));
      }
      start.countDown();
      int created = 0;
      for (Future<Boolean> f : results) {
        created += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      List<Subnet> subnets = backend.listSubnets(null);
      assertThat(subnets).hasSize(created);
      for (int i = 0; i < subnets.size(); i++) {
        for (int j = i + 1; j < subnets.size(); j++) {
          assertThat(subnets.get(i).cidr()).isNotEqualTo(subnets.get(j).cidr());
          assertThat(
                  subnets.get(i).cidr().equals("10.0.0.0/16")
                      || subnets.get(j).cidr().equals("10.0.0.0/16"))
              .as("a /16 and one of its /24s both stored")
              .isFalse();
        }
      }
    }
  }

  @Test
  void subnetVisibilityFollowsTheNetwork() {
    Network own = network("p1");
    Network hidden = network("p2");
    Network shared = backend.createNetwork(NetworkSpec.flat("p2", "public", true));
    Subnet a = subnet(own.id(), "10.0.0.0/24");
    Subnet b = subnet(hidden.id(), "10.0.0.0/24");
    Subnet c = subnet(shared.id(), "10.0.0.0/24");
    assertThat(backend.listSubnets("p1")).containsExactly(a, c);
    assertThat(backend.listSubnets("p2")).containsExactly(b, c);
    assertThat(backend.listSubnets(null)).containsExactly(a, b, c);
  }

  @Test
  void updatesAndDeletesSubnets() {
    Network n = network("p1");
    Subnet s = subnet(n.id(), "10.0.0.0/24");
    clock.advance(Duration.ofMinutes(1));
    Subnet changed = backend.updateSubnet(s.id(), new NetworkChanges(null, "described", false));
    assertThat(changed.description()).isEqualTo("described");
    assertThat(changed.name()).isEqualTo(s.name());
    assertThat(changed.updatedAt()).isEqualTo(T0.plusSeconds(60));

    Port p = port(n.id());
    assertFault(() -> backend.deleteSubnet(s.id()), NetworkConflictException.class, "SubnetInUse")
        .hasMessage(
            "Unable to complete operation on subnet "
                + s.id()
                + ": One or more ports have an IP allocation from this subnet.");
    backend.deletePort(p.id());
    backend.deleteSubnet(s.id());
    assertThat(backend.findSubnet(s.id())).isEmpty();
    assertFault(
        () -> backend.deleteSubnet(s.id()),
        NetworkResourceNotFoundException.class,
        "SubnetNotFound");
    assertFault(
        () -> backend.updateSubnet(s.id(), new NetworkChanges("x", null, null)),
        NetworkResourceNotFoundException.class,
        "SubnetNotFound");
  }

  // ---------------------------------------------------------------- ports

  @Test
  void aDefaultPortGetsOneAddressPerFamily() {
    Network n = network("p1");
    Subnet v4 = subnet(n.id(), "10.0.0.0/24");
    Subnet v6 = subnet(n.id(), "2001:db8::/64");
    Port p = port(n.id());

    assertThat(p.fixedIps()).hasSize(2);
    assertThat(p.fixedIps().get(0).subnetId()).isEqualTo(v4.id());
    assertThat(p.fixedIps().get(1).subnetId()).isEqualTo(v6.id());
    assertThat(p.fixedIps().get(0).ipAddress()).startsWith("10.0.0.");
    assertThat(p.fixedIps().get(1).ipAddress()).startsWith("2001:db8::");
    assertThat(p.macAddress()).matches("fa:16:3e(:[0-9a-f]{2}){3}");
    assertThat(p.status()).isEqualTo("DOWN");
    assertThat(p.deviceId()).isEmpty();
    assertThat(p.bindingHostId()).isEmpty();
    assertThat(backend.findPort(p.id())).contains(p);
  }

  @Test
  void aPortOnANetworkWithoutSubnetsHasNoAddress() {
    Network n = network("p1");
    assertThat(port(n.id()).fixedIps()).isEmpty();
    subnet(n.id(), "10.0.0.0/24");
    assertThat(backend.createPort(portSpec(n.id(), List.of())).fixedIps()).isEmpty();
  }

  @Test
  void defaultAllocationMovesOnToTheNextSubnetWithRoom() {
    Network n = network("p1");
    Subnet small = subnet(n.id(), "10.0.0.0/30"); // one address: 10.0.0.2
    Subnet next = subnet(n.id(), "10.0.1.0/24");
    assertThat(port(n.id()).fixedIps()).containsExactly(new Port.FixedIp(small.id(), "10.0.0.2"));
    assertThat(port(n.id()).fixedIps().get(0).subnetId()).isEqualTo(next.id());
  }

  @Test
  void neverAllocatesNetworkBroadcastOrGatewayAndExhaustsCleanly() {
    Network n = network("p1");
    subnet(n.id(), "10.0.0.0/29"); // .0 network, .1 gateway, .7 broadcast: .2-.6 usable
    Set<String> got = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      got.addAll(addresses(port(n.id())));
    }
    assertThat(got)
        .containsExactlyInAnyOrder("10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6");
    assertFault(() -> port(n.id()), NetworkConflictException.class, "IpAddressGenerationFailure")
        .hasMessage("No more IP addresses available on network " + n.id() + ".");
    assertThat(backend.listPorts(null)).hasSize(5);
  }

  @Test
  void explicitAddressesAndTheirRefusals() {
    Network n = network("p1");
    Subnet s = subnet(n.id(), "10.0.0.0/24");
    Subnet v6 = subnet(n.id(), "2001:db8::/64");
    Network other = network("p1");
    Subnet foreign = subnet(other.id(), "10.9.0.0/24");

    Port p = backend.createPort(portSpec(n.id(), List.of(ip("10.0.0.50"), ip("2001:DB8::0050"))));
    assertThat(p.fixedIps())
        .containsExactly(
            new Port.FixedIp(s.id(), "10.0.0.50"), new Port.FixedIp(v6.id(), "2001:db8::50"));
    Port bySubnet =
        backend.createPort(
            portSpec(
                n.id(),
                List.of(new FixedIpRequest(s.id(), null), new FixedIpRequest(s.id(), null))));
    assertThat(bySubnet.fixedIps()).hasSize(2);
    assertThat(bySubnet.fixedIps().get(0)).isNotEqualTo(bySubnet.fixedIps().get(1));
    List<Port> before = backend.listPorts(null);

    assertFault(
            () -> backend.createPort(portSpec(n.id(), List.of(ip("10.0.0.50")))),
            NetworkConflictException.class,
            "IpAddressAlreadyAllocated")
        .hasMessage("IP address 10.0.0.50 already allocated in subnet " + s.id());
    assertFault(
            () -> backend.createPort(portSpec(n.id(), List.of(ip("10.5.0.1")))),
            InvalidNetworkRequestException.class,
            "InvalidIpForNetwork")
        .hasMessage(
            "IP address 10.5.0.1 is not a valid IP for any of the subnets on the specified"
                + " network.");
    assertFault(
            () ->
                backend.createPort(
                    portSpec(n.id(), List.of(new FixedIpRequest(s.id(), "2001:db8::9")))),
            InvalidNetworkRequestException.class,
            "InvalidIpForSubnet")
        .hasMessage("IP address 2001:db8::9 is not a valid IP for the specified subnet.");
    assertFault(
        () ->
            backend.createPort(portSpec(n.id(), List.of(new FixedIpRequest(s.id(), "10.0.0.255")))),
        InvalidNetworkRequestException.class,
        "InvalidIpForSubnet");
    assertFault(
        () -> backend.createPort(portSpec(n.id(), List.of(new FixedIpRequest(foreign.id(), null)))),
        InvalidNetworkRequestException.class,
        "InvalidInput");
    assertFault(
        () -> backend.createPort(portSpec(n.id(), List.of(new FixedIpRequest("nope", null)))),
        NetworkResourceNotFoundException.class,
        "SubnetNotFound");
    assertFault(
        () -> backend.createPort(portSpec(n.id(), List.of(ip("not-an-ip")))),
        InvalidNetworkRequestException.class,
        "InvalidInput");
    // a refused request with a free address first must not keep it
    assertFault(
        () -> backend.createPort(portSpec(n.id(), List.of(ip("10.0.0.60"), ip("10.0.0.50")))),
        NetworkConflictException.class,
        "IpAddressAlreadyAllocated");
    assertFault(
        () -> backend.createPort(portSpec("missing", null)),
        NetworkResourceNotFoundException.class,
        "NetworkNotFound");

    assertThat(backend.listPorts(null)).isEqualTo(before);
    assertThat(addresses(backend.createPort(portSpec(n.id(), List.of(ip("10.0.0.60"))))))
        .containsExactly("10.0.0.60");
  }

  @Test
  void deletingAPortFreesItsAddresses() {
    Network n = network("p1");
    subnet(n.id(), "10.0.0.0/24");
    Port p = backend.createPort(portSpec(n.id(), List.of(ip("10.0.0.7"))));
    backend.deletePort(p.id());
    assertThat(backend.findPort(p.id())).isEmpty();
    assertThat(addresses(backend.createPort(portSpec(n.id(), List.of(ip("10.0.0.7"))))))
        .containsExactly("10.0.0.7");
    assertFault(
            () -> backend.deletePort(p.id()),
            NetworkResourceNotFoundException.class,
            "PortNotFound")
        .hasMessage("Port " + p.id() + " could not be found.");
  }

  @Test
  void macAddressesAreCheckedAndUniquePerNetwork() {
    Network n = network("p1");
    Network other = network("p1");
    PortSpec withMac =
        new PortSpec(n.id(), "p1", "", "", "AA-BB-CC-00-11-22", true, "", "", null, false, null);
    Port p = backend.createPort(withMac);
    assertThat(p.macAddress()).isEqualTo("aa:bb:cc:00:11:22");
    assertFault(
            () -> backend.createPort(withMac), NetworkConflictException.class, "MacAddressInUse")
        .hasMessage(
            "Unable to complete operation for network "
                + n.id()
                + ". The mac address aa:bb:cc:00:11:22 is in use.");
    Port elsewhere =
        backend.createPort(
            new PortSpec(
                other.id(), "p1", "", "", "aa:bb:cc:00:11:22", true, "", "", null, false, null));
    assertThat(elsewhere.macAddress()).isEqualTo("aa:bb:cc:00:11:22");
    for (String bad :
        List.of("aa:bb:cc:00:11", "zz:bb:cc:00:11:22", "ff:ff:ff:ff:ff:ff", "aa:bb-cc:00:11:22")) {
      assertFault(
          () ->
              backend.createPort(
                  new PortSpec(n.id(), "p1", "", "", bad, true, "", "", null, false, null)),
          InvalidNetworkRequestException.class,
          "InvalidInput");
    }
    assertThat(backend.listPorts(null)).hasSize(2);
  }

  @Test
  void aDeviceSlotMakesCreationIdempotent() {
    Network n = network("p1");
    subnet(n.id(), "10.0.0.0/24");
    Port first = backend.createPort(serverPort(n.id(), "server-1", 0));
    Port again = backend.createPort(serverPort(n.id(), "server-1", 0));
    Port second = backend.createPort(serverPort(n.id(), "server-1", 1));
    assertThat(again).isEqualTo(first);
    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(first.deviceSlot()).isZero();
    assertThat(first.autoDelete()).isTrue();
    assertThat(backend.listPorts(null)).hasSize(2);
    assertThat(backend.portsOf(List.of("server-1")).get("server-1")).containsExactly(first, second);
  }

  @Test
  void concurrentCreationForOneSlotMakesOnePort() throws Exception {
    Network n = network("p1");
    subnet(n.id(), "10.0.0.0/24");
    List<Future<Port>> results = new ArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 10; i++) {
        results.add(
            pool.submit(() -> {
              start.await();
              return backend.createPort(serverPort(n.id(), "server-1", 0));
            }));
      }
      start.countDown();
      Set<String> ids = new HashSet<>();
      for (Future<Port> f : results) {
        ids.add(f.get(30, TimeUnit.SECONDS).id());
      }
      assertThat(ids).hasSize(1);
    }
    assertThat(backend.listPorts(null)).hasSize(1);
  }

  @Test
  void portsAreListedByProjectAndByDevice() {
    Network n = backend.createNetwork(NetworkSpec.flat("admin", "public", true));
    subnet(n.id(), "10.0.0.0/24");
    Port a =
        backend.createPort(
            new PortSpec(n.id(), "p1", "a", "", null, true, "dev-a", "x", null, false, null));
    Port b =
        backend.createPort(
            new PortSpec(n.id(), "p2", "b", "", null, true, "dev-b", "x", null, false, null));
    Port c =
        backend.createPort(
            new PortSpec(n.id(), "p1", "c", "", null, true, "dev-a", "x", null, false, null));
    Port free =
        backend.createPort(
            new PortSpec(n.id(), "p1", "d", "", null, true, "", "", null, false, null));
    assertThat(backend.listPorts("p1")).containsExactly(a, c, free);
    assertThat(backend.listPorts("p2")).containsExactly(b);
    assertThat(backend.listPorts(null)).containsExactly(a, b, c, free);
    assertThat(backend.portsOf(List.of("dev-a", "dev-b", "dev-c", "")))
        .isEqualTo(Map.of("dev-a", List.of(a, c), "dev-b", List.of(b)));
    assertThat(backend.portsOf(List.of())).isEmpty();
    assertThat(backend.findPort("nope")).isEmpty();
  }

  @Test
  void updatesAPort() {
    Network n = network("p1");
    Port p = port(n.id());
    clock.advance(Duration.ofSeconds(3));
    Port changed = backend.updatePort(p.id(), new NetworkChanges("eth0", "boot nic", false));
    assertThat(changed.name()).isEqualTo("eth0");
    assertThat(changed.description()).isEqualTo("boot nic");
    assertThat(changed.adminStateUp()).isFalse();
    assertThat(changed.updatedAt()).isEqualTo(T0.plusSeconds(3));
    assertThat(changed.macAddress()).isEqualTo(p.macAddress());
    assertFault(
        () -> backend.updatePort("nope", new NetworkChanges("x", null, null)),
        NetworkResourceNotFoundException.class,
        "PortNotFound");
  }

  @Test
  void claimingAPort() {
    Network n = network("p1");
    subnet(n.id(), "10.0.0.0/24");
    Port p = port(n.id());
    Port claimed = backend.claimPort(p.id(), "server-1", Port.COMPUTE_OWNER, 2);
    assertThat(claimed.deviceId()).isEqualTo("server-1");
    assertThat(claimed.deviceOwner()).isEqualTo(Port.COMPUTE_OWNER);
    assertThat(claimed.deviceSlot()).isEqualTo(2);
    assertThat(claimed.inUse()).isTrue();
    assertThat(backend.claimPort(p.id(), "server-1", Port.COMPUTE_OWNER, 2)).isEqualTo(claimed);
    assertFault(
            () -> backend.claimPort(p.id(), "server-2", Port.COMPUTE_OWNER, 0),
            NetworkConflictException.class,
            "PortInUse")
        .hasMessage(
            "Unable to complete operation on port "
                + p.id()
                + " for network "
                + n.id()
                + ". Port already has an attached device server-1.");
    assertThat(backend.findPort(p.id())).contains(claimed);
    Port another = port(n.id());
    assertFault(
        () -> backend.claimPort(another.id(), "server-1", Port.COMPUTE_OWNER, 2),
        NetworkConflictException.class,
        "PortInUse");
    assertFault(
        () -> backend.claimPort("nope", "server-1", Port.COMPUTE_OWNER, 0),
        NetworkResourceNotFoundException.class,
        "PortNotFound");
  }

  @Test
  void bindingAPort() {
    Network n = network("p1");
    Port p = port(n.id());
    Port q = port(n.id());
    clock.advance(Duration.ofSeconds(1));
    Port bound = backend.bindPort(p.id(), "node-1", "52:54:00:AB:CD:EF");
    assertThat(bound.macAddress()).isEqualTo("52:54:00:ab:cd:ef");
    assertThat(bound.bindingHostId()).isEqualTo("node-1");
    assertThat(bound.status()).isEqualTo("ACTIVE");
    assertThat(bound.updatedAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(backend.bindPort(p.id(), "node-1", "52:54:00:ab:cd:ef")).isEqualTo(bound);
    assertFault(
        () -> backend.bindPort(q.id(), "node-2", "52:54:00:ab:cd:ef"),
        NetworkConflictException.class,
        "MacAddressInUse");
    assertThat(backend.findPort(q.id())).contains(q);
    assertFault(
        () -> backend.bindPort("nope", "node-2", "52:54:00:ab:cd:00"),
        NetworkResourceNotFoundException.class,
        "PortNotFound");
  }

  @Test
  void releasingADeviceDeletesItsOwnPortsAndUnbindsTheOthers() {
    Network n = network("p1");
    subnet(n.id(), "10.0.0.0/29");
    Port created = backend.createPort(serverPort(n.id(), "server-1", 0));
    Port given = port(n.id());
    backend.claimPort(given.id(), "server-1", Port.COMPUTE_OWNER, 1);
    backend.bindPort(given.id(), "node-1", "52:54:00:00:00:01");
    Port unrelated = backend.createPort(serverPort(n.id(), "server-2", 0));
    assertThat(backend.devicesOwnedBy(Port.COMPUTE_OWNER))
        .containsExactlyInAnyOrder("server-1", "server-2");

    clock.advance(Duration.ofSeconds(9));
    assertThat(backend.releaseDevice("server-1")).isEqualTo(2);

    assertThat(backend.findPort(created.id())).isEmpty();
    Port released = backend.findPort(given.id()).orElseThrow();
    assertThat(released.deviceId()).isEmpty();
    assertThat(released.deviceOwner()).isEmpty();
    assertThat(released.bindingHostId()).isEmpty();
    assertThat(released.deviceSlot()).isNull();
    assertThat(released.status()).isEqualTo("DOWN");
    assertThat(released.fixedIps()).isEqualTo(given.fixedIps());
    assertThat(released.updatedAt()).isEqualTo(T0.plusSeconds(9));
    assertThat(backend.findPort(unrelated.id())).isPresent();
    assertThat(backend.devicesOwnedBy(Port.COMPUTE_OWNER)).containsExactly("server-2");
    assertThat(backend.releaseDevice("server-1")).isZero();
    assertThat(backend.releaseDevice("")).isZero();
    assertThat(backend.findPort(given.id())).contains(released);
    // the deleted port's address is free again
    assertThat(
            addresses(
                backend.createPort(
                    portSpec(n.id(), List.of(ip(created.fixedIps().get(0).ipAddress()))))))
        .containsExactly(created.fixedIps().get(0).ipAddress());
  }

  @Test
  void largeIpv6SubnetsAreNotEnumerated() {
    Network n = network("p1");
    subnet(n.id(), "2001:db8::/48");
    Set<String> seen = new HashSet<>();
    long started = System.nanoTime();
    for (int i = 0; i < 30; i++) {
      seen.addAll(addresses(port(n.id())));
    }
    assertThat(seen).hasSize(30).allMatch(a -> a.startsWith("2001:db8::"));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
  }

  // ---------------------------------------------------------------- concurrency

  @Test
  void concurrentAllocationsNeverShareAnAddressAndFreeEveryAddressAgain() throws Exception {
    Network n = network("p1");
    Subnet s = backend.createSubnet(pooled(n.id(), "10.1.0.0/24", "10.1.0.10", "10.1.0.59"));
    for (int round = 0; round < 2; round++) {
      ConcurrentLinkedQueue<Port> created = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
      CountDownLatch start = new CountDownLatch(1);
      try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < 200; i++) {
          pool.submit(() -> {
            start.await();
            try {
              created.add(port(n.id()));
            } catch (RuntimeException e) {
              failures.add(e);
            }
            return null;
          });
        }
        start.countDown();
      }
      assertThat(failures)
          .hasSize(150)
          .allSatisfy(e ->
              assertThat(e)
                  .isInstanceOf(NetworkConflictException.class)
                  .satisfies(c ->
                      assertThat(((NeutronFault) c).neutronType())
                          .isEqualTo("IpAddressGenerationFailure")));
      Set<String> addresses = new HashSet<>();
      for (Port p : created) {
        assertThat(p.fixedIps()).hasSize(1);
        assertThat(p.fixedIps().get(0).subnetId()).isEqualTo(s.id());
        addresses.add(p.fixedIps().get(0).ipAddress());
      }
      assertThat(addresses).hasSize(50);
      for (int host = 10; host <= 59; host++) {
        assertThat(addresses).contains("10.1.0." + host);
      }
      assertThat(backend.listPorts(null)).hasSize(50);
      for (Port p : created) {
        backend.deletePort(p.id());
      }
      assertThat(backend.listPorts(null)).isEmpty();
    }
  }
}
