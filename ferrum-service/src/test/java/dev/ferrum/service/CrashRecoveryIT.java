package dev.ferrum.service;

import static dev.ferrum.service.JsonHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #5: the service is SIGKILLed while 20 builds and 5 deletes are in flight, then started
 * again on the same database and Ironic. Every server must end ACTIVE, ERROR (with a fault) or
 * deleted; none may stay in BUILD or DELETING; every Ironic node carrying an instance must carry a
 * live server, and the deleted servers' nodes must be free.
 *
 * <p>The simulator and the service are separate processes (the service must really die without its
 * shutdown hook); their logs are in {@code target/crash-recovery/} and printed on failure.
 */
class CrashRecoveryIT {
  private static final String TOKEN = "crash-admin-token-5e1f";
  private static final Path LOGS = Path.of("target", "crash-recovery");
  private static final int NODES = 32;
  private static final int FIRST = 5;
  private static final int CONCURRENT = 20;
  private static final int DELETES = 5;
  private static final int DEPLOYING_AT_KILL = 5;
  private static final Duration START = Duration.ofSeconds(90);
  private static final Duration SETTLE = Duration.ofSeconds(180);
  private static final long POLL = 20;
  private static final List<String> JVM =
      List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto");

  @TempDir Path tmp;

  private final List<JavaProcess> started = new ArrayList<>();

  @AfterEach
  void stopEverything() {
    for (JavaProcess p : started.reversed()) {
      p.close();
    }
  }

  @Test
  void sigkillDuringBuildsAndDeletesLeavesNothingInFlightAfterRestart() throws Exception {
    try {
      scenario();
    } catch (Throwable t) {
      started.forEach(JavaProcess::printLog);
      throw t;
    }
  }

