package dev.ferrum.service.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferrum.driver.ConfigDriveBuilder;
import dev.ferrum.driver.IronicDriver;
import dev.ferrum.driver.IronicDriverConfig;
import dev.ferrum.driver.configdrive.ConfigDriveWriter;
import dev.ferrum.ironic.client.model.ConfigDrive;
import dev.ferrum.ironic.client.model.PortQuery;
import dev.ferrum.ironic.simulator.NodeSeed;
import dev.ferrum.service.network.Network;
import dev.ferrum.service.network.NetworkBackend;
import dev.ferrum.service.network.NetworkSpec;
import dev.ferrum.service.network.Subnet;
import dev.ferrum.service.network.SubnetSpec;
import dev.ferrum.service.store.Server;
import dev.ferrum.service.store.VmState;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A two-NIC server's config drive, as the bytes sent to Ironic, opened with an independent ISO
 * reader ({@code bsdtar}, Debian {@code libarchive-tools}): {@code network_data.json} holds both
 * NICs as links with their MACs, each with its static address, routes and DNS, so that cloud-init
 * configures the node without DHCP. Skipped without bsdtar, unless {@code CI=true}.
 */
class ServerConfigDriveIsoIT {
  private static final Path BSDTAR = Path.of("/usr/bin/bsdtar");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private ComputeFixture fx;

  @AfterEach
  void close() {
    if (fx != null) {
      fx.close();
    }
  }

  @Test
  void twoNicsReachTheIsoWithTheirStaticAddressesRoutesAndDns() throws Exception {
    if (!Files.isExecutable(BSDTAR)) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true but bsdtar (Debian libarchive-tools) is not installed");
      }
      assumeTrue(false, "bsdtar is not installed (Debian libarchive-tools)");
    }
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
    List<ConfigDrive> sent = new CopyOnWriteArrayList<>();
    ConfigDriveBuilder standard =
        ConfigDriveBuilder.using(ConfigDriveWriter.withDefaults("Ferrum"));
    fx.driver =
        IronicDriver.builder(
                fx.client,
                IronicDriverConfig.builder(ComputeFixture.HOST)
                    .apiRetryInterval(Duration.ofMillis(20))
                    .configDriveJson(false)
                    .build())
            .configDriveBuilder((content, structured) -> {
              ConfigDrive drive = standard.build(content, structured);
              sent.add(drive);
              return drive;
            })
            .build();
    fx.manager =
        ComputeManager.start(
            fx.db,
            fx.driver,
            fx.client,
            ComputeFixture.fastSettings(),
            ComputeFixture.HOST,
            Clock.systemUTC());
    NetworkBackend networks = fx.manager.networks();
    Network a = networks.createNetwork(NetworkSpec.flat("p1", "front", false));
    subnet(networks, a, "10.20.0", List.of(new Subnet.HostRoute("10.99.0.0/16", "10.20.0.254")));
    Network b = networks.createNetwork(NetworkSpec.flat("p1", "back", false));
    subnet(networks, b, "10.30.0", List.of());

    Server created =
        fx.manager.create(
            new CreateServerRequest(
                "two",
                fx.flavor,
                fx.image,
                null,
                null,
                Map.of(),
                null,
                null,
                null,
                List.of(
                    new RequestedNic(a.id(), "10.20.0.50", null),
                    new RequestedNic(b.id(), "10.30.0.60", null))),
            ComputeFixture.ctx());
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> fx.server(created.uuid()).vmState() == VmState.ACTIVE);
    String node = fx.server(created.uuid()).nodeUuid();
    List<String> macs =
        fx.client.ports().list(PortQuery.byNode(node)).stream()
            .map(p -> p.address().toLowerCase(Locale.ROOT))
            .toList();

    assertThat(sent).isNotEmpty();
    JsonNode data = JSON.readTree(networkData(sent.get(sent.size() - 1)));

    List<String> linkMacs = new ArrayList<>();
    data.get("links").forEach(l -> linkMacs.add(l.get("ethernet_mac_address").asText()));
    assertThat(linkMacs).containsExactlyInAnyOrderElementsOf(macs);
    JsonNode nets = data.get("networks");
    assertThat(nets).hasSize(2);
    assertThat(nets.get(0).get("ip_address").asText()).isEqualTo("10.20.0.50");
    assertThat(nets.get(0).get("netmask").asText()).isEqualTo("255.255.255.0");
    assertThat(nets.get(0).get("type").asText()).isEqualTo("ipv4");
    assertThat(nets.get(0).get("routes").toString())
        .contains("\"gateway\":\"10.20.0.1\"")
        .contains("\"network\":\"10.99.0.0\"")
        .contains("\"gateway\":\"10.20.0.254\"");
    assertThat(nets.get(0).get("services").toString()).contains("10.20.0.2");
    assertThat(nets.get(1).get("ip_address").asText()).isEqualTo("10.30.0.60");
    assertThat(nets.get(1).get("link").asText()).isNotEqualTo(nets.get(0).get("link").asText());
    assertThat(data.get("services").toString()).contains("10.20.0.2").contains("10.30.0.2");
  }

  private static void subnet(
      NetworkBackend networks, Network net, String prefix, List<Subnet.HostRoute> routes) {
    networks.createSubnet(
        new SubnetSpec(
            net.id(),
            "p1",
            net.name() + "-v4",
            "",
            4,
            prefix + ".0/24",
            prefix + ".1",
            false,
            List.of(new Subnet.AllocationPool(prefix + ".10", prefix + ".200")),
            List.of(prefix + ".2"),
            routes,
            true,
            null,
            null));
  }

  private String networkData(ConfigDrive drive) throws Exception {
    assertThat(drive).isInstanceOf(ConfigDrive.Encoded.class);
    byte[] iso;
    try (GZIPInputStream in =
        new GZIPInputStream(
            new ByteArrayInputStream(
                Base64.getDecoder().decode(((ConfigDrive.Encoded) drive).value())))) {
      iso = in.readAllBytes();
    }
    Path file = dir.resolve("config-drive.iso");
    Files.write(file, iso);
    Process p =
        new ProcessBuilder(
                BSDTAR.toString(), "-xOf", file.toString(), "openstack/latest/network_data.json")
            .redirectErrorStream(true)
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String text = new String(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("bsdtar output: %s", text).isZero();
    return text;
  }
}
