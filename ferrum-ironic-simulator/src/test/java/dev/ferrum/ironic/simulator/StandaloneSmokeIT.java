package dev.ferrum.ironic.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the standalone command in its own JVM with 10,000 nodes and pages through all of them. */
class StandaloneSmokeIT {

  @Test
  void tenThousandNodesListedProjectedThroughPagination() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    SimulatorMain.class.getName(),
                    "--port",
                    "0",
                    "--nodes",
                    "10000",
                    "--resource-class",
                    "bm.large",
                    "--cpus",
                    "32"))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertThat(line).as("the command prints its base URL").startsWith("http://127.0.0.1:");
      Api api = new Api(URI.create(line.trim()));
      Set<String> seen = new HashSet<>();
      String url = "/v1/nodes?fields=uuid,provision_state,resource_class&limit=1000";
      int pages = 0;
      long t0 = System.nanoTime();
      while (url != null && pages < 20) {
        JsonNode page = api.get(url).json();
        for (JsonNode n : page.get("nodes")) {
          seen.add(n.get("uuid").asText());
          assertThat(n.get("provision_state").asText()).isEqualTo("available");
          assertThat(n.get("resource_class").asText()).isEqualTo("bm.large");
        }
        url = page.has("next") ? page.get("next").asText() : null;
        pages++;
      }
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      assertThat(seen).hasSize(10_000);
      assertThat(pages).isEqualTo(11);
      assertThat(millis).as("listing 10,000 nodes took %d ms", millis).isLessThan(30_000);
      JsonNode cpus = api.get("/v1/nodes/detail?limit=1").json().at("/nodes/0/properties/cpus");
      assertThat(cpus.asInt()).isEqualTo(32);
    } finally {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
