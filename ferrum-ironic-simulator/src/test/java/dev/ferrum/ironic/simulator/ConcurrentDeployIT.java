package dev.ferrum.ironic.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Real-time mode: many deploys at once on virtual threads all reach active. */
class ConcurrentDeployIT {

  @Test
  void twoHundredConcurrentDeploysReachActive() throws Exception {
    try (IronicSimulator sim =
        IronicSimulator.builder()
            .nodes(200)
            .timing("deploying", Duration.ofMillis(50))
            .build()
            .start()) {
      Api api = new Api(sim.baseUri());
      List<String> nodes = new ArrayList<>();
      api.get("/v1/nodes?fields=uuid")
          .json()
          .get("nodes")
          .forEach(n -> nodes.add(n.get("uuid").asText()));
      assertThat(nodes).hasSize(200);
      try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
        List<Future<Integer>> results = new ArrayList<>();
        for (String uuid : nodes) {
          results.add(
              pool.submit(() -> {
                api.patch(
                    "/v1/nodes/" + uuid,
                    List.of(
                        Map.of(
                            "op",
                            "add",
                            "path",
                            "/instance_uuid",
                            "value",
                            java.util.UUID.randomUUID().toString())));
                return api.put("/v1/nodes/" + uuid + "/states/provision", Api.target("active"))
                    .status();
              }));
        }
        for (Future<Integer> f : results) {
          assertThat(f.get()).isEqualTo(202);
        }
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      int active = 0;
      while (System.nanoTime() < deadline) {
        JsonNode page = api.get("/v1/nodes?provision_state=active&fields=uuid").json();
        active = page.get("nodes").size();
        if (active == 200) {
          break;
        }
        Thread.sleep(50);
      }
      assertThat(active).isEqualTo(200);
      assertThat(sim.control().requestCounts())
          .containsEntry("PUT /v1/nodes/{node}/states/provision", 200L);
    }
  }
}
