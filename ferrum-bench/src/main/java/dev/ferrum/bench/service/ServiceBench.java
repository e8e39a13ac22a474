package dev.ferrum.bench.service;

import dev.ferrum.driver.IronicDriverConfig;
import dev.ferrum.ironic.client.auth.IronicAuth;
import dev.ferrum.ironic.simulator.IronicSimulator;
import dev.ferrum.ironic.simulator.NodeSeed;
import dev.ferrum.service.DatabaseSettings;
import dev.ferrum.service.EmbeddedDefaults;
import dev.ferrum.service.FerrumService;
import dev.ferrum.service.IronicConnection;
import dev.ferrum.service.Role;
import dev.ferrum.service.ServiceConfig;
import dev.ferrum.service.TokenCredential;
import dev.ferrum.service.UserCredential;
import dev.ferrum.service.compute.ComputeSettings;
import dev.ferrum.service.store.Database;
import dev.ferrum.service.store.Flavor;
import dev.ferrum.service.store.PowerState;
import dev.ferrum.service.store.Server;
import dev.ferrum.service.store.VmState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The pieces the service benchmarks share: a simulator with bare-metal nodes, an in-process service
 * on H2 in a temporary directory, credentials, and servers seeded straight into the database.
 */
final class ServiceBench {
  static final String HOST = "bench-compute";
  static final String ADMIN_TOKEN = "bench-admin-token";
  static final String MEMBER = "bench-member";
  static final String MEMBER_PASSWORD = "bench-member-pw";

  /** Projects the seeded servers are spread over; the member belongs to the first one. */
  static final int PROJECTS = 10;

  private ServiceBench() {}

  static String project(int i) {
    return "bench-project-" + (i % PROJECTS);
  }

  /**
   * Starts an empty simulator on a free loopback port whose deploy step takes {@code deployTime}.
   */
  static IronicSimulator simulator(Duration deployTime) {
    IronicSimulator sim =
        IronicSimulator.builder()
            .host("127.0.0.1")
            .port(0)
            .nodes(0)
            .timing("deploying", deployTime)
            .build();
    sim.start();
    return sim;
  }

  /**
   * Seeds {@code count} bare-metal nodes (resource class {@code baremetal}, one port each), powered
   * on, in {@code provisionState}.
   *
   * @return their UUIDs
   */
  static List<String> seedNodes(IronicSimulator sim, int count, String provisionState) {
    return sim.control()
        .seed(
            NodeSeed.builder(count)
                .namePrefix("bench-")
                .resourceClass("baremetal")
                .powerState("power on")
                .provisionState(provisionState)
                .portsPerNode(1)
                .build());
  }

  /** The service config: H2 in {@code dataDir}, a free port, admin token and member user. */
  static ServiceConfig.Builder config(Path dataDir, IronicSimulator sim, ComputeSettings compute) {
    return ServiceConfig.builder()
        .port(0)
        .serviceHost(HOST)
        .database(new DatabaseSettings.H2File(dataDir))
        .token(new TokenCredential(ADMIN_TOKEN, "admin", "admin", Role.ADMIN))
        .user(new UserCredential(MEMBER, MEMBER_PASSWORD, project(0), Role.MEMBER))
        .ironic(IronicConnection.endpoint(sim.baseUri(), IronicAuth.none()))
        .driverConfig(IronicDriverConfig.builder(HOST).build())
        .compute(compute);
  }

  /** Starts the service in this JVM and seeds the embedded flavors and image. */
  static FerrumService startService(ServiceConfig config) {
    FerrumService service = FerrumService.start(config);
    EmbeddedDefaults.seedCatalog(service.database());
    return service;
  }

  /**
   * Inserts one ACTIVE server per node through the repository (the API would deploy each for real),
   * round-robin over {@link #PROJECTS} projects, on this host, created one millisecond apart;
   * {@code firstIndex} numbers the names (and picks the projects) after earlier seeds.
   *
   * @return how many servers were inserted
   */
  static int seedServers(Database db, List<String> nodeUuids, int firstIndex) {
    Flavor flavor =
        db.flavors()
            .find(EmbeddedDefaults.FLAVOR)
            .orElseThrow(() -> new IllegalStateException("catalog not seeded"));
    Instant base = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(3600);
    for (int k = 0; k < nodeUuids.size(); k++) {
      int i = firstIndex + k;
      String id = UUID.randomUUID().toString();
      Instant created = base.plusMillis(i);
      db.servers()
          .create(
              Server.builder(id, "bench-" + i, project(i), "bench-user", flavor)
                  .imageId(EmbeddedDefaults.IMAGE_ID)
                  .nodeUuid(nodeUuids.get(k))
                  .vmState(VmState.ACTIVE)
                  .taskState(null)
                  .powerState(PowerState.RUNNING)
                  .host(HOST)
                  .hostname("bench-" + i)
                  .launchedAt(created)
                  .createdAt(created)
                  .build());
    }
    return nodeUuids.size();
  }

  static Path tempDir(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a temporary directory tree, ignoring what cannot be deleted. */
  static void deleteTree(Path dir) {
    Objects.requireNonNull(dir, "dir");
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a temporary directory
    }
  }
}
