package dev.ferrum.bench.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferrum.bench.BenchResult;
import dev.ferrum.bench.BenchSettings;
import dev.ferrum.bench.Benchmark;
import dev.ferrum.bench.Figure;
import dev.ferrum.ironic.simulator.IronicSimulator;
import dev.ferrum.service.EmbeddedDefaults;
import dev.ferrum.service.store.Database;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Heap and RSS of {@code ferrum serve} managing 10,000 nodes and 10,000 servers (issue #6, item 4;
 * target at most 256 MiB of heap).
 *
 * <p>Exists because the service keeps the node cache and hypervisor view in memory and lists
 * servers from the database; this shows what one compute host needs and whether {@code -Xmx256m}
 * suffices.
 */
public final class MemoryBenchmark implements Benchmark {
  static final double HEAP_TARGET_MIB = 256;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration BOUND = Duration.ofSeconds(180);
  private static final double MIB = 1024.0 * 1024.0;

  @Override
  public String name() {
    return "memory";
  }

  @Override
  public String description() {
    return "heap and RSS of ferrum serve with 10,000 nodes and 10,000 servers (issue #6, item 4)";
  }

  @Override
  public BenchResult run(BenchSettings settings) throws Exception {
    int nodes = settings.pick(10_000, 1_000);
    Path dir = ServiceBench.tempDir("ferrum-bench-memory");
    List<Figure> figures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    try (IronicSimulator sim = ServiceBench.simulator(Duration.ofSeconds(1))) {
      List<String> uuids = ServiceBench.seedNodes(sim, nodes, "active");
      try (Database db = Database.h2File(dir.resolve("data"))) {
        EmbeddedDefaults.seedCatalog(db);
        ServiceBench.seedServers(db, uuids, 0);
      }
      Path config = dir.resolve("ferrum.yaml");
      ChildServe.writeConfig(
          config,
          "service_host: "
              + ServiceBench.HOST
              + "\nport: PORT\ndata_dir: "
              + dir.resolve("data")
              + "\nironic: {endpoint: "
              + sim.baseUri()
              + ", auth_type: none}\n"
              + "tokens: [{token: "
              + ServiceBench.ADMIN_TOKEN
              + ", user: admin, project: admin, role: admin}]\n");
      Sample free = sample(dir, config, List.of(), nodes);
      figures.add(
          Figure.atMost("heap used after GC (no -Xmx)", free.heapMib, "MiB", HEAP_TARGET_MIB));
      figures.add(Figure.of("heap used before that GC (no -Xmx)", free.heapBeforeGcMib, "MiB"));
      figures.add(Figure.of("heap committed after GC (no -Xmx)", free.committedMib, "MiB"));
      figures.add(Figure.of("RSS (no -Xmx)", free.rssMib, "MiB"));
      Sample capped = sample(dir, config, List.of("-Xmx256m"), nodes);
      figures.add(
          Figure.atMost("heap used after GC (-Xmx256m)", capped.heapMib, "MiB", HEAP_TARGET_MIB));
      figures.add(Figure.of("heap used before that GC (-Xmx256m)", capped.heapBeforeGcMib, "MiB"));
      figures.add(Figure.of("heap committed after GC (-Xmx256m)", capped.committedMib, "MiB"));
      figures.add(Figure.of("RSS (-Xmx256m)", capped.rssMib, "MiB"));
      notes.add(
          String.format(
              Locale.ROOT,
              "%,d simulated nodes (`active`, power on, in this JVM) and %,d ACTIVE servers"
                  + " inserted through ServerRepository before the child starts",
              nodes,
              nodes));
      notes.add(
          "child = `java [-Xmx256m] -cp <bench class path> ServeMain --config <yaml>` on H2; measured"
              + " after it answered, listed all "
              + nodes
              + " hypervisors (node refresh done) and every page of GET"
              + " /servers/detail?all_tenants=1 (1,000 servers a page), then `jcmd <pid> GC.run`;"
              + " heap = `GC.heap_info` used, RSS = /proc/<pid>/status VmRSS");
      notes.add(free.note("no -Xmx"));
      notes.add(capped.note("-Xmx256m"));
    } finally {
      ServiceBench.deleteTree(dir);
    }
    return new BenchResult(name(), description(), figures, notes);
  }

  private record Sample(
      double heapMib,
      double heapBeforeGcMib,
      double committedMib,
      double rssMib,
      double readyS,
      double detailMs) {
    String note(String label) {
      return String.format(
          Locale.ROOT,
          "%s: API answered with all hypervisors %.1f s after launch; the full detail list took"
              + " %.0f ms",
          label,
          readyS,
          detailMs);
    }
  }

  private static Sample sample(Path dir, Path configTemplate, List<String> jvm, int nodes)
      throws Exception {
    int port = ChildServe.freePort();
    Path config = dir.resolve("ferrum-" + port + ".yaml");
    ChildServe.writeConfig(
        config,
        java.nio.file.Files.readString(configTemplate).replace("PORT", Integer.toString(port)));
    long t0 = System.nanoTime();
    try (ChildServe child =
            ChildServe.launch(jvm, List.of("--config", config.toString()), dir.resolve("log"));
        Http http = new Http(URI.create("http://127.0.0.1:" + port))) {
      long deadline = t0 + BOUND.toNanos();
      boolean ready = false;
      while (!ready && System.nanoTime() < deadline) {
        if (!child.isAlive()) {
          throw new IllegalStateException("ferrum serve exited:\n" + child.logTail());
        }
        try {
          Http.Timed r = http.get("/v2.1/os-hypervisors", Http.admin());
          ready =
              r.status() == 200 && MAPPER.readTree(r.body()).path("hypervisors").size() == nodes;
        } catch (java.io.IOException e) {
          // not listening yet
        }
        if (!ready) {
          Thread.sleep(200);
        }
      }
      if (!ready) {
        throw new IllegalStateException("not ready in time:\n" + child.logTail());
      }
      double readyS = (System.nanoTime() - t0) / 1e9;
      long listStart = System.nanoTime();
      int listed = listEveryServer(http);
      double listMillis = (System.nanoTime() - listStart) / 1e6;
      if (listed != nodes) {
        throw new IllegalStateException("the detail pages listed " + listed + " servers");
      }
      ChildServe.Heap before = child.heap();
      child.gc();
      ChildServe.Heap after = child.heap();
      long rss = child.rssBytes();
      if (!child.isAlive()) {
        throw new IllegalStateException("ferrum serve died:\n" + child.logTail());
      }
      return new Sample(
          after.used() / MIB,
          before.used() / MIB,
          after.committed() / MIB,
          rss / MIB,
          readyS,
          listMillis);
    }
  }

  /** Reads every page of the admin detail list, following the next links; returns the count. */
  private static int listEveryServer(Http http) throws Exception {
    String path = "/v2.1/servers/detail?all_tenants=1";
    int listed = 0;
    for (int page = 0; path != null && page < 1_000; page++) {
      Http.Timed answer = http.get(path, Http.admin());
      if (answer.status() != 200) {
        throw new IllegalStateException("detail list answered " + answer.status());
      }
      var doc = MAPPER.readTree(answer.body());
      listed += doc.path("servers").size();
      String next = doc.at("/servers_links/0/href").asText(null);
      path = next == null ? null : next.substring(next.indexOf("/v2.1/"));
    }
    return listed;
  }
}
