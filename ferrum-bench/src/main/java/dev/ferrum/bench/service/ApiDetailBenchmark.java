package dev.ferrum.bench.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferrum.bench.BenchResult;
import dev.ferrum.bench.BenchSettings;
import dev.ferrum.bench.Benchmark;
import dev.ferrum.bench.Figure;
import dev.ferrum.bench.internal.Percentiles;
import dev.ferrum.ironic.simulator.IronicSimulator;
import dev.ferrum.service.FerrumService;
import dev.ferrum.service.compute.ComputeSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Latency and throughput of {@code GET /servers/detail} with 1,000 and 10,000 servers (issue #6,
 * item 3), as the admin ({@code all_tenants}) and as a member seeing its project's tenth.
 *
 * <p>Exists because the detail list is what dashboards and the {@code openstack} client poll; the
 * target is p99 at most 50 ms for 1,000 servers.
 */
public final class ApiDetailBenchmark implements Benchmark {
  static final double P99_TARGET_MS = 50;

  /** The most servers one listing answers (the service follows Nova's osapi_max_limit). */
  private static final int NOVA_MAX_LIMIT = 1000;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String name() {
    return "api-detail";
  }

  @Override
  public String description() {
    return "GET /servers/detail latency with 1,000 and 10,000 servers (issue #6, item 3)";
  }

  @Override
  public BenchResult run(BenchSettings settings) throws Exception {
    int[] sizes = settings.quick() ? new int[] {100} : new int[] {1_000, 10_000};
    List<Figure> figures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Path dir = ServiceBench.tempDir("ferrum-bench-api");
    Duration idle = Duration.ofHours(1);
    ComputeSettings compute =
        ComputeSettings.builder()
            .nodeRefreshInterval(idle)
            .powerSyncInterval(idle)
            .vanishedNodeInterval(idle)
            .heartbeatInterval(idle)
            .build();
    IronicSimulator sim = ServiceBench.simulator(Duration.ofSeconds(1));
    try (FerrumService service =
            ServiceBench.startService(ServiceBench.config(dir, sim, compute).build());
        Http http = new Http(service.baseUri())) {
      int seeded = 0;
      for (int size : sizes) {
        List<String> nodes = ServiceBench.seedNodes(sim, size - seeded, "active");
        long t0 = System.nanoTime();
        ServiceBench.seedServers(service.database(), nodes, seeded);
        notes.add(
            String.format(
                Locale.ROOT,
                "seeded %d servers (and %d active nodes) in %.1f s",
                nodes.size(),
                nodes.size(),
                (System.nanoTime() - t0) / 1e9));
        seeded = size;
        int warm = settings.pick(size >= 10_000 ? 5 : 30, 5);
        int n = settings.pick(size >= 10_000 ? 40 : 300, 20);
        String label = String.format(Locale.ROOT, "%,d servers", size);
        measure(
            http,
            "/v2.1/servers/detail?all_tenants=1",
            Http.admin(),
            Math.min(size, NOVA_MAX_LIMIT),
            warm,
            n,
            "admin, " + label,
            size <= 1_000,
            figures,
            notes);
        measure(
            http,
            "/v2.1/servers/detail",
            Http.member(),
            Math.min(size / ServiceBench.PROJECTS, NOVA_MAX_LIMIT),
            warm,
            n,
            "member (" + size / ServiceBench.PROJECTS + " of " + label + ")",
            false,
            figures,
            notes);
      }
    } finally {
      sim.close();
      ServiceBench.deleteTree(dir);
    }
    notes.add(
        "servers are inserted through ServerRepository.create (ACTIVE, one simulator node each in"
            + " `active`, spread over "
            + ServiceBench.PROJECTS
            + " projects; node instance_uuid not set), not deployed through the API");
    notes.add(
        "service in this JVM on H2 (temporary directory) with periodic tasks at 1 h; one client"
            + " (JDK HttpClient, HTTP/1.1 keep-alive), sequential requests, microversion 2.79, no"
            + " limit: like Nova (osapi_max_limit) a response holds at most "
            + NOVA_MAX_LIMIT
            + " servers and a next link, so with 10,000 servers this is the first page of 1,000;"
            + " requests/s = requests / measured time");
    return new BenchResult(name(), description(), figures, notes);
  }

  private static void measure(
      Http http,
      String path,
      String[] who,
      int expected,
      int warm,
      int n,
      String label,
      boolean targeted,
      List<Figure> figures,
      List<String> notes)
      throws Exception {
    Http.Timed first = http.get(path, who);
    if (first.status() != 200) {
      throw new IllegalStateException(path + " answered " + first.status() + ": " + first.body());
    }
    int listed = MAPPER.readTree(first.body()).path("servers").size();
    if (listed != expected) {
      throw new IllegalStateException(path + " listed " + listed + " servers, not " + expected);
    }
    for (int i = 0; i < warm; i++) {
      http.get(path, who);
    }
    double[] ms = new double[n];
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      Http.Timed t = http.get(path, who);
      if (t.status() != 200) {
        throw new IllegalStateException(path + " answered " + t.status());
      }
      ms[i] = t.millis();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Percentiles p = new Percentiles(ms);
    figures.add(Figure.of(label + ": p50", p.at(50), "ms"));
    figures.add(
        targeted
            ? Figure.atMost(label + ": p99", p.at(99), "ms", P99_TARGET_MS)
            : Figure.of(label + ": p99", p.at(99), "ms"));
    figures.add(Figure.of(label + ": throughput", n / seconds, "req/s"));
    notes.add(
        String.format(
            Locale.ROOT,
            "%s: %d warm-up + %d measured requests, body %,d bytes",
            label,
            warm,
            n,
            first.body().length()));
  }
}
