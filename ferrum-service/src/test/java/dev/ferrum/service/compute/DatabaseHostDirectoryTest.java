package dev.ferrum.service.compute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrum.driver.IronicDriver;
import dev.ferrum.driver.IronicDriverConfig;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.simulator.IronicSimulator;
import dev.ferrum.service.EmbeddedDefaults;
import dev.ferrum.service.compute.internal.DatabaseHostDirectory;
import dev.ferrum.service.store.ComputeService;
import dev.ferrum.service.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DatabaseHostDirectoryTest {
  private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
  private final Database db = Database.h2InMemory();

  @AfterEach
  void close() {
    db.close();
  }

  private String register(String host, Instant heartbeat) {
    ComputeService s = db.services().register(host, ComputeService.COMPUTE_BINARY, 1, NOW);
    db.services().heartbeat(s.id(), heartbeat);
    return s.id();
  }

  @Test
  void enabledComputeServicesAreMembersAndUpWhileTheirHeartbeatIsFresh() {
    register("alive", NOW.minusSeconds(10));
    register("stale", NOW.minusSeconds(61));
    String off = register("off", NOW);
    db.services().setDisabled(off, true, "maintenance", NOW);
    db.services().register("alive", "ferrum-api", 1, NOW);
    var directory = new DatabaseHostDirectory(db, Clock.fixed(NOW, ZoneOffset.UTC));

    assertThat(directory.ironicComputeHosts()).containsExactlyInAnyOrder("alive", "stale");
    assertThat(directory.isUp("alive")).isTrue();
    assertThat(directory.isUp("stale")).isFalse();
    assertThat(directory.isUp("never-registered")).isFalse();
  }

  @Test
  void twoServicesSharingTheDatabaseSplitTheNodesAndOneTakesOverWhenTheOtherDies() {
    Instant now = Instant.now();
    register("compute-a", now);
    String b = register("compute-b", now);
    try (IronicSimulator sim = EmbeddedDefaults.startSimulator();
        IronicClient client = IronicClient.builder().endpoint(sim.baseUri()).build();
        IronicDriver a = driver(client, "compute-a");
        IronicDriver other = driver(client, "compute-b")) {
      List<String> ofA = a.availableNodes();
      List<String> ofB = other.availableNodes();
      assertThat(ofA).isNotEmpty().doesNotContainAnyElementsOf(ofB);
      assertThat(ofB).isNotEmpty();
      Set<String> all = new HashSet<>(ofA);
      all.addAll(ofB);
      assertThat(all).hasSize(EmbeddedDefaults.NODES);

      db.services().heartbeat(b, now.minusSeconds(120));
      assertThat(a.availableNodes()).hasSize(EmbeddedDefaults.NODES);
    }
  }

  private IronicDriver driver(IronicClient client, String host) {
    IronicDriver d =
        IronicDriver.builder(client, IronicDriverConfig.defaults(host))
            .hostDirectory(new DatabaseHostDirectory(db, Clock.systemUTC()))
            .build();
    d.initHost();
    return d;
  }
}
