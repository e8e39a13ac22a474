package dev.ferrum.ironic.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortsVifsTraitsVolumeTest extends SimTestBase {

  private String port(String node, String mac) {
    Api.Resp r = api.post("/v1/ports", Map.of("node_uuid", node, "address", mac));
    assertThat(r.status()).as(r.raw()).isEqualTo(201);
    return r.json().get("uuid").asText();
  }

  @Test
  void portCrudAndLookups() {
    start();
    String node = sim.control().seed(NodeSeed.builder(1).portsPerNode(0).build()).get(0);
    String uuid = port(node, "52:54:00:12:34:56");
    Api.Resp dup = api.post("/v1/ports", Map.of("node_uuid", node, "address", "52:54:00:12:34:56"));
    assertThat(dup.status()).isEqualTo(409);
    assertThat(dup.faultstring())
        .isEqualTo("A port with MAC address 52:54:00:12:34:56 already exists.");
    Api.Resp byName =
        api.post("/v1/ports", Map.of("node_uuid", "node-0", "address", "52:54:00:12:34:57"));
    assertThat(byName.status()).isEqualTo(400);
    assertThat(byName.faultstring()).isEqualTo("Expected UUID for node_uuid: node-0");
    JsonNode detail = api.get("/v1/ports/detail?node=" + node).json().get("ports");
    assertThat(detail).hasSize(1);
    assertThat(detail.get(0).get("pxe_enabled").asBoolean()).isTrue();
    assertThat(
            api.get("/v1/ports/detail?node=" + node + "&address=52:54:00:12:34:56")
                .json()
                .get("ports"))
        .hasSize(1);
    assertThat(api.get("/v1/ports?address=52:54:00:00:00:00").json().get("ports")).isEmpty();
    JsonNode patched =
        api.patch(
                "/v1/ports/" + uuid,
                List.of(Map.of("op", "replace", "path", "/pxe_enabled", "value", false)))
            .json();
    assertThat(patched.get("pxe_enabled").asBoolean()).isFalse();
    assertThat(api.delete("/v1/ports/" + uuid).status()).isEqualTo(204);
    assertThat(api.get("/v1/ports/" + uuid).status()).isEqualTo(404);
  }

  @Test
  void portsOfANodePaginate() {
    start();
    sim.control().seed(NodeSeed.builder(2).portsPerNode(3).build());
    String node = api.get("/v1/nodes?limit=1").json().at("/nodes/0/uuid").asText();
    JsonNode p1 = api.get("/v1/ports?node=" + node + "&limit=2").json();
    assertThat(p1.get("ports")).hasSize(2);
    String last = p1.get("ports").get(1).get("uuid").asText();
    assertThat(p1.get("next").asText()).endsWith("limit=2&marker=" + last);
    JsonNode p2 = api.get("/v1/nodes/" + node + "/ports?limit=2&marker=" + last).json();
    assertThat(p2.get("ports")).hasSize(1);
    assertThat(p2.has("next")).isFalse();
    assertThat(api.get("/v1/ports?limit=1000").json().get("ports")).hasSize(6);
  }

  @Test
  void vifsAreStoredOnPortsAndClearedOnUndeploy() {
    start();
    String node =
        sim.control()
            .seed(NodeSeed.builder(1).portsPerNode(2).provisionState("active").build())
            .get(0);
    String vif1 = "aaaaaaaa-0000-0000-0000-000000000001";
    String vif2 = "aaaaaaaa-0000-0000-0000-000000000002";
    assertThat(api.post("/v1/nodes/" + node + "/vifs", Map.of("id", vif1)).status()).isEqualTo(204);
    assertThat(api.post("/v1/nodes/" + node + "/vifs", Map.of("id", vif2)).status()).isEqualTo(204);
    Api.Resp again = api.post("/v1/nodes/" + node + "/vifs", Map.of("id", vif1));
    assertThat(again.status()).isEqualTo(409);
    String other = sim.control().seed(NodeSeed.builder(1).provisionState("active").build()).get(0);
    Api.Resp elsewhere = api.post("/v1/nodes/" + other + "/vifs", Map.of("id", vif1));
    assertThat(elsewhere.status()).isEqualTo(409);
    Api.Resp full = api.post("/v1/nodes/" + node + "/vifs", Map.of("id", "third"));
    assertThat(full.status()).isEqualTo(400);
    JsonNode vifs = api.get("/v1/nodes/" + node + "/vifs").json().get("vifs");
    assertThat(vifs).extracting(v -> v.get("id").asText()).containsExactly(vif1, vif2);
    JsonNode ports = api.get("/v1/ports/detail?node=" + node).json().get("ports");
    assertThat(ports.get(0).at("/internal_info/tenant_vif_port_id").asText()).isEqualTo(vif1);
    assertThat(api.delete("/v1/nodes/" + node + "/vifs/" + vif1).status()).isEqualTo(204);
    assertThat(api.delete("/v1/nodes/" + node + "/vifs/" + vif1).status()).isEqualTo(400);
    api.put("/v1/nodes/" + node + "/states/provision", Api.target("deleted"));
    settle();
    assertThat(api.get("/v1/nodes/" + node + "/vifs").json().get("vifs")).isEmpty();
  }

  @Test
  void traitsApi() {
    start();
    String node = seedOne("available");
    assertThat(
            api.put(
                    "/v1/nodes/" + node + "/traits",
                    Map.of("traits", List.of("CUSTOM_RAID1", "HW_CPU_X86_VMX")))
                .status())
        .isEqualTo(204);
    assertThat(api.put("/v1/nodes/" + node + "/traits/CUSTOM_GPU", null).status()).isEqualTo(204);
    assertThat(api.get("/v1/nodes/" + node + "/traits").json().get("traits"))
        .extracting(JsonNode::asText)
        .containsExactly("CUSTOM_GPU", "CUSTOM_RAID1", "HW_CPU_X86_VMX");
    Api.Resp bad = api.put("/v1/nodes/" + node + "/traits/bad-trait", null);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.faultstring()).contains("does not match '^CUSTOM_[A-Z0-9_]+$'");
    assertThat(api.delete("/v1/nodes/" + node + "/traits/CUSTOM_NOPE").status()).isEqualTo(404);
    assertThat(api.delete("/v1/nodes/" + node + "/traits/CUSTOM_GPU").status()).isEqualTo(204);
    assertThat(node(node).get("traits")).hasSize(2);
    api.patch("/v1/nodes/" + node, ops(op("add", "/instance_info/traits", List.of("CUSTOM_X"))));
    Api.Resp deploy = api.put("/v1/nodes/" + node + "/states/provision", Api.target("active"));
    assertThat(deploy.status()).isEqualTo(400);
    assertThat(deploy.faultstring()).endsWith("is missing traits CUSTOM_X");
    assertThat(api.delete("/v1/nodes/" + node + "/traits").status()).isEqualTo(204);
    assertThat(node(node).get("traits")).isEmpty();
  }

  @Test
  void volumeConnectorsAndTargets() {
    start();
    String node = seedOne("active");
    Api.Resp c =
        api.post(
            "/v1/volume/connectors",
            Map.of("node_uuid", node, "type", "iqn", "connector_id", "iqn.2026-01.dev:n1"));
    assertThat(c.status()).isEqualTo(201);
    Api.Resp t =
        api.post(
            "/v1/volume/targets",
            Map.of(
                "node_uuid",
                node,
                "volume_type",
                "iscsi",
                "volume_id",
                "v1",
                "boot_index",
                0,
                "properties",
                Map.of()));
    assertThat(t.status()).isEqualTo(201);
    Api.Resp dup =
        api.post(
            "/v1/volume/targets",
            Map.of("node_uuid", node, "volume_type", "iscsi", "volume_id", "v2", "boot_index", 0));
    assertThat(dup.status()).isEqualTo(409);
    assertThat(api.get("/v1/volume/targets/detail?node=" + node).json().get("targets")).hasSize(1);
    assertThat(api.get("/v1/volume/connectors/detail?node=" + node).json().get("connectors"))
        .hasSize(1);
    String target = t.json().get("uuid").asText();
    sim.control().forcePowerState(node, "power on");
    Api.Resp refused = api.delete("/v1/volume/targets/" + target);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.faultstring())
        .isEqualTo(
            "The requested action \"volume target deletion\" can not be performed on node \""
                + node
                + "\" while it is in state \"power on\".");
    sim.control().forcePowerState(node, "power off");
    assertThat(api.delete("/v1/volume/targets/" + target).status()).isEqualTo(204);
    assertThat(api.delete("/v1/volume/targets/" + target).status()).isEqualTo(404);
  }

  @Test
  void validateAndBootDevice() {
    start();
    String node = seedOne("available");
    JsonNode v = api.get("/v1/nodes/" + node + "/validate").json();
    assertThat(v.at("/power/result").asBoolean()).isTrue();
    assertThat(v.at("/deploy/result").asBoolean()).isTrue();
    assertThat(v.has("storage")).isTrue();
    assertThat(
            api.put(
                    "/_sim/nodes/" + node + "/validation",
                    Map.of("interface", "power", "reason", "Missing ipmi_address"))
                .status())
        .isEqualTo(204);
    JsonNode bad = api.get("/v1/nodes/" + node + "/validate").json();
    assertThat(bad.at("/power/result").asBoolean()).isFalse();
    assertThat(bad.at("/power/reason").asText()).isEqualTo("Missing ipmi_address");
    sim.control().setValidation(node, "power", null);
    assertThat(api.get("/v1/nodes/" + node + "/validate").json().at("/power/result").asBoolean())
        .isTrue();
    assertThat(
            api.put(
                    "/v1/nodes/" + node + "/management/boot_device",
                    Map.of("boot_device", "disk", "persistent", true))
                .status())
        .isEqualTo(204);
    assertThat(
            api.get("/v1/nodes/" + node + "/management/boot_device")
                .json()
                .get("boot_device")
                .asText())
        .isEqualTo("disk");
    assertThat(
            api.put(
                    "/v1/nodes/" + node + "/management/boot_device",
                    Map.of("boot_device", "floppy"))
                .faultstring())
        .isEqualTo("Invalid boot device floppy specified.");
  }
}
