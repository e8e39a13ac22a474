package dev.ferrum.service.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.ferrum.driver.configdrive.ConfigDriveContent;
import dev.ferrum.driver.configdrive.NetworkData;
import dev.ferrum.driver.configdrive.NetworkLink;
import dev.ferrum.ironic.client.model.PortQuery;
import dev.ferrum.ironic.simulator.NodeSeed;
import dev.ferrum.service.network.Network;
import dev.ferrum.service.network.NetworkBackend;
import dev.ferrum.service.network.NetworkConflictException;
import dev.ferrum.service.network.NetworkSpec;
import dev.ferrum.service.network.Port;
import dev.ferrum.service.network.Subnet;
import dev.ferrum.service.network.SubnetSpec;
import dev.ferrum.service.store.Server;
import dev.ferrum.service.store.ServerAddress;
import dev.ferrum.service.store.VmState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Servers get their network: ports created from the request, bound to the NICs of the node the
 * server lands on, attached as VIFs, published in the config drive, released on failure and delete;
 * addresses never given twice, even to 200 creates at once.
 */
class ServerNetworkingTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private ComputeFixture fx;

  @AfterEach
  void close() {
    if (fx != null) {
      fx.close();
    }
  }

  private NetworkBackend networks() {
    return fx.manager.networks();
  }

  private Network network(String name, String cidr, String start, String end) {
    Network net = networks().createNetwork(NetworkSpec.flat("p1", name, false));
    subnet(net, cidr, start, end);
    return net;
  }

  private Subnet subnet(Network net, String cidr, String start, String end) {
    String prefix = cidr.substring(0, cidr.lastIndexOf('.'));
    return networks()
        .createSubnet(
            new SubnetSpec(
                net.id(),
                net.projectId(),
                net.name() + "-subnet",
                "",
                4,
                cidr,
                prefix + ".1",
                false,
                List.of(new Subnet.AllocationPool(start, end)),
                List.of(prefix + ".2"),
                List.of(new Subnet.HostRoute("172.16.0.0/16", prefix + ".254")),
                true,
                null,
                null));
  }

  private CreateServerRequest request(String name, List<RequestedNic> nics) {
    CreateServerRequest base = fx.request(name);
    return new CreateServerRequest(
        name, base.flavor(), base.image(), null, null, Map.of(), null, null, null, nics);
  }

  private Server awaitSettled(String uuid) {
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(20))
        .until(() -> {
          Server s = fx.server(uuid);
          return s == null
              || (s.taskState() == null
                  && (s.vmState() == VmState.ACTIVE || s.vmState() == VmState.ERROR));
        });
    return fx.server(uuid);
  }

  private void awaitGone(String uuid) {
    await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> fx.server(uuid) == null);
  }

  private List<String> nodeMacs(String node) {
    return fx.client.ports().list(PortQuery.byNode(node)).stream()
        .map(p -> p.address().toLowerCase(java.util.Locale.ROOT))
        .toList();
  }

  @Test
  void aServerOnANetworkGetsAPortBoundToItsNodeAndPublishedInTheConfigDrive() {
    fx = new ComputeFixture(1).startManager();
    Network net = network("lab", "10.1.0.0/24", "10.1.0.10", "10.1.0.20");

    Server created =
        fx.manager.create(
            request("web", List.of(RequestedNic.onNetwork(net.id()))), ComputeFixture.ctx());
    Server active = awaitSettled(created.uuid());

    assertThat(active.vmState()).isEqualTo(VmState.ACTIVE);
    List<Port> ports = networks().portsOf(List.of(active.uuid())).get(active.uuid());
    assertThat(ports).hasSize(1);
    Port port = ports.get(0);
    assertThat(port.status()).isEqualTo("ACTIVE");
    assertThat(port.bindingHostId()).isEqualTo(active.nodeUuid());
    assertThat(port.deviceOwner()).isEqualTo(Port.COMPUTE_OWNER);
    assertThat(nodeMacs(active.nodeUuid())).containsExactly(port.macAddress());
    String ip = port.fixedIps().get(0).ipAddress();
    assertThat(ip).startsWith("10.1.0.");
    assertThat(active.addresses())
        .containsExactly(new ServerAddress("lab", 4, ip, port.macAddress(), "fixed"));
    assertThat(fx.client.nodes().listVifs(active.nodeUuid()))
        .extracting(v -> v.id())
        .containsExactly(port.id());

    ConfigDriveContent drive = fx.drives.get(fx.drives.size() - 1);
    NetworkData data = drive.networkData();
    assertThat(data.links()).hasSize(1);
    assertThat(data.links().get(0).ethernetMacAddress()).isEqualTo(port.macAddress());
    assertThat(data.networks()).hasSize(1);
    var l3 = data.networks().get(0);
    assertThat(l3.ipAddress()).isEqualTo(ip);
    assertThat(l3.type()).isEqualTo("ipv4");
    assertThat(l3.routes())
        .extracting(r -> r.network() + "/" + r.netmask() + " via " + r.gateway())
        .containsExactly("0.0.0.0/0.0.0.0 via 10.1.0.1", "172.16.0.0/255.255.0.0 via 10.1.0.254");
    assertThat(data.services()).extracting(s -> s.address()).containsExactly("10.1.0.2");
  }

  @Test
  void deletingTheServerDetachesAndFreesItsAddress() {
    fx = new ComputeFixture(1).startManager();
    Network net = network("lab", "10.1.0.0/24", "10.1.0.10", "10.1.0.10");
    Server first =
        fx.manager.create(
            request("a", List.of(new RequestedNic(net.id(), "10.1.0.10", null))),
            ComputeFixture.ctx());
    Server active = awaitSettled(first.uuid());
    assertThat(active.vmState()).isEqualTo(VmState.ACTIVE);
    String node = active.nodeUuid();

    fx.manager.delete(first.uuid(), ComputeFixture.ctx());
    awaitGone(first.uuid());

    assertThat(networks().portsOf(List.of(first.uuid()))).isEmpty();
    assertThat(networks().listPorts(null)).isEmpty();
    assertThat(fx.client.nodes().listVifs(node)).isEmpty();
    Server second =
        fx.manager.create(
            request("b", List.of(new RequestedNic(net.id(), "10.1.0.10", null))),
            ComputeFixture.ctx());
    assertThat(awaitSettled(second.uuid()).addresses())
        .extracting(ServerAddress::address)
        .containsExactly("10.1.0.10");
  }

  @Test
  void aTakenFixedIpIsAConflictAndNothingIsStored() {
    fx = new ComputeFixture(2).startManager();
    Network net = network("lab", "10.1.0.0/24", "10.1.0.10", "10.1.0.20");
    fx.manager.create(
        request("a", List.of(new RequestedNic(net.id(), "10.1.0.15", null))), ComputeFixture.ctx());
    int servers = fx.db.servers().list(dev.ferrum.service.store.ServerQuery.all()).size();

    assertThatThrownBy(() ->
            fx.manager.create(
                request(
                    "b",
                    List.of(
                        RequestedNic.onNetwork(net.id()),
                        new RequestedNic(net.id(), "10.1.0.15", null))),
                ComputeFixture.ctx()))
        .isInstanceOf(NetworkConflictException.class)
        .hasMessageContaining("10.1.0.15");

    assertThat(fx.db.servers().list(dev.ferrum.service.store.ServerQuery.all())).hasSize(servers);
    assertThat(networks().listPorts(null)).hasSize(1);
  }

  @Test
  void aFullSubnetPutsTheServerInErrorWithAFaultThatSaysSo() {
    fx = new ComputeFixture(2).startManager();
    Network net = network("tiny", "10.2.0.0/24", "10.2.0.10", "10.2.0.10");
    Server first =
        fx.manager.create(
            request("a", List.of(RequestedNic.onNetwork(net.id()))), ComputeFixture.ctx());

    Server second =
        fx.manager.create(
            request("b", List.of(RequestedNic.onNetwork(net.id()))), ComputeFixture.ctx());

    assertThat(second.vmState()).isEqualTo(VmState.ERROR);
    assertThat(second.fault().message()).contains("No more IP addresses available");
    assertThat(networks().portsOf(List.of(second.uuid()))).isEmpty();
    assertThat(awaitSettled(first.uuid()).vmState()).isEqualTo(VmState.ACTIVE);
  }

  @Test
  void aNodeWithoutEnoughNicsIsNotUsedAndAFailedBuildReleasesItsPorts() {
    fx = new ComputeFixture(0);
    fx.sim
        .control()
        .seed(
            NodeSeed.builder(2)
                .namePrefix("nonic-")
                .resourceClass("baremetal")
                .powerState("power on")
                .portsPerNode(0)
                .build());
    fx.startManager();
    Network net = network("lab", "10.1.0.0/24", "10.1.0.10", "10.1.0.20");

    Server created =
        fx.manager.create(
            request("web", List.of(RequestedNic.onNetwork(net.id()))), ComputeFixture.ctx());
    Server failed = awaitSettled(created.uuid());

    assertThat(failed.vmState()).isEqualTo(VmState.ERROR);
    assertThat(failed.fault().message()).contains("No valid host");
    assertThat(failed.addresses()).isEmpty();
    assertThat(networks().listPorts(null)).isEmpty();
    assertThat(fx.db.nodeClaims().list()).isEmpty();
  }

  @Test
  void twoNicsOnAFlatAndAVlanNetworkBecomeTwoLinksAndAVlanLink() {
    fx = new ComputeFixture(0);
    fx.sim
        .control()
        .seed(
            NodeSeed.builder(1)
                .namePrefix("twonic-")
                .resourceClass("baremetal")
                .powerState("power on")
                .portsPerNode(2)
                .build());
    fx.startManager();
    Network flat = network("flat", "10.1.0.0/24", "10.1.0.10", "10.1.0.20");
    Network vlan =
        networks()
            .createNetwork(
                new NetworkSpec("p1", "tagged", "", false, true, "vlan", null, 101, 1500));
    subnet(vlan, "10.3.0.0/24", "10.3.0.10", "10.3.0.20");

    Server created =
        fx.manager.create(
            request(
                "two",
                List.of(RequestedNic.onNetwork(flat.id()), RequestedNic.onNetwork(vlan.id()))),
            ComputeFixture.ctx());
    Server active = awaitSettled(created.uuid());

    assertThat(active.vmState()).isEqualTo(VmState.ACTIVE);
    assertThat(active.addresses())
        .extracting(ServerAddress::network)
        .containsExactly("flat", "tagged");
    List<String> macs = nodeMacs(active.nodeUuid());
    NetworkData data = fx.drives.get(fx.drives.size() - 1).networkData();
    assertThat(data.links().stream().filter(l -> l.type().equals(NetworkLink.PHY)))
        .extracting(NetworkLink::ethernetMacAddress)
        .containsExactlyInAnyOrderElementsOf(macs);
    assertThat(data.links()).anyMatch(l -> l.type().equals("vlan"));
    assertThat(data.networks()).extracting(n -> n.ipAddress()).hasSize(2);
  }

  @Test
  void twoHundredParallelCreatesOnASmallSubnetNeverShareAnAddress() throws Exception {
    fx = new ComputeFixture(25).startManager();
    Network net = network("small", "10.4.0.0/24", "10.4.0.10", "10.4.0.29");
    List<String> ids = new ArrayList<>();
    ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 200; i++) {
        int n = i;
        pool.submit(() ->
            created.add(
                fx.manager
                    .create(
                        request("s" + n, List.of(RequestedNic.onNetwork(net.id()))),
                        ComputeFixture.ctx())
                    .uuid()));
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    }
    ids.addAll(created);
    assertThat(ids).hasSize(200);

    List<Server> settled = ids.stream().map(this::awaitSettled).toList();
    Set<String> addresses = new HashSet<>();
    int withAddress = 0;
    for (Server s : settled) {
      if (s.vmState() == VmState.ACTIVE) {
        assertThat(s.addresses()).hasSize(1);
        assertThat(addresses.add(s.addresses().get(0).address()))
            .as("address %s given twice", s.addresses().get(0).address())
            .isTrue();
        withAddress++;
      } else {
        assertThat(s.fault().message()).contains("No more IP addresses available");
        assertThat(s.addresses()).isEmpty();
      }
    }
    assertThat(withAddress).isEqualTo(20);
    assertThat(networks().listPorts(null)).hasSize(20);

    ids.forEach(id -> fx.manager.delete(id, ComputeFixture.ctx()));
    ids.forEach(this::awaitGone);

    assertThat(networks().listPorts(null)).isEmpty();
    Port again =
        networks()
            .createPort(
                new dev.ferrum.service.network.PortSpec(
                    net.id(), "p1", "", "", null, true, "", "", null, false, null));
    assertThat(again.fixedIps()).hasSize(1);
  }
}
