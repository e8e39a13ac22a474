package dev.ferrum.ironic.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/** Starts one simulator per test on a manual clock, so tests decide when transitions finish. */
abstract class SimTestBase {
  protected final ManualClock clock = SimulatorClock.manual(Instant.parse("2026-01-01T00:00:00Z"));
  protected IronicSimulator sim;
  protected Api api;

  protected IronicSimulator start(IronicSimulator.Builder builder) {
    sim = builder.clock(clock).build().start();
    api = new Api(sim.baseUri());
    return sim;
  }

  protected IronicSimulator start() {
    return start(IronicSimulator.builder());
  }

  @AfterEach
  void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  /** Completes every transition pending now (steps take 5 ms by default). */
  protected void settle() {
    clock.advance(Duration.ofSeconds(1));
  }

  protected JsonNode node(String ident) {
    return api.get("/v1/nodes/" + ident).json();
  }

  protected String state(String ident) {
    return node(ident).get("provision_state").asText();
  }

  protected String seedOne(String state) {
    return sim.control().seed(NodeSeed.builder(1).provisionState(state).build()).get(0);
  }

  protected String enroll(String name) {
    Api.Resp r = api.post("/v1/nodes", Map.of("name", name, "driver", "fake-hardware"));
    if (r.status() != 201) {
      throw new AssertionError(r.raw());
    }
    return r.json().get("uuid").asText();
  }

  @SafeVarargs
  protected static List<Map<String, Object>> ops(Map<String, Object>... ops) {
    List<Map<String, Object>> list = new java.util.ArrayList<>(ops.length);
    for (Map<String, Object> op : ops) {
      list.add(op);
    }
    return List.copyOf(list);
  }

  protected static Map<String, Object> op(String op, String path, Object value) {
    return value == null
        ? Map.of("op", op, "path", path)
        : Map.of("op", op, "path", path, "value", value);
  }
}
