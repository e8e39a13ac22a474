package dev.ferrum.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.service.ConcurrentUpdateException;
import dev.ferrum.service.DuplicateException;
import dev.ferrum.service.NotFoundException;
import dev.ferrum.service.UnexpectedTaskStateException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One behavioural suite for every repository, run against each database engine by a subclass, so
 * that H2 (the embedded default) and PostgreSQL (production) provably behave the same.
 */
abstract class RepositoryContract {
  /** A time the databases store exactly (microsecond precision). */
  static final Instant T0 = Instant.parse("2026-11-24T10:15:30.123456Z");

  Database db;

  /** Opens a fresh, migrated, empty database. */
  abstract Database openFreshDatabase() throws Exception;

  @BeforeEach
  void open() throws Exception {
    db = openFreshDatabase();
  }

  @AfterEach
  void close() {
    db.close();
  }

  static Flavor smallFlavor() {
    return Flavor.builder("bm.small", "baremetal-small")
        .size(8, 16_384, 100)
        .ephemeralGb(10)
        .swapMb(512)
        .description("Small bare-metal nodes")
        .extraSpecs(Map.of("resources:CUSTOM_BAREMETAL_SMALL", "1", "resources:VCPU", "0"))
        .createdAt(T0)
        .build();
  }

  static Server newServer(String name, String project) {
    return Server.builder(UUID.randomUUID().toString(), name, project, "alice", smallFlavor())
        .imageId(UUID.randomUUID().toString())
        .keyName("mykey")
        .metadata(Map.of("role", "db"))
        .configDrive(true)
        .userData("I2Nsb3VkLWNvbmZpZw==")
        .createdAt(T0)
        .build();
  }

  // ---------------------------------------------------------------- flavors

  @Test
  void flavorRoundTripsWithExtraSpecs() {
    Flavor created = db.flavors().create(smallFlavor());

    assertThat(created).isEqualTo(smallFlavor());
    assertThat(db.flavors().get("bm.small").extraSpecs())
        .containsEntry("resources:CUSTOM_BAREMETAL_SMALL", "1")
        .hasSize(2);
  }

  @Test
  void flavorIdAndNameAreUnique() {
    db.flavors().create(smallFlavor());

    assertThatThrownBy(() -> db.flavors().create(smallFlavor()))
        .isInstanceOf(DuplicateException.class)
        .hasMessageContaining("ID bm.small");
    Flavor sameName = Flavor.builder("other", "baremetal-small").createdAt(T0).build();
    assertThatThrownBy(() -> db.flavors().create(sameName))
        .isInstanceOf(DuplicateException.class)
        .hasMessageContaining("name baremetal-small");
    assertThat(db.flavors().list()).hasSize(1);
  }

