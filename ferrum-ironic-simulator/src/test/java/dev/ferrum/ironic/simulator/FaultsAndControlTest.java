package dev.ferrum.ironic.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultsAndControlTest extends SimTestBase {

  @Test
  void statusFaultFiresTheConfiguredNumberOfTimes() {
    start();
    String node = seedOne("available");
    sim.control().addFault(FaultRule.status("GET", "/v1/nodes/{node}", 503).times(2));
    Api.Resp first = api.get("/v1/nodes/" + node);
    assertThat(first.status()).isEqualTo(503);
    assertThat(first.error().get("faultcode").asText()).isEqualTo("Server");
    assertThat(api.get("/v1/nodes/" + node).status()).isEqualTo(503);
    assertThat(api.get("/v1/nodes/" + node).status()).isEqualTo(200);
    assertThat(api.get("/v1/nodes").status()).isEqualTo(200);
    assertThat(sim.control().faults()).isEmpty();
  }

  @Test
  void latencyFaultDelaysButAnswers() {
    start();
    sim.control().addFault(FaultRule.latency("*", "/v1/nodes", Duration.ofMillis(300)).times(1));
    long t0 = System.nanoTime();
    assertThat(api.get("/v1/nodes").status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - t0))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void dropFaultClosesTheConnection() {
    start();
    // Unlimited: the JDK client silently retries an idempotent request once on a closed
    // connection, so a single drop would be invisible here.
    sim.control().addFault(FaultRule.drop("GET", "/v1/**"));
    assertThatThrownBy(() -> api.sendOrThrow("GET", "/v1/nodes", null))
        .isInstanceOf(IOException.class);
    sim.control().clearFaults();
    assertThat(api.get("/v1/nodes").status()).isEqualTo(200);
  }

  @Test
  void probabilityZeroNeverFires() {
    start();
    sim.control().addFault(FaultRule.status("*", "/**", 500).withProbability(0));
    for (int i = 0; i < 5; i++) {
      assertThat(api.get("/v1/nodes").status()).isEqualTo(200);
    }
  }

  @Test
  void requestCountersByRouteTemplate() {
    start();
    String node = seedOne("available");
    api.get("/v1/nodes/" + node);
    api.get("/v1/nodes/" + node);
    api.get("/v1/nodes?limit=1");
    api.put("/v1/nodes/" + node + "/states/power", Api.target("power on"));
    api.get("/_sim/requests");
    Map<String, Long> counts = sim.control().requestCounts();
    assertThat(counts)
        .containsEntry("GET /v1/nodes/{node}", 2L)
        .containsEntry("GET /v1/nodes", 1L)
        .containsEntry("PUT /v1/nodes/{node}/states/power", 1L);
    assertThat(counts.keySet()).noneMatch(k -> k.contains("_sim"));
    JsonNode http = api.get("/_sim/requests").json().get("requests");
    assertThat(http.get("GET /v1/nodes/{node}").asLong()).isEqualTo(2);
    assertThat(api.delete("/_sim/requests").status()).isEqualTo(204);
    assertThat(sim.control().requestCounts()).isEmpty();
  }

  @Test
  void httpControlApi() {
    start();
    Api.Resp seeded =
        api.post(
            "/_sim/nodes",
            Map.of(
                "count",
                3,
                "resource_class",
                "gpu",
                "traits",
                List.of("CUSTOM_GPU"),
                "conductor_group",
                "rack1",
                "shard",
                "s1",
                "ports_per_node",
                2,
                "properties",
                Map.of("vendor", "acme")));
    assertThat(seeded.status()).isEqualTo(201);
    String node = seeded.json().get("nodes").get(0).asText();
    JsonNode n = node(node);
    assertThat(n.get("resource_class").asText()).isEqualTo("gpu");
    assertThat(n.at("/properties/vendor").asText()).isEqualTo("acme");
    assertThat(n.at("/properties/cpus").asInt()).isEqualTo(8);
    assertThat(n.get("traits").get(0).asText()).isEqualTo("CUSTOM_GPU");
    assertThat(n.get("conductor_group").asText()).isEqualTo("rack1");
    assertThat(n.get("shard").asText()).isEqualTo("s1");
    assertThat(api.get("/v1/ports?node=" + node).json().get("ports")).hasSize(2);

    assertThat(
            api.put("/_sim/nodes/" + node + "/provision_state", Map.of("provision_state", "active"))
                .status())
        .isEqualTo(204);
    assertThat(state(node)).isEqualTo("active");
    assertThat(
            api.put("/_sim/nodes/" + node + "/power_state", Map.of("power_state", "power on"))
                .status())
        .isEqualTo(204);
    assertThat(node(node).get("power_state").asText()).isEqualTo("power on");
    assertThat(
            api.post(
                    "/_sim/nodes/" + node + "/fail_next",
                    Map.of("action", "unrescue", "last_error", "nope"))
                .status())
        .isEqualTo(204);
    assertThat(
            api.put(
                    "/_sim/nodes/" + node + "/maintenance",
                    Map.of("maintenance", true, "reason", "r"))
                .status())
        .isEqualTo(204);
    assertThat(node(node).get("maintenance_reason").asText()).isEqualTo("r");

    Api.Resp fault =
        api.post(
            "/_sim/faults",
            Map.of("method", "GET", "path", "/v1/nodes", "status", 500, "times", 1));
    assertThat(fault.status()).isEqualTo(201);
    assertThat(api.get("/_sim/faults").json().get("faults")).hasSize(1);
    assertThat(api.delete("/_sim/faults/" + fault.json().get("id").asText()).status())
        .isEqualTo(204);
    assertThat(api.get("/v1/nodes").status()).isEqualTo(200);

    Api.Resp advance = api.post("/_sim/clock/advance", Map.of("millis", 1000));
    assertThat(advance.json().get("now").asText()).startsWith("2026-01-01T00:00:01");
    assertThat(api.delete("/_sim/nodes/" + node).status()).isEqualTo(204);
    assertThat(api.get("/v1/nodes/" + node).status()).isEqualTo(404);
    assertThat(api.delete("/_sim/nodes/" + node).status()).isEqualTo(404);
    assertThat(api.get("/_sim/info").json().get("nodes").asInt()).isEqualTo(2);
  }

  @Test
  void javaControlRejectsUnknownNodes() {
    start();
    assertThatThrownBy(() -> sim.control().deleteNode("nope"))
        .isInstanceOf(SimulatorException.UnknownNodeException.class);
  }
}
