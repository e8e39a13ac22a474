package dev.ferrum.service;

import static dev.ferrum.service.JsonHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a crash test reads from (and the little it does to) a simulator running in another process,
 * through the simulator's Ironic API only, so the test's verdict on nodes does not depend on the
 * service it is judging.
 */
final class IronicProbe {
  private final JsonHttp http;

  /**
   * A probe of one simulator.
   *
   * @param endpoint the simulator's base URI
   */
  IronicProbe(URI endpoint) {
    this.http = new JsonHttp(endpoint, null);
  }

  /**
   * Asks every node to power on. Seeded nodes have no power state, which makes them unschedulable;
   * a real enrolled node has one.
   *
   * @return how many nodes there are
   */
  int powerOnAll() {
    JsonHttp.Resp list = http.get("/v1/nodes?fields=uuid&limit=1000");
    assertThat(list.status()).as(list.text()).isEqualTo(200);
    for (JsonNode n : list.json().get("nodes")) {
      JsonHttp.Resp r =
          http.send(
              "PUT",
              "/v1/nodes/" + n.get("uuid").asText() + "/states/power",
              json("{'target': 'power on'}"));
      assertThat(r.status()).as(r.text()).isEqualTo(202);
    }
    return list.json().get("nodes").size();
  }

  /**
   * Whether every node reports {@code power on}.
   *
   * @return {@code true} when all do
   */
  boolean allPoweredOn() {
    for (JsonNode n : http.get("/v1/nodes?fields=power_state&limit=1000").json().get("nodes")) {
      if (!"power on".equals(n.get("power_state").asText(null))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Instance UUID → node UUID for every node carrying an instance ({@code GET
   * /v1/nodes?fields=uuid,instance_uuid}); fails if one instance is on two nodes.
   *
   * @return the map
   */
  Map<String, String> instancesOnNodes() {
    JsonHttp.Resp r = http.get("/v1/nodes?fields=uuid,instance_uuid&limit=1000");
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    Map<String, String> out = new HashMap<>();
    for (JsonNode n : r.json().get("nodes")) {
      String instance = n.get("instance_uuid").asText(null);
      if (instance != null) {
        assertThat(out.put(instance, n.get("uuid").asText())).as("instance on two nodes").isNull();
      }
    }
    return out;
  }

  /**
   * The instances whose nodes are in {@code deploying} now.
   *
   * @return their UUIDs
   */
  Set<String> deploying() {
    JsonHttp.Resp r =
        http.get("/v1/nodes?fields=instance_uuid,provision_state&provision_state=deploying");
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    Set<String> out = new HashSet<>();
    for (JsonNode n : r.json().get("nodes")) {
      if (n.hasNonNull("instance_uuid")) {
        out.add(n.get("instance_uuid").asText());
      }
    }
    return out;
  }

  /**
   * One node.
   *
   * @param uuid the node
   * @return its JSON
   */
  JsonNode node(String uuid) {
    JsonHttp.Resp r = http.get("/v1/nodes/" + uuid);
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    return r.json();
  }
}
