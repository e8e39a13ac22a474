package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ferrum.driver.IronicDriver;
import dev.ferrum.driver.IronicDriverConfig;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.simulator.IronicSimulator;
import dev.ferrum.service.EmbeddedDefaults;
import dev.ferrum.service.compute.ComputeManager;
import dev.ferrum.service.compute.ComputeSettings;
import dev.ferrum.service.network.NetworkBackends;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link ApiTestSupport} with the compute endpoints (and the network API): the embedded catalog, an
 * in-process simulator with the embedded nodes, a driver and a started manager registered (and
 * heartbeating once) as a compute service; so that tests of server scoping talk to the real
 * manager, not a stub.
 */
abstract class ComputeApiTestSupport extends ApiTestSupport {
  static final String HOST = "compute-api-test";
  static final Duration WAIT = Duration.ofSeconds(30);

  IronicSimulator sim;
  IronicClient client;
  IronicDriver driver;
  ComputeManager compute;
  String serviceId;

  @BeforeEach
  @Override
  void startServer() {
    db = openDatabase();
    EmbeddedDefaults.seedCatalog(db);
    sim = EmbeddedDefaults.startSimulator();
    client = IronicClient.builder().endpoint(sim.baseUri()).build();
    driver =
        IronicDriver.builder(
                client,
                IronicDriverConfig.builder(HOST).apiRetryInterval(Duration.ofMillis(20)).build())
            .build();
    compute =
        ComputeManager.start(
            db,
            driver,
            client,
            ComputeSettings.builder().softPowerOffTimeout(Duration.ofSeconds(5)).build(),
            HOST,
            Clock.systemUTC());
    var registered = db.services().register(HOST, "ferrum-compute", 1, Instant.now());
    db.services().heartbeat(registered.id(), Instant.now());
    serviceId = registered.id();
    network = NetworkBackends.builtin(db, Clock.systemUTC());
    server = ApiServer.start(baseConfig().serviceHost(HOST).build(), db, compute, network);
  }

  @AfterEach
  @Override
  void stopServer() {
    server.close();
    compute.close();
    driver.close();
    client.close();
    sim.close();
    db.close();
  }

  /** Creates a server from the embedded image and flavor; asserts the 202. */
  Resp createServer(String token, String name) {
    Resp r =
        post(
            "/v2.1/servers",
            token,
            json(
                "{'server': {'name': '"
                    + name
                    + "', 'imageRef': '"
                    + EmbeddedDefaults.IMAGE_ID
                    + "', 'flavorRef': '"
                    + EmbeddedDefaults.FLAVOR
                    + "'}}"));
    assertThat(r.status()).as(r.text()).isEqualTo(202);
    return r;
  }

  /** Waits (at most {@link #WAIT}) until the server shows ACTIVE to {@code token}. */
  void awaitActive(String token, String id) {
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(30))
        .until(() ->
            "ACTIVE"
                .equals(get("/v2.1/servers/" + id, token).json().at("/server/status").asText()));
  }
}
