package dev.ferrum.ironic.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodePatchTest extends SimTestBase {

  @Test
  void nestedAddReplaceRemove() {
    start();
    String uuid = seedOne("available");
    Api.Resp r =
        api.patch(
            "/v1/nodes/" + uuid,
            ops(
                op("add", "/instance_info/image_source", "glance-id"),
                op("add", "/properties/capabilities", "boot_mode:uefi"),
                op("replace", "/properties/cpus", 64),
                op("add", "/driver_info/ipmi_password", "hunter2"),
                op("add", "/driver_info/ipmi_address", "10.0.0.1")));
    assertThat(r.status()).isEqualTo(200);
    JsonNode n = r.json();
    assertThat(n.at("/instance_info/image_source").asText()).isEqualTo("glance-id");
    assertThat(n.at("/properties/cpus").asInt()).isEqualTo(64);
    assertThat(n.at("/driver_info/ipmi_password").asText()).isEqualTo("******");
    assertThat(n.at("/driver_info/ipmi_address").asText()).isEqualTo("10.0.0.1");
    JsonNode removed =
        api.patch("/v1/nodes/" + uuid, ops(op("remove", "/properties/capabilities", null))).json();
    assertThat(removed.get("properties").has("capabilities")).isFalse();
    Api.Resp missing = api.patch("/v1/nodes/" + uuid, ops(op("remove", "/extra/nope", null)));
    assertThat(missing.status()).isEqualTo(400);
  }

  @Test
  void instanceUuidOfAnotherInstanceIsAConflict() {
    start();
    String uuid = seedOne("available");
    String first = "33333333-3333-3333-3333-333333333333";
    assertThat(api.patch("/v1/nodes/" + uuid, ops(op("replace", "/instance_uuid", first))).status())
        .isEqualTo(200);
    assertThat(api.patch("/v1/nodes/" + uuid, ops(op("replace", "/instance_uuid", first))).status())
        .isEqualTo(200);
    Api.Resp r =
        api.patch(
            "/v1/nodes/" + uuid,
            ops(op("replace", "/instance_uuid", "44444444-4444-4444-4444-444444444444")));
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.faultstring())
        .isEqualTo("Node " + uuid + " is associated with instance " + first + ".");
    Api.Resp delete = api.delete("/v1/nodes/" + uuid);
    assertThat(delete.status()).isEqualTo(409);
    assertThat(delete.faultstring())
        .isEqualTo("Node " + uuid + " is associated with instance " + first + ".");
  }

  @Test
  void ironicsUpdateRules() {
    start();
    String active = seedOne("active");
    Api.Resp driver =
        api.patch("/v1/nodes/" + active, ops(op("replace", "/power_interface", "ipmitool")));
    assertThat(driver.status()).isEqualTo(409);
    assertThat(driver.faultstring()).startsWith("Node " + active + " can not have power_interface");
    Api.Resp internal =
        api.patch("/v1/nodes/" + active, ops(op("replace", "/provision_state", "available")));
    assertThat(internal.status()).isEqualTo(400);
    assertThat(internal.faultstring())
        .isEqualTo("'/provision_state' is an internal attribute and can not be updated");
    Api.Resp root = api.patch("/v1/nodes/" + active, ops(op("add", "/bogus", 1)));
    assertThat(root.status()).isEqualTo(400);
    Api.Resp traits =
        api.patch("/v1/nodes/" + active, ops(op("add", "/traits", java.util.List.of())));
    assertThat(traits.status()).isEqualTo(400);
    String other = seedOne("available");
    String name = node(active).get("name").asText();
    Api.Resp dup = api.patch("/v1/nodes/" + other, ops(op("replace", "/name", name)));
    assertThat(dup.status()).isEqualTo(409);
    assertThat(dup.faultstring()).isEqualTo("A node with name " + name + " already exists.");
    assertThat(node(name).get("uuid").asText()).isEqualTo(active);
    Api.Resp maint = api.patch("/v1/nodes/" + active, ops(op("replace", "/maintenance", true)));
    assertThat(maint.json().get("maintenance").asBoolean()).isTrue();
  }

  @Test
  void createRulesAndDelete() {
    start();
    Api.Resp created =
        api.post(
            "/v1/nodes",
            Map.of(
                "name",
                "n1",
                "driver",
                "fake-hardware",
                "resource_class",
                "gold",
                "properties",
                Map.of("cpus", 4)));
    assertThat(created.status()).isEqualTo(201);
    String uuid = created.json().get("uuid").asText();
    assertThat(created.header("Location")).isEqualTo(sim.baseUri() + "/v1/nodes/" + uuid);
    JsonNode n = created.json();
    assertThat(n.get("provision_state").asText()).isEqualTo("enroll");
    assertThat(n.get("conductor_group").asText()).isEmpty();
    assertThat(n.get("shard").isNull()).isTrue();
    assertThat(n.get("traits")).isEmpty();
    assertThat(n.get("conductor").asText()).isEqualTo("127.0.0.1");
    Api.Resp dup = api.post("/v1/nodes", Map.of("name", "n1", "driver", "fake-hardware"));
    assertThat(dup.status()).isEqualTo(409);
    assertThat(dup.faultstring()).isEqualTo("A node with name n1 already exists.");
    Api.Resp ipmi = api.post("/v1/nodes", Map.of("driver", "bogus"));
    assertThat(ipmi.faultstring())
        .isEqualTo(
            "No valid host was found. Reason: No conductor service registered which supports"
                + " driver bogus for conductor group \"\".");
    Api.Resp extra = api.post("/v1/nodes", Map.of("driver", "ipmi", "bogus_field", 1));
    assertThat(extra.faultstring())
        .isEqualTo(
            "Schema error for node: Additional properties are not allowed ('bogus_field' was"
                + " unexpected)");
    assertThat(api.delete("/v1/nodes/n1").status()).isEqualTo(204);
    assertThat(api.get("/v1/nodes/n1").status()).isEqualTo(404);
    String active = seedOne("active");
    assertThat(api.delete("/v1/nodes/" + active).status()).isEqualTo(409);
    sim.control().setMaintenance(active, true, "decommission");
    assertThat(api.delete("/v1/nodes/" + active).status()).isEqualTo(204);
  }
}
