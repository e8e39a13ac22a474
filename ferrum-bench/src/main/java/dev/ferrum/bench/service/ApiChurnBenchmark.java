package dev.ferrum.bench.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferrum.bench.BenchResult;
import dev.ferrum.bench.BenchSettings;
import dev.ferrum.bench.Benchmark;
import dev.ferrum.bench.Figure;
import dev.ferrum.bench.internal.Percentiles;
import dev.ferrum.ironic.simulator.IronicSimulator;
import dev.ferrum.service.EmbeddedDefaults;
import dev.ferrum.service.FerrumService;
import dev.ferrum.service.compute.ComputeSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many clients creating and deleting servers at once through the API against the simulator (issue
 * #6, item 3): latency of the create and delete calls and completed lifecycles per second.
 *
 * <p>Exists because create and delete are the calls that write (server row, claim, action log) and
 * start work on virtual threads; their latency under concurrency is what a burst of users sees.
 */
public final class ApiChurnBenchmark implements Benchmark {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration POLL = Duration.ofMillis(250);

  @Override
  public String name() {
    return "api-churn";
  }

  @Override
  public String description() {
    return "concurrent clients creating and deleting servers (issue #6, item 3)";
  }

  @Override
  public BenchResult run(BenchSettings settings) throws Exception {
    int clients = settings.pick(200, 20);
    int perClient = settings.pick(2, 1);
    Duration deploy = Duration.ofSeconds(settings.pick(2, 1));
    Duration bound = Duration.ofSeconds(settings.pick(240, 60));
    Path dir = ServiceBench.tempDir("ferrum-bench-churn");
    ComputeSettings compute =
        ComputeSettings.builder().nodeRefreshInterval(Duration.ofSeconds(10)).build();
    IronicSimulator sim = ServiceBench.simulator(deploy);
    ServiceBench.seedNodes(sim, clients * perClient + 1 + clients / 10, "available");
    ConcurrentLinkedQueue<Double> creates = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Double> deletes = new ConcurrentLinkedQueue<>();
    AtomicInteger completed = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long deadline = System.nanoTime() + bound.toNanos();
    double seconds;
    try (FerrumService service =
            ServiceBench.startService(ServiceBench.config(dir, sim, compute).build());
        Http http = new Http(service.baseUri())) {
      String warm =
          lifecycle(
              http,
              "churn-warm-up",
              deadline,
              new ConcurrentLinkedQueue<>(),
              new ConcurrentLinkedQueue<>());
      if (!warm.equals("ACTIVE")) {
        throw new IllegalStateException("the warm-up lifecycle ended " + warm);
      }
      long t0 = System.nanoTime();
      try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<?>> runs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
          int client = c;
          runs.add(
              pool.submit(() -> {
                for (int i = 0; i < perClient && System.nanoTime() < deadline; i++) {
                  String outcome =
                      lifecycle(http, "churn-" + client + "-" + i, deadline, creates, deletes);
                  if (outcome.equals("ACTIVE")) {
                    completed.incrementAndGet();
                  } else {
                    errors.incrementAndGet();
                  }
                }
                return null;
              }));
        }
        for (Future<?> f : runs) {
          f.get();
        }
      }
      seconds = (System.nanoTime() - t0) / 1e9;
    } finally {
      sim.close();
      ServiceBench.deleteTree(dir);
    }
    Percentiles c = new Percentiles(creates.stream().mapToDouble(Double::doubleValue).toArray());
    Percentiles d = new Percentiles(deletes.stream().mapToDouble(Double::doubleValue).toArray());
    List<Figure> figures =
        List.of(
            Figure.of("POST /servers p50", c.at(50), "ms"),
            Figure.of("POST /servers p99", c.at(99), "ms"),
            Figure.of("DELETE /servers/{id} p50", d.at(50), "ms"),
            Figure.of("DELETE /servers/{id} p99", d.at(99), "ms"),
            Figure.of("completed lifecycles", completed.get(), ""),
            Figure.of("lifecycles not ending ACTIVE (ERROR or timed out)", errors.get(), ""),
            Figure.of("completed lifecycles per second", completed.get() / seconds, "/s"));
    List<String> notes =
        List.of(
            String.format(
                Locale.ROOT,
                "%d clients (virtual threads, one shared JDK HttpClient), %d lifecycles each,"
                    + " bounded by %d s; %.1f s wall",
                clients,
                perClient,
                bound.toSeconds(),
                seconds),
            "lifecycle = POST /servers (202), GET /servers/{id} every "
                + POLL.toMillis()
                + " ms until ACTIVE or ERROR, DELETE (204), GET until 404",
            "simulator deploy step "
                + deploy.toSeconds()
                + " s (others 5 ms), driver api_retry_interval 2 s (default), one fresh node per"
                + " lifecycle; service in this JVM on H2, simulator in this JVM",
            String.format(Locale.ROOT, "%d create and %d delete calls timed", c.size(), d.size()));
    return new BenchResult(name(), description(), figures, notes);
  }

  /**
   * One create-wait-delete-wait; returns the status the server reached before the delete, or {@code
   * TIMEOUT} when it did not disappear in time.
   */
  private static String lifecycle(
      Http http,
      String name,
      long deadline,
      ConcurrentLinkedQueue<Double> creates,
      ConcurrentLinkedQueue<Double> deletes)
      throws Exception {
    String body =
        "{\"server\": {\"name\": \""
            + name
            + "\", \"imageRef\": \""
            + EmbeddedDefaults.IMAGE_ID
            + "\", \"flavorRef\": \""
            + EmbeddedDefaults.FLAVOR
            + "\"}}";
    Http.Timed created = http.post("/v2.1/servers", body, Http.admin());
    if (created.status() != 202) {
      throw new IllegalStateException("create answered " + created.status() + created.body());
    }
    creates.add(created.millis());
    String id = MAPPER.readTree(created.body()).at("/server/id").asText();
    String path = "/v2.1/servers/" + id;
    String status = "BUILD";
    while (System.nanoTime() < deadline) {
      Thread.sleep(POLL);
      status = MAPPER.readTree(http.get(path, Http.admin()).body()).at("/server/status").asText();
      if (status.equals("ACTIVE") || status.equals("ERROR")) {
        break;
      }
    }
    Http.Timed deleted = http.delete(path, Http.admin());
    if (deleted.status() != 204) {
      throw new IllegalStateException("delete answered " + deleted.status() + deleted.body());
    }
    deletes.add(deleted.millis());
    while (System.nanoTime() < deadline) {
      if (http.get(path, Http.admin()).status() == 404) {
        return status;
      }
      Thread.sleep(POLL);
    }
    return "TIMEOUT";
  }
}