  private void scenario() throws Exception {
    Path logback = writeLogbackConfig();
    JavaProcess sim =
        start(
            "simulator",
            List.of(),
            "dev.ferrum.ironic.simulator.SimulatorMain",
            List.of(
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--nodes",
                String.valueOf(NODES),
                "--deploy-time",
                "PT5S",
                "--clean-time",
                "PT3S",
                "--step-time",
                "PT1S",
                "--automated-clean"));
    URI ironicUri = URI.create(sim.awaitLine(l -> l.startsWith("http://"), START).strip());
    IronicProbe ironic = new IronicProbe(ironicUri);
    assertThat(ironic.powerOnAll()).isEqualTo(NODES);
    await("every node powered on", ironic::allPoweredOn);
    Path config = writeServiceConfig(ironicUri);
    List<String> serviceJvm = new ArrayList<>(JVM);
    serviceJvm.add("-Dlogback.configurationFile=" + logback);

    int port = freePort();
    JavaProcess first = startService("service-1", serviceJvm, config, port);
    JsonHttp api = new JsonHttp(URI.create("http://127.0.0.1:" + port), TOKEN);
    seedCatalog(api);

    List<String> initial = new ArrayList<>();
    for (int i = 0; i < FIRST; i++) {
      initial.add(createServer(api, "first-" + i));
    }
    await(
        "the first servers ACTIVE",
        () -> {
          List<String> states = initial.stream().map(id -> status(api, id)).toList();
          assertThat(states).as("the first servers").doesNotContain("ERROR");
          return states.stream().allMatch("ACTIVE"::equals);
        });
    Map<String, String> nodeOfDeleted = new HashMap<>();
    Map<String, String> byInstance = ironic.instancesOnNodes();
    for (String id : initial) {
      nodeOfDeleted.put(id, byInstance.get(id));
    }
    assertThat(nodeOfDeleted.values()).doesNotContainNull();

    List<String> created = concurrentCreatesAndDeletes(api, initial);
    await(
        "builds in spawning with their nodes deploying",
        () -> countTask(api, "spawning") >= 1 && ironic.deploying().size() >= DEPLOYING_AT_KILL);
    Set<String> deployingAtKill = ironic.deploying();
    Map<String, Long> atKill = taskStates(api);

    int exit = first.kill();
    assertThat(first.handle().isAlive()).isFalse();
    assertThat(exit).as("exit value of a SIGKILLed JVM").isEqualTo(137);
    System.out.println(
        "killed the service with task states "
            + atKill
            + ", "
            + deployingAtKill.size()
            + " deploying");

    int port2 = freePort();
    startService("service-2", serviceJvm, config, port2);
    JsonHttp api2 = new JsonHttp(URI.create("http://127.0.0.1:" + port2), TOKEN);

    await(
        "no server in BUILD or DELETING",
        () -> servers(api2).stream().noneMatch(CrashRecoveryIT::inFlight));
    List<JsonNode> after = servers(api2);
    System.out.println(
        "after restart: "
            + after.stream()
                .collect(
                    Collectors.groupingBy(
                        s -> s.get("status").asText(), TreeMap::new, Collectors.counting())));
    for (JsonNode s : after) {
      String status = s.get("status").asText();
      assertThat(status).as("status of %s", s.get("id")).isIn("ACTIVE", "ERROR");
      assertThat(s.get("OS-EXT-STS:task_state").isNull()).as("task of %s", s.get("id")).isTrue();
      if (status.equals("ERROR")) {
        assertThat(s.at("/fault/message").asText()).as("fault of %s", s.get("id")).isNotBlank();
      }
    }
    Set<String> live = after.stream().map(s -> s.get("id").asText()).collect(Collectors.toSet());
    assertThat(live).containsExactlyInAnyOrderElementsOf(created);
    for (String id : initial) {
      assertThat(api2.get("/v2.1/servers/" + id).status())
          .as("deleted server %s", id)
          .isEqualTo(404);
    }
    for (String id : deployingAtKill) {
      assertThat(status(api2, id)).as("resumed build %s", id).isEqualTo("ACTIVE");
    }
    Map<String, String> carried = ironic.instancesOnNodes();
    assertThat(live).containsAll(carried.keySet());
    for (JsonNode s : after) {
      if (s.get("status").asText().equals("ACTIVE")) {
        assertThat(carried).as("node of ACTIVE %s", s.get("id")).containsKey(s.get("id").asText());
      }
    }
    await(
        "the deleted servers' nodes available (or taken by a later build)",
        () -> nodeOfDeleted.values().stream().allMatch(n -> freeOrLive(ironic.node(n), live)));
  }

