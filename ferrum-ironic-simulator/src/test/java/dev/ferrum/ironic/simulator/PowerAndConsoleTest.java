package dev.ferrum.ironic.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PowerAndConsoleTest extends SimTestBase {

  private String power(String uuid) {
    return node(uuid).get("power_state").asText(null);
  }

  @Test
  void powerActionsShowTheTargetWhileRunning() {
    start();
    String uuid = seedOne("active");
    assertThat(node(uuid).get("power_state").isNull()).isTrue();
    Api.Resp on = api.put("/v1/nodes/" + uuid + "/states/power", Api.target("power on"));
    assertThat(on.status()).isEqualTo(202);
    JsonNode during = node(uuid);
    assertThat(during.get("target_power_state").asText()).isEqualTo("power on");
    assertThat(during.get("reservation").asText()).isEqualTo("127.0.0.1");
    settle();
    assertThat(power(uuid)).isEqualTo("power on");
    assertThat(node(uuid).get("target_power_state").isNull()).isTrue();

    api.put(
        "/v1/nodes/" + uuid + "/states/power", Map.of("target", "soft power off", "timeout", 5));
    settle();
    assertThat(power(uuid)).isEqualTo("power off");
    api.put("/v1/nodes/" + uuid + "/states/power", Api.target("rebooting"));
    assertThat(node(uuid).get("target_power_state").asText()).isEqualTo("power on");
    settle();
    assertThat(power(uuid)).isEqualTo("power on");
    api.put("/v1/nodes/" + uuid + "/states/power", Api.target("soft rebooting"));
    settle();
    assertThat(power(uuid)).isEqualTo("power on");
    api.put("/v1/nodes/" + uuid + "/states/power", Api.target("power off"));
    settle();
    assertThat(power(uuid)).isEqualTo("power off");
  }

  @Test
  void invalidPowerTargetAndTimeout() {
    start();
    String uuid = seedOne("active");
    sim.control().forcePowerState(uuid, "power on");
    Api.Resp bogus = api.put("/v1/nodes/" + uuid + "/states/power", Api.target("bogus"));
    assertThat(bogus.status()).isEqualTo(400);
    assertThat(bogus.faultstring())
        .isEqualTo(
            "The requested action \"bogus\" can not be performed on node \""
                + uuid
                + "\" while it is in state \"power on\".");
    Api.Resp timeout =
        api.put("/v1/nodes/" + uuid + "/states/power", Map.of("target", "power off", "timeout", 0));
    assertThat(timeout.status()).isEqualTo(400);
  }

  @Test
  void consoleEnableAndDisableWithSocatInfo() {
    start();
    String uuid = seedOne("active");
    JsonNode off = api.get("/v1/nodes/" + uuid + "/states/console").json();
    assertThat(off.get("console_enabled").asBoolean()).isFalse();
    assertThat(off.get("console_info").isNull()).isTrue();
    assertThat(api.put("/v1/nodes/" + uuid + "/states/console", Map.of("enabled", true)).status())
        .isEqualTo(202);
    settle();
    JsonNode on = api.get("/v1/nodes/" + uuid + "/states/console").json();
    assertThat(on.get("console_enabled").asBoolean()).isTrue();
    assertThat(on.at("/console_info/type").asText()).isEqualTo("socat");
    assertThat(on.at("/console_info/url").asText()).matches("tcp://127\\.0\\.0\\.1:\\d+");
    api.put("/v1/nodes/" + uuid + "/states/console", Map.of("enabled", false));
    settle();
    assertThat(
            api.get("/v1/nodes/" + uuid + "/states/console")
                .json()
                .get("console_enabled")
                .asBoolean())
        .isFalse();
  }

  @Test
  void vncConsoleFillsDriverInternalInfo() {
    start(IronicSimulator.builder().console(ConsoleKind.VNC));
    String uuid = seedOne("active");
    api.put("/v1/nodes/" + uuid + "/states/console", Map.of("enabled", true));
    settle();
    JsonNode state = api.get("/v1/nodes/" + uuid + "/states/console").json();
    assertThat(state.at("/console_info/type").asText()).isEqualTo("vnc");
    JsonNode internal =
        api.get("/v1/nodes/" + uuid + "?fields=uuid,driver_internal_info")
            .json()
            .get("driver_internal_info");
    assertThat(internal.get("vnc_host").asText()).isEqualTo("127.0.0.1");
    assertThat(internal.get("vnc_port").asInt()).isPositive();
  }
}
