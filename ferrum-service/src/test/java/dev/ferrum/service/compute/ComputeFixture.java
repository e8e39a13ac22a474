package dev.ferrum.service.compute;

import dev.ferrum.driver.IronicDriver;
import dev.ferrum.driver.IronicDriverConfig;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.simulator.IronicSimulator;
import dev.ferrum.ironic.simulator.NodeSeed;
import dev.ferrum.service.TestDatabases;
import dev.ferrum.service.store.Database;
import dev.ferrum.service.store.Flavor;
import dev.ferrum.service.store.Image;
import dev.ferrum.service.store.ImageVisibility;
import dev.ferrum.service.store.Server;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An in-process Ironic simulator on 127.0.0.1:0 with fast transitions, a driver, a database (H2 in
 * memory, or PostgreSQL per {@link TestDatabases}) with a flavor and an image, and a started
 * manager; closes everything in reverse order.
 */
final class ComputeFixture implements AutoCloseable {
  static final String HOST = "compute-test";

  final IronicSimulator sim;
  final IronicClient client;
  final Database db;
  final Flavor flavor;
  final Image image;
  final java.util.List<dev.ferrum.driver.configdrive.ConfigDriveContent> drives =
      new java.util.concurrent.CopyOnWriteArrayList<>();
  IronicDriver driver;
  ComputeManager manager;

  /**
   * A fixture over an empty database of the kind this run tests (H2, or PostgreSQL when {@link
   * TestDatabases#PROPERTY} says so); on PostgreSQL the calling test class owns the database.
   */
  ComputeFixture(int nodes) {
    this(
        nodes,
        TestDatabases.open(
            StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass()));
  }

  ComputeFixture(int nodes, Database db) {
    sim = IronicSimulator.builder().port(0).nodes(0).build().start();
    if (nodes > 0) {
      sim.control()
          .seed(
              NodeSeed.builder(nodes)
                  .namePrefix("node-")
                  .resourceClass("baremetal")
                  .powerState("power on")
                  .build());
    }
    client =
        IronicClient.builder()
            .endpoint(sim.baseUri())
            .requestTimeout(Duration.ofSeconds(10))
            .build();
    this.db = db;
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    flavor =
        db.flavors()
            .find("bm")
            .orElseGet(() ->
                db.flavors()
                    .create(
                        Flavor.builder("bm", "baremetal")
                            .size(8, 16384, 100)
                            .extraSpecs(Map.of("resources:CUSTOM_BAREMETAL", "1"))
                            .createdAt(now)
                            .build()));
    image =
        db.images()
            .find("11111111-2222-3333-4444-555555555555")
            .orElseGet(() ->
                db.images()
                    .create(
                        new Image(
                            "11111111-2222-3333-4444-555555555555",
                            "ubuntu",
                            "http://127.0.0.1:1/ubuntu.raw",
                            "0123456789abcdef0123456789abcdef",
                            "raw",
                            "bare",
                            null,
                            ImageVisibility.PUBLIC,
                            "active",
                            0,
                            0,
                            Map.of(),
                            "admin-project",
                            now,
                            now)));
  }

  ComputeFixture startManager(ComputeSettings settings) {
    driver =
        IronicDriver.builder(
                client,
                IronicDriverConfig.builder(HOST).apiRetryInterval(Duration.ofMillis(20)).build())
            .configDriveBuilder((content, structured) -> {
              drives.add(content);
              return dev.ferrum.driver.ConfigDriveBuilder.using(
                      dev.ferrum.driver.configdrive.ConfigDriveWriter.withDefaults("Ferrum"))
                  .build(content, structured);
            })
            .build();
    manager = ComputeManager.start(db, driver, client, settings, HOST, Clock.systemUTC());
    return this;
  }

  ComputeFixture startManager() {
    return startManager(fastSettings());
  }

  static ComputeSettings fastSettings() {
    return ComputeSettings.builder()
        .nodeRefreshInterval(Duration.ofHours(1))
        .powerSyncInterval(Duration.ofHours(1))
        .vanishedNodeInterval(Duration.ofHours(1))
        .softPowerOffTimeout(Duration.ofSeconds(5))
        .resumePollInterval(Duration.ofMillis(20))
        .buildResumeTimeout(Duration.ofSeconds(20))
        .build();
  }

  /** Stops the manager and driver only (a "crash"), keeping simulator and database. */
  void stopManager() {
    if (manager != null) {
      manager.close();
      manager = null;
    }
    if (driver != null) {
      driver.close();
      driver = null;
    }
  }

  static RequestContext ctx() {
    return new RequestContext("alice", "p1", "req-" + UUID.randomUUID());
  }

  CreateServerRequest request(String name) {
    return new CreateServerRequest(name, flavor, image, null, null, Map.of(), null, null, null);
  }

  Server server(String uuid) {
    return db.servers().find(uuid).orElse(null);
  }

  @Override
  public void close() {
    stopManager();
    client.close();
    sim.close();
    db.close();
  }
}