  @Test
  void unknownFlavorIsNotFound() {
    assertThat(db.flavors().find("nope")).isEmpty();
    assertThatThrownBy(() -> db.flavors().get("nope")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> db.flavors().delete("nope")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void extraSpecsMergeAndDelete() {
    db.flavors().create(smallFlavor());

    Flavor updated =
        db.flavors()
            .putExtraSpecs("bm.small", Map.of("resources:VCPU", "2", "trait:X", "required"));

    assertThat(updated.extraSpecs())
        .containsEntry("resources:VCPU", "2")
        .containsEntry("trait:X", "required")
        .containsEntry("resources:CUSTOM_BAREMETAL_SMALL", "1");
    db.flavors().deleteExtraSpec("bm.small", "trait:X");
    assertThat(db.flavors().get("bm.small").extraSpecs()).doesNotContainKey("trait:X");
    assertThatThrownBy(() -> db.flavors().deleteExtraSpec("bm.small", "trait:X"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> db.flavors().putExtraSpecs("nope", Map.of("a", "b")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void privateFlavorsAreVisibleOnlyWithAccess() {
    db.flavors().create(smallFlavor());
    Flavor secret =
        db.flavors()
            .create(Flavor.builder("bm.secret", "secret").isPublic(false).createdAt(T0).build());
    db.flavors().addProjectAccess("bm.secret", "p1");

    assertThat(db.flavors().listVisibleTo("p1"))
        .extracting(Flavor::id)
        .containsExactly("bm.secret", "bm.small");
    assertThat(db.flavors().listVisibleTo("p2")).extracting(Flavor::id).containsExactly("bm.small");
    assertThat(db.flavors().isAccessible(secret, "p1")).isTrue();
    assertThat(db.flavors().isAccessible(secret, "p2")).isFalse();
    assertThat(db.flavors().projectAccess("bm.secret")).containsExactly("p1");
    assertThatThrownBy(() -> db.flavors().addProjectAccess("bm.secret", "p1"))
        .isInstanceOf(DuplicateException.class);
    assertThatThrownBy(() -> db.flavors().addProjectAccess("nope", "p1"))
        .isInstanceOf(NotFoundException.class);
    db.flavors().removeProjectAccess("bm.secret", "p1");
    assertThat(db.flavors().listVisibleTo("p1")).extracting(Flavor::id).containsExactly("bm.small");
    assertThatThrownBy(() -> db.flavors().removeProjectAccess("bm.secret", "p1"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void deletingAFlavorRemovesItsSpecsAndAccess() {
    db.flavors().create(smallFlavor());
    db.flavors().addProjectAccess("bm.small", "p1");

    db.flavors().delete("bm.small");

    assertThat(db.flavors().list()).isEmpty();
    db.flavors().create(smallFlavor().withExtraSpecs(Map.of()));
    assertThat(db.flavors().get("bm.small").extraSpecs()).isEmpty();
    assertThat(db.flavors().projectAccess("bm.small")).isEmpty();
  }

  // ---------------------------------------------------------------- images

  static Image image(String id, String name, ImageVisibility visibility, String owner, Instant at) {
    return new Image(
        id,
        name,
        "http://127.0.0.1:8080/images/" + name + ".qcow2",
        "0123456789abcdef0123456789abcdef",
        "qcow2",
        "bare",
        123_456_789L,
        visibility,
        "active",
        10,
        0,
        Map.of("os_distro", "ubuntu"),
        owner,
        at,
        at);
  }

  @Test
  void imageRoundTripsNewestFirst() {
    String a = UUID.randomUUID().toString();
    String b = UUID.randomUUID().toString();
    Image first = db.images().create(image(a, "ubuntu", ImageVisibility.PUBLIC, "admin", T0));
    db.images().create(image(b, "debian", ImageVisibility.PRIVATE, "p1", T0.plusSeconds(5)));

    assertThat(first).isEqualTo(image(a, "ubuntu", ImageVisibility.PUBLIC, "admin", T0));
    assertThat(db.images().list()).extracting(Image::id).containsExactly(b, a);
    assertThat(db.images().get(b).visibleTo("p1")).isTrue();
    assertThat(db.images().get(b).visibleTo("p2")).isFalse();
  }

  @Test
  void imageDeleteAndDuplicates() {
    String id = UUID.randomUUID().toString();
    db.images().create(image(id, "x", ImageVisibility.PUBLIC, null, T0));

    assertThatThrownBy(() -> db.images().create(image(id, "y", ImageVisibility.PUBLIC, null, T0)))
        .isInstanceOf(DuplicateException.class);
    db.images().delete(id);
    assertThat(db.images().find(id)).isEmpty();
    assertThatThrownBy(() -> db.images().delete(id)).isInstanceOf(NotFoundException.class);
  }

  // ---------------------------------------------------------------- keypairs

  static KeyPair key(String user, String name) {
    return new KeyPair(user, name, "p1", "ssh-ed25519 AAAAC3Nza " + name, "aa:bb", "ssh", T0);
  }

  @Test
  void keyPairsArePerUser() {
    db.keyPairs().create(key("alice", "k1"));
    db.keyPairs().create(key("alice", "k0"));
    db.keyPairs().create(key("bob", "k1"));

    assertThat(db.keyPairs().list("alice")).extracting(KeyPair::name).containsExactly("k0", "k1");
    assertThat(db.keyPairs().find("bob", "k1")).contains(key("bob", "k1"));
    assertThatThrownBy(() -> db.keyPairs().create(key("alice", "k1")))
        .isInstanceOf(DuplicateException.class);
    db.keyPairs().delete("alice", "k1");
    assertThat(db.keyPairs().find("alice", "k1")).isEmpty();
    assertThat(db.keyPairs().find("bob", "k1")).isPresent();
    assertThatThrownBy(() -> db.keyPairs().delete("alice", "k1"))
        .isInstanceOf(NotFoundException.class);
  }

  // ---------------------------------------------------------------- servers

  @Test
  void serverRoundTripsEveryField() {
    Server s =
        newServer("web-1", "p1").toBuilder()
            .nodeUuid(UUID.randomUUID().toString())
            .host("ferrum-1")
            .accessIps("192.0.2.10", "2001:db8::10")
            .addresses(
                List.of(
                    new ServerAddress("provisioning", 4, "10.0.0.5", "52:54:00:12:34:56", "fixed"),
                    new ServerAddress("provisioning", 6, "fd00::5", null, "fixed")))
            .fault(new ServerFault(500, "No valid host", "All nodes busy", T0))
            .launchedAt(T0.plusSeconds(1))
            .build();

    Server stored = db.servers().create(s);

    assertThat(stored).isEqualTo(s);
    assertThat(stored.version()).isZero();
    assertThat(stored.flavor().extraSpecs()).containsKey("resources:CUSTOM_BAREMETAL_SMALL");
  }

  @Test
  void serverListFiltersByProjectNameAndHost() {
    Server a = db.servers().create(newServer("a", "p1").toBuilder().host("h1").build());
    Server b =
        db.servers().create(newServer("b", "p1").toBuilder().createdAt(T0.plusSeconds(1)).build());
    db.servers().create(newServer("a", "p2"));

    assertThat(db.servers().list(ServerQuery.all())).hasSize(3);
    assertThat(db.servers().list(ServerQuery.project("p1")))
        .extracting(Server::uuid)
        .containsExactly(b.uuid(), a.uuid());
    assertThat(db.servers().list(ServerQuery.all().withName("a"))).hasSize(2);
    assertThat(db.servers().list(ServerQuery.all().withHost("h1")))
        .extracting(Server::uuid)
        .containsExactly(a.uuid());
  }

  @Test
  void saveWritesChangesAndBumpsTheVersion() {
    Server s = db.servers().create(newServer("web", "p1"));
    String node = UUID.randomUUID().toString();

    Server saved =
        db.servers()
            .save(
                s.toBuilder().nodeUuid(node).taskState(TaskState.SPAWNING).host("h1").build(),
                ExpectedTaskState.oneOf(TaskState.SCHEDULING));

    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.taskState()).isEqualTo(TaskState.SPAWNING);
    assertThat(saved.nodeUuid()).isEqualTo(node);
    assertThat(saved.updatedAt()).isNotNull();
    assertThat(db.servers().findByNode(node)).map(Server::uuid).contains(s.uuid());
    Server active =
        db.servers()
            .save(
                saved.toBuilder()
                    .vmState(VmState.ACTIVE)
                    .taskState(null)
                    .powerState(PowerState.RUNNING)
                    .build(),
                ExpectedTaskState.oneOf(TaskState.SPAWNING));
    assertThat(active.taskState()).isNull();
    assertThat(active.powerState()).isEqualTo(PowerState.RUNNING);
    assertThat(active.version()).isEqualTo(2);
  }

  @Test
  void saveRefusesAnUnexpectedTaskState() {
    Server s = db.servers().create(newServer("web", "p1"));

    assertThatThrownBy(() ->
            db.servers()
                .save(
                    s.toBuilder().taskState(TaskState.DELETING).build(), ExpectedTaskState.none()))
        .isInstanceOf(UnexpectedTaskStateException.class)
        .hasMessageContaining("expecting [None]")
        .hasMessageContaining("scheduling");
    assertThat(db.servers().get(s.uuid()).version()).isZero();
  }

  @Test
  void saveRefusesAStaleVersion() {
    Server s = db.servers().create(newServer("web", "p1"));
    db.servers().save(s.toBuilder().name("renamed").build(), ExpectedTaskState.any());

    assertThatThrownBy(
            () -> db.servers().save(s.toBuilder().name("other").build(), ExpectedTaskState.any()))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(db.servers().get(s.uuid()).name()).isEqualTo("renamed");
  }

  @Test
  void noneOrAcceptsNoTaskAndListedTasks() {
    Server s = db.servers().create(newServer("web", "p1").toBuilder().taskState(null).build());

    Server rebooting =
        db.servers()
            .save(
                s.toBuilder().taskState(TaskState.REBOOTING).build(),
                ExpectedTaskState.noneOr(TaskState.REBOOTING));
    Server hard =
        db.servers()
            .save(
                rebooting.toBuilder().taskState(TaskState.REBOOTING_HARD).build(),
                ExpectedTaskState.noneOr(TaskState.REBOOTING));

    assertThat(hard.taskState()).isEqualTo(TaskState.REBOOTING_HARD);
  }

  @Test
  void deletedServersDisappearButKeepTheirRow() {
    Server s = db.servers().create(newServer("web", "p1"));

    db.servers().markDeleted(s.uuid(), T0.plusSeconds(9));

    assertThat(db.servers().find(s.uuid())).isEmpty();
    assertThat(db.servers().list(ServerQuery.all())).isEmpty();
    List<Server> withDeleted = db.servers().list(ServerQuery.all().withDeleted());
    assertThat(withDeleted)
        .singleElement()
        .satisfies(d -> {
          assertThat(d.deleted()).isTrue();
          assertThat(d.deletedAt()).isEqualTo(T0.plusSeconds(9));
        });
    assertThatThrownBy(() -> db.servers().markDeleted(s.uuid(), T0))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> db.servers().save(s, ExpectedTaskState.any()))
        .isInstanceOf(NotFoundException.class);
  }

  // ---------------------------------------------------------------- actions

  @Test
  void actionsAndEventsRecordHistory() {
    String server = UUID.randomUUID().toString();
    db.actions()
        .start(new InstanceAction(server, "req-1", "create", "alice", "p1", T0, null, null));
    db.actions()
        .start(
            new InstanceAction(
                server, "req-2", "reboot", "alice", "p1", T0.plusSeconds(60), null, null));
    db.actions().startEvent(server, "req-1", "compute__do_build_and_run_instance", T0);
    db.actions()
        .finishEvent(
            server,
            "req-1",
            "compute__do_build_and_run_instance",
            T0.plusSeconds(30),
            "Error",
            "deploy failed");
    db.actions().finish(server, "req-1", T0.plusSeconds(30), "Error");

    assertThat(db.actions().list(server))
        .extracting(InstanceAction::requestId)
        .containsExactly("req-2", "req-1");
    InstanceAction create = db.actions().find(server, "req-1").orElseThrow();
    assertThat(create.finishTime()).isEqualTo(T0.plusSeconds(30));
    assertThat(create.message()).isEqualTo("Error");
    assertThat(db.actions().events(server, "req-1"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.result()).isEqualTo("Error");
          assertThat(e.details()).isEqualTo("deploy failed");
        });
  }

  @Test
  void eventsNeedTheirAction() {
    String server = UUID.randomUUID().toString();

    assertThatThrownBy(() -> db.actions().startEvent(server, "req-x", "e", T0))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> db.actions().finish(server, "req-x", T0, null))
        .isInstanceOf(NotFoundException.class);
    db.actions().start(new InstanceAction(server, "req-x", "create", "u", "p", T0, null, null));
    assertThatThrownBy(() ->
            db.actions()
                .start(new InstanceAction(server, "req-x", "create", "u", "p", T0, null, null)))
        .isInstanceOf(DuplicateException.class);
    assertThatThrownBy(() -> db.actions().finishEvent(server, "req-x", "e", T0, "Success", null))
        .isInstanceOf(NotFoundException.class);
  }

  // ---------------------------------------------------------------- services

  @Test
  void servicesRegisterOnceAndHeartbeat() {
    ComputeService first = db.services().register("host-a", "ferrum-compute", 1, T0);
    ComputeService again = db.services().register("host-a", "ferrum-compute", 2, T0.plusSeconds(1));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.version()).isEqualTo(2);
    assertThat(first.isUp(T0, java.time.Duration.ofSeconds(60))).isFalse();
    db.services().heartbeat(first.id(), T0.plusSeconds(10));
    ComputeService beat = db.services().find("host-a", "ferrum-compute").orElseThrow();
    assertThat(beat.heartbeatAt()).isEqualTo(T0.plusSeconds(10));
    assertThat(beat.isUp(T0.plusSeconds(69), java.time.Duration.ofSeconds(60))).isTrue();
    assertThat(beat.isUp(T0.plusSeconds(71), java.time.Duration.ofSeconds(60))).isFalse();
    ComputeService off = db.services().setDisabled(first.id(), true, "maintenance", T0);
    assertThat(off.disabled()).isTrue();
    assertThat(off.disabledReason()).isEqualTo("maintenance");
    assertThat(db.services().list()).hasSize(1);
    assertThatThrownBy(() -> db.services().heartbeat("nope", T0))
        .isInstanceOf(NotFoundException.class);
  }

  // ---------------------------------------------------------------- node claims

  @Test
  void aNodeHasAtMostOneClaim() {
    String node = UUID.randomUUID().toString();

    assertThat(db.nodeClaims().claim(node, "s1", T0)).isTrue();
    assertThat(db.nodeClaims().claim(node, "s2", T0)).isFalse();
    assertThat(db.nodeClaims().find(node)).contains(new NodeClaim(node, "s1", T0));
    assertThat(db.nodeClaims().findByServer("s1")).map(NodeClaim::nodeUuid).contains(node);
    assertThat(db.nodeClaims().release(node, "s2")).isFalse();
    assertThat(db.nodeClaims().release(node, "s1")).isTrue();
    assertThat(db.nodeClaims().claim(node, "s2", T0)).isTrue();
    assertThat(db.nodeClaims().list()).extracting(NodeClaim::serverUuid).containsExactly("s2");
  }

  @Test
  void concurrentClaimsHaveExactlyOneWinner() throws Exception {
    String node = UUID.randomUUID().toString();
    int contenders = 16;
    List<Future<Boolean>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < contenders; i++) {
        String server = "s" + i;
        results.add(pool.submit(() -> db.nodeClaims().claim(node, server, T0)));
      }
      int winners = 0;
      for (Future<Boolean> f : results) {
        winners += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    }
    assertThat(db.nodeClaims().list()).hasSize(1);
  }

  @Test
  void timestampsKeepMicroseconds() {
    Instant precise = T0.truncatedTo(ChronoUnit.MICROS);
    db.nodeClaims().claim("n", "s", precise);

    assertThat(db.nodeClaims().find("n").orElseThrow().claimedAt()).isEqualTo(precise);
  }
}
