package dev.ferrum.ironic.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvisionLifecycleTest extends SimTestBase {

  @Test
  void walksTheWholeLifecycleLikeIronic() {
    start();
    String uuid = enroll("node-1");
    assertThat(state(uuid)).isEqualTo("enroll");
    assertThat(node(uuid).get("power_state").isNull()).isTrue();

    Api.Resp manage = api.put("/v1/nodes/" + uuid + "/states/provision", Api.target("manage"));
    assertThat(manage.status()).isEqualTo(202);
    assertThat(manage.raw()).isEmpty();
    assertThat(manage.header("Location"))
        .isEqualTo(sim.baseUri() + "/v1/nodes/" + uuid + "/states");
    JsonNode verifying = node(uuid);
    assertThat(verifying.get("provision_state").asText()).isEqualTo("verifying");
    assertThat(verifying.get("target_provision_state").asText()).isEqualTo("manageable");
    assertThat(verifying.get("reservation").asText()).isEqualTo("127.0.0.1");
    settle();
    assertThat(state(uuid)).isEqualTo("manageable");
    assertThat(node(uuid).get("reservation").isNull()).isTrue();

    api.put("/v1/nodes/" + uuid + "/states/provision", Api.target("provide"));
    assertThat(state(uuid)).isEqualTo("cleaning");
    settle();
    assertThat(state(uuid)).isEqualTo("available");

    String instance = "11111111-2222-3333-4444-555555555555";
    Api.Resp patched =
        api.patch(
            "/v1/nodes/" + uuid,
            ops(
                op("add", "/instance_uuid", instance),
                op("add", "/instance_info", Map.of("image_source", "http://127.0.0.1/i.qcow2"))));
    assertThat(patched.status()).isEqualTo(200);

    Map<String, Object> configdrive = Map.of("meta_data", Map.of("uuid", instance));
    Api.Resp deploy =
        api.put(
            "/v1/nodes/" + uuid + "/states/provision",
            Map.of("target", "active", "configdrive", configdrive));
    assertThat(deploy.status()).isEqualTo(202);
    assertThat(state(uuid)).isEqualTo("deploying");
    assertThat(node(uuid).get("target_provision_state").asText()).isEqualTo("active");
    settle();
    JsonNode active = node(uuid);
    assertThat(active.get("provision_state").asText()).isEqualTo("active");
    assertThat(active.get("target_provision_state").isNull()).isTrue();
    assertThat(active.at("/instance_info/configdrive").asText()).isEqualTo("******");
    assertThat(active.at("/instance_info/image_type").asText()).isEqualTo("whole-disk");
    assertThat(active.get("power_state").isNull()).isTrue();

    api.put("/v1/nodes/" + uuid + "/states/provision", Api.target("rebuild"));
    assertThat(state(uuid)).isEqualTo("deploying");
    settle();
    assertThat(state(uuid)).isEqualTo("active");

    Api.Resp noPassword = api.put("/v1/nodes/" + uuid + "/states/provision", Api.target("rescue"));
    assertThat(noPassword.status()).isEqualTo(400);
    assertThat(noPassword.faultstring())
        .isEqualTo(
            "A non-empty \"rescue_password\" is required when setting target provision state to"
                + " rescue");

    api.put(
        "/v1/nodes/" + uuid + "/states/provision",
        Map.of("target", "rescue", "rescue_password", "s3cret"));
    assertThat(state(uuid)).isEqualTo("rescuing");
    settle();
    JsonNode rescued = node(uuid);
    assertThat(rescued.get("provision_state").asText()).isEqualTo("rescue");
    assertThat(rescued.at("/instance_info/rescue_password").asText()).isEqualTo("******");

    api.put("/v1/nodes/" + uuid + "/states/provision", Api.target("unrescue"));
    assertThat(state(uuid)).isEqualTo("unrescuing");
    settle();
    assertThat(state(uuid)).isEqualTo("active");

    Api.Resp undeploy = api.put("/v1/nodes/" + uuid + "/states/provision", Api.target("deleted"));
    assertThat(undeploy.status()).isEqualTo(202);
    assertThat(state(uuid)).isEqualTo("deleting");
    settle();
    JsonNode available = node(uuid);
    assertThat(available.get("provision_state").asText()).isEqualTo("available");
    assertThat(available.get("instance_uuid").isNull()).isTrue();
    assertThat(available.get("instance_info").size()).isZero();
  }

  @Test
  void invalidTransitionIs400WithIronicsText() {
    start();
    String uuid = seedOne("active");
    Api.Resp r = api.put("/v1/nodes/" + uuid + "/states/provision", Api.target("manage"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error().get("faultcode").asText()).isEqualTo("Client");
    assertThat(r.faultstring())
        .isEqualTo(
            "The requested action \"manage\" can not be performed on node \""
                + uuid
                + "\" while it is in state \"active\".");
    assertThat(r.error().get("debuginfo").isNull()).isTrue();
    assertThat(r.header("X-OpenStack-Ironic-API-Version")).isEqualTo("1.82");
  }

  @Test
  void nodeLockedWhileATransitionRuns() {
    start();
    String uuid = seedOne("available");
    api.put("/v1/nodes/" + uuid + "/states/provision", Api.target("active"));
    String locked =
        "Node "
            + uuid
            + " is locked by host 127.0.0.1, please retry after the current operation is"
            + " completed.";
    Api.Resp power = api.put("/v1/nodes/" + uuid + "/states/power", Api.target("power on"));
    assertThat(power.status()).isEqualTo(409);
    assertThat(power.faultstring()).isEqualTo(locked);
    Api.Resp patch = api.patch("/v1/nodes/" + uuid, ops(op("add", "/extra/a", "b")));
    assertThat(patch.status()).isEqualTo(409);
    assertThat(patch.faultstring()).isEqualTo(locked);
    Api.Resp again = api.put("/v1/nodes/" + uuid + "/states/provision", Api.target("deleted"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.faultstring()).isEqualTo(locked);
    settle();
    assertThat(api.put("/v1/nodes/" + uuid + "/states/power", Api.target("power on")).status())
        .isEqualTo(202);
  }

  @Test
  void deployInMaintenanceIsRefused() {
    start();
    String uuid = seedOne("available");
    assertThat(api.put("/v1/nodes/" + uuid + "/maintenance", Map.of("reason", "testing")).status())
        .isEqualTo(202);
    JsonNode n = node(uuid);
    assertThat(n.get("maintenance").asBoolean()).isTrue();
    assertThat(n.get("maintenance_reason").asText()).isEqualTo("testing");
    Api.Resp r = api.put("/v1/nodes/" + uuid + "/states/provision", Api.target("active"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.faultstring())
        .isEqualTo(
            "The provisioning operation can't be performed on node "
                + uuid
                + " because it's in maintenance mode.");
    assertThat(api.delete("/v1/nodes/" + uuid + "/maintenance").status()).isEqualTo(202);
    assertThat(node(uuid).get("maintenance").asBoolean()).isFalse();
  }

  @Test
  void plannedFailuresLandInFailureStatesWithLastError() {
    start();
    String uuid = seedOne("available");
    sim.control().failNext(uuid, FailureAction.DEPLOY, "Deploy step failed: boom");
    api.put("/v1/nodes/" + uuid + "/states/provision", Api.target("active"));
    settle();
    JsonNode failed = node(uuid);
    assertThat(failed.get("provision_state").asText()).isEqualTo("deploy failed");
    assertThat(failed.get("target_provision_state").asText()).isEqualTo("active");
    assertThat(failed.get("last_error").asText()).isEqualTo("Deploy step failed: boom");
    assertThat(failed.get("reservation").isNull()).isTrue();

    api.put("/v1/nodes/" + uuid + "/states/provision", Api.target("active"));
    assertThat(node(uuid).get("last_error").isNull()).isTrue();
    settle();
    assertThat(state(uuid)).isEqualTo("active");

    sim.control().failNext(uuid, FailureAction.RESCUE, "rescue broke");
    api.put(
        "/v1/nodes/" + uuid + "/states/provision",
        Map.of("target", "rescue", "rescue_password", "pw"));
    settle();
    assertThat(state(uuid)).isEqualTo("rescue failed");
    sim.control().failNext(uuid, FailureAction.UNRESCUE, "unrescue broke");
    api.put("/v1/nodes/" + uuid + "/states/provision", Api.target("unrescue"));
    settle();
    assertThat(state(uuid)).isEqualTo("unrescue failed");
  }

  @Test
  void cleaningOnUndeployCanFail() {
    start(IronicSimulator.builder().automatedClean(true));
    String uuid = seedOne("active");
    sim.control().failNext(uuid, FailureAction.CLEAN, "clean step failed");
    api.put("/v1/nodes/" + uuid + "/states/provision", Api.target("undeploy"));
    assertThat(state(uuid)).isEqualTo("deleting");
    clock.advance(java.time.Duration.ofMillis(5));
    assertThat(state(uuid)).isEqualTo("cleaning");
    settle();
    JsonNode n = node(uuid);
    assertThat(n.get("provision_state").asText()).isEqualTo("clean failed");
    assertThat(n.get("last_error").asText()).isEqualTo("clean step failed");
  }

  @Test
  void jsonConfigdriveNeeds156() {
    start();
    String uuid = seedOne("available");
    Api.Resp r =
        api.version("1.55")
            .put(
                "/v1/nodes/" + uuid + "/states/provision",
                Map.of("target", "active", "configdrive", Map.of("user_data", "x")));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.faultstring())
        .isEqualTo(
            "Providing a JSON object for configdrive is only supported starting with API version"
                + " 1.56");
    Api.Resp str =
        api.version("1.55")
            .put(
                "/v1/nodes/" + uuid + "/states/provision",
                Map.of("target", "active", "configdrive", "H4sIAAAA"));
    assertThat(str.status()).isEqualTo(202);
  }

  @Test
  void rescueNeeds138() {
    start();
    String uuid = seedOne("active");
    Api.Resp r =
        api.version("1.37")
            .put(
                "/v1/nodes/" + uuid + "/states/provision",
                Map.of("target", "rescue", "rescue_password", "x"));
    assertThat(r.status()).isEqualTo(406);
  }
}