  private List<String> concurrentCreatesAndDeletes(JsonHttp api, List<String> toDelete)
      throws Exception {
    List<Future<String>> creates = new ArrayList<>();
    List<Future<Integer>> deletes = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < CONCURRENT; i++) {
        String name = "crash-" + i;
        creates.add(pool.submit(() -> createServer(api, name)));
      }
      for (String id : toDelete.subList(0, DELETES)) {
        deletes.add(pool.submit(() -> api.delete("/v2.1/servers/" + id).status()));
      }
      List<String> ids = new ArrayList<>();
      for (Future<String> f : creates) {
        ids.add(f.get(60, TimeUnit.SECONDS));
      }
      for (Future<Integer> f : deletes) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(204);
      }
      return ids;
    }
  }

  private JavaProcess start(String name, List<String> jvm, String main, List<String> args) {
    JavaProcess p = JavaProcess.start(name, LOGS, jvm, main, args);
    started.add(p);
    return p;
  }

  private JavaProcess startService(String name, List<String> jvm, Path config, int port)
      throws InterruptedException {
    JavaProcess p =
        start(
            name,
            jvm,
            "dev.ferrum.service.ServeMain",
            List.of("--config", config.toString(), "--port", String.valueOf(port)));
    JsonHttp anonymous = new JsonHttp(URI.create("http://127.0.0.1:" + port), null);
    await(
        name + " answering GET /v2.1",
        () -> {
          if (!p.alive()) {
            throw new IllegalStateException(name + " exited during start-up");
          }
          try {
            return anonymous.get("/v2.1").status() == 200;
          } catch (UncheckedIOException e) {
            return false;
          }
        });
    return p;
  }

  private static void seedCatalog(JsonHttp api) {
    JsonHttp.Resp flavor =
        api.post(
            "/v2.1/flavors",
            json("{'flavor': {'name': 'bm', 'id': 'bm', 'ram': 1024, 'vcpus': 1, 'disk': 10}}"));
    assertThat(flavor.status()).as(flavor.text()).isEqualTo(200);
    JsonHttp.Resp image =
        api.post(
            "/v2.1/images",
            json(
                "{'id': '0e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b', 'name': 'crash-image', 'url':"
                    + " 'http://127.0.0.1:9/crash.raw', 'disk_format': 'raw', 'container_format':"
                    + " 'bare', 'visibility': 'public'}"));
    assertThat(image.status()).as(image.text()).isEqualTo(201);
  }

  private static String createServer(JsonHttp api, String name) {
    JsonHttp.Resp r =
        api.post(
            "/v2.1/servers",
            json(
                "{'server': {'name': '"
                    + name
                    + "', 'imageRef': '0e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b', 'flavorRef': 'bm'}}"));
    assertThat(r.status()).as(r.text()).isEqualTo(202);
    return r.json().at("/server/id").asText();
  }

  private static String status(JsonHttp api, String id) {
    return api.get("/v2.1/servers/" + id).json().at("/server/status").asText();
  }

  private static List<JsonNode> servers(JsonHttp api) {
    JsonHttp.Resp r = api.get("/v2.1/servers/detail?all_tenants=1");
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    List<JsonNode> out = new ArrayList<>();
    r.json().get("servers").forEach(out::add);
    return out;
  }

  private static boolean inFlight(JsonNode s) {
    String status = s.get("status").asText();
    return status.equals("BUILD")
        || status.equals("DELETING")
        || "deleting".equals(s.get("OS-EXT-STS:task_state").asText(null));
  }

  private static long countTask(JsonHttp api, String task) {
    return servers(api).stream()
        .filter(s -> task.equals(s.get("OS-EXT-STS:task_state").asText(null)))
        .count();
  }

  private static Map<String, Long> taskStates(JsonHttp api) {
    return servers(api).stream()
        .collect(
            Collectors.groupingBy(
                s -> s.get("status").asText() + "/" + s.get("OS-EXT-STS:task_state").asText("-"),
                TreeMap::new,
                Collectors.counting()));
  }

  private static boolean freeOrLive(JsonNode node, Set<String> live) {
    String instance = node.get("instance_uuid").asText(null);
    return instance == null
        ? "available".equals(node.get("provision_state").asText())
        : live.contains(instance);
  }

  private static void await(String what, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + SETTLE.toNanos();
    while (System.nanoTime() < deadline) {
      if (done.getAsBoolean()) {
        return;
      }
      Thread.sleep(POLL);
    }
    throw new AssertionError("timed out after " + SETTLE + " waiting for " + what);
  }

  private Path writeServiceConfig(URI ironic) throws IOException {
    Path data = tmp.resolve("data");
    String yaml =
        "bind: 127.0.0.1\n"
            + "service_host: crash-host\n"
            + "data_dir: "
            + data
            + "\n"
            + "ironic: {endpoint: '"
            + ironic
            + "', auth_type: none}\n"
            + "ironic_options: {api_retry_interval: 0.2, api_max_retries: 100}\n"
            + "tokens: [{token: "
            + TOKEN
            + ", user: admin, project: admin, role: admin}]\n"
            + "compute: {node_refresh_interval: 2, heartbeat_interval: 2}\n";
    Path file = tmp.resolve("ferrum.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  private Path writeLogbackConfig() throws IOException {
    Path file = tmp.resolve("logback-child.xml");
    Files.writeString(
        file,
        """
        <configuration>
          <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
            <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %msg%n</pattern></encoder>
          </appender>
          <logger name="dev.ferrum" level="INFO"/>
          <root level="WARN"><appender-ref ref="OUT"/></root>
        </configuration>
        """);
    return file;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
