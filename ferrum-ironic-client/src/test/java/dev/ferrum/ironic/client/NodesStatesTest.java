package dev.ferrum.ironic.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.model.ConfigDrive;
import dev.ferrum.ironic.client.model.ConsoleState;
import dev.ferrum.ironic.client.model.PowerTarget;
import dev.ferrum.ironic.client.model.ProvisionRequest;
import dev.ferrum.ironic.client.model.ProvisionVerb;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodesStatesTest extends MockIronic {

  static final String PROVISION = "/v1/nodes/" + NODE_UUID + "/states/provision";
  static final String POWER = "/v1/nodes/" + NODE_UUID + "/states/power";

  @Test
  void manageSendsJustTheTarget() throws Exception {
    enqueueRoot(82);
    server.enqueue(empty(202));
    try (IronicClient client = client()) {
      client.nodes().setProvisionState(NODE_UUID, ProvisionRequest.of(ProvisionVerb.MANAGE));
    }
    takeDiscovery();
    assertThat(body(takeApi("PUT", PROVISION, "1.82"))).isEqualTo(tree("{\"target\":\"manage\"}"));
  }

  @Test
  void deployWithAnEncodedConfigDrive() throws Exception {
    enqueueRoot(82);
    server.enqueue(empty(202));
    try (IronicClient client = client()) {
      client
          .nodes()
          .setProvisionState(
              NODE_UUID, ProvisionRequest.deploy(Optional.of(ConfigDrive.encoded("H4sIAAAA"))));
    }
    takeDiscovery();
    assertThat(body(takeApi("PUT", PROVISION, "1.82")))
        .isEqualTo(tree("{\"target\":\"active\",\"configdrive\":\"H4sIAAAA\"}"));
  }

  @Test
  void structuredConfigDriveIsSentAsAnObjectFrom156() throws Exception {
    enqueueRoot(56);
    server.enqueue(empty(202));
    ConfigDrive cd =
        ConfigDrive.structured(
            Map.of("meta_data", Map.of("uuid", INSTANCE_UUID), "user_data", "#cloud-config"));
    try (IronicClient client = client()) {
      client.nodes().setProvisionState(NODE_UUID, ProvisionRequest.deploy(Optional.of(cd)));
    }
    takeDiscovery();
    assertThat(body(takeApi("PUT", PROVISION, "1.56")))
        .isEqualTo(
            tree(
                """
                {"target": "active", "configdrive":
                  {"meta_data": {"uuid": "%s"}, "user_data": "#cloud-config"}}
                """
                    .formatted(INSTANCE_UUID)));
  }

  @Test
  void structuredConfigDriveIsRefusedBelow156BeforeSending() throws Exception {
    enqueueRoot(55);
    ProvisionRequest r =
        ProvisionRequest.deploy(Optional.of(ConfigDrive.structured(Map.of("user_data", "x"))));
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().setProvisionState(NODE_UUID, r))
          .isInstanceOfSatisfying(
              IronicVersionNotSupportedException.class,
              e -> assertThat(e.required()).hasToString("1.56"));
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void rebuildWithConfigDriveNeeds135() throws Exception {
    enqueueRoot(34);
    try (IronicClient client = client()) {
      assertThatThrownBy(() ->
              client
                  .nodes()
                  .setProvisionState(
                      NODE_UUID, ProvisionRequest.rebuild(Optional.of(ConfigDrive.encoded("abc")))))
          .isInstanceOf(IronicVersionNotSupportedException.class)
          .hasMessageContaining("1.35");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void rescueSendsThePasswordAndCleanSendsSteps() throws Exception {
    enqueueRoot(82);
    server.enqueue(empty(202));
    server.enqueue(empty(202));
    List<Map<String, Object>> steps =
        List.of(Map.of("interface", "deploy", "step", "erase_devices"));
    try (IronicClient client = client()) {
      client.nodes().setProvisionState(NODE_UUID, ProvisionRequest.rescue("s3cret"));
      client.nodes().setProvisionState(NODE_UUID, ProvisionRequest.clean(steps));
    }
    takeDiscovery();
    assertThat(body(takeApi("PUT", PROVISION, "1.82")))
        .isEqualTo(tree("{\"target\":\"rescue\",\"rescue_password\":\"s3cret\"}"));
    assertThat(body(takeApi("PUT", PROVISION, "1.82")))
        .isEqualTo(
            tree(
                "{\"target\":\"clean\",\"clean_steps\":"
                    + "[{\"interface\":\"deploy\",\"step\":\"erase_devices\"}]}"));
  }

  @Test
  void rescueNeeds138() throws Exception {
    enqueueRoot(37);
    try (IronicClient client = client()) {
      assertThatThrownBy(
              () -> client.nodes().setProvisionState(NODE_UUID, ProvisionRequest.rescue("pw")))
          .isInstanceOf(IronicVersionNotSupportedException.class)
          .hasMessageContaining("provision rescue")
          .hasMessageNotContaining("pw");
    }
  }

  @Test
  void invalidTransitionIsABadRequestAndNotRetried() throws Exception {
    enqueueRoot(82);
    server.enqueue(
        errorA(
            400,
            "The requested action \"manage\" can not be performed on node \""
                + NODE_UUID
                + "\" while it is in state \"active\"."));
    try (IronicClient client = client()) {
      assertThatThrownBy(() ->
              client
                  .nodes()
                  .setProvisionState(NODE_UUID, ProvisionRequest.of(ProvisionVerb.MANAGE)))
          .isInstanceOf(IronicBadRequestException.class)
          .hasMessageContaining("while it is in state \"active\"");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void provisionRetriesNodeLockedThenSucceeds() throws Exception {
    enqueueRoot(82);
    server.enqueue(locked());
    server.enqueue(locked());
    server.enqueue(empty(202));
    try (IronicClient client = client()) {
      client.nodes().setProvisionState(NODE_UUID, ProvisionRequest.of(ProvisionVerb.DELETED));
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void powerTargetsAndTimeout() throws Exception {
    enqueueRoot(82);
    server.enqueue(empty(202));
    server.enqueue(empty(202));
    try (IronicClient client = client()) {
      client.nodes().setPowerState(NODE_UUID, PowerTarget.REBOOT);
      client
          .nodes()
          .setPowerState(
              NODE_UUID, PowerTarget.SOFT_POWER_OFF, Optional.of(Duration.ofMillis(4500)));
    }
    takeDiscovery();
    assertThat(body(takeApi("PUT", POWER, "1.82"))).isEqualTo(tree("{\"target\":\"rebooting\"}"));
    assertThat(body(takeApi("PUT", POWER, "1.82")))
        .isEqualTo(tree("{\"target\":\"soft power off\",\"timeout\":5}"));
  }

  @Test
  void softPowerAndTimeoutNeed127() throws Exception {
    enqueueRoot(26);
    server.enqueue(empty(202));
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().setPowerState(NODE_UUID, PowerTarget.SOFT_REBOOT))
          .isInstanceOf(IronicVersionNotSupportedException.class);
      assertThatThrownBy(() ->
              client
                  .nodes()
                  .setPowerState(
                      NODE_UUID, PowerTarget.POWER_OFF, Optional.of(Duration.ofSeconds(3))))
          .isInstanceOf(IronicVersionNotSupportedException.class);
      client.nodes().setPowerState(NODE_UUID, PowerTarget.POWER_ON);
      assertThatThrownBy(() ->
              client
                  .nodes()
                  .setPowerState(NODE_UUID, PowerTarget.POWER_ON, Optional.of(Duration.ZERO)))
          .isInstanceOf(IllegalArgumentException.class);
    }
    takeDiscovery();
    assertThat(body(takeApi("PUT", POWER, "1.26"))).isEqualTo(tree("{\"target\":\"power on\"}"));
  }

  @Test
  void powerErrorIsDecoded() throws Exception {
    enqueueRoot(82);
    server.enqueue(errorA(400, "bad target"));
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().setPowerState(NODE_UUID, PowerTarget.POWER_ON))
          .isInstanceOf(IronicBadRequestException.class)
          .hasMessageContaining("bad target");
    }
  }

  @Test
  void injectNmiSendsAnEmptyObjectAndNeeds129() throws Exception {
    enqueueRoot(82);
    server.enqueue(empty(204));
    server.enqueue(errorA(400, "Driver fake-hardware does not support inject_nmi"));
    try (IronicClient client = client()) {
      client.nodes().injectNmi(NODE_UUID);
      assertThatThrownBy(() -> client.nodes().injectNmi(NODE_UUID))
          .isInstanceOf(IronicBadRequestException.class);
    }
    takeDiscovery();
    assertThat(body(takeApi("PUT", "/v1/nodes/" + NODE_UUID + "/management/inject_nmi", "1.82")))
        .isEqualTo(tree("{}"));
  }

  @Test
  void injectNmiIsRefusedBelow129() throws Exception {
    enqueueRoot(28);
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> client.nodes().injectNmi(NODE_UUID))
          .isInstanceOf(IronicVersionNotSupportedException.class)
          .hasMessageContaining("inject NMI needs Ironic API 1.29");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void consoleGetAndSet() throws Exception {
    enqueueRoot(82);
    server.enqueue(
        json(
            200,
            "{\"console_enabled\": true, \"console_info\":"
                + " {\"type\": \"socat\", \"url\": \"tcp://127.0.0.1:10000\"}}"));
    server.enqueue(json(200, "{\"console_enabled\": false, \"console_info\": null}"));
    server.enqueue(empty(202));
    server.enqueue(errorA(404, "gone"));
    try (IronicClient client = client()) {
      ConsoleState on = client.nodes().getConsole(NODE_UUID);
      assertThat(on.consoleEnabled()).isTrue();
      assertThat(on.type()).contains("socat");
      assertThat(on.url()).contains("tcp://127.0.0.1:10000");
      ConsoleState off = client.nodes().getConsole(NODE_UUID);
      assertThat(off.consoleEnabled()).isFalse();
      assertThat(off.url()).isEmpty();
      client.nodes().setConsoleEnabled(NODE_UUID, true);
      assertThatThrownBy(() -> client.nodes().setConsoleEnabled(NODE_UUID, false))
          .isInstanceOf(IronicNotFoundException.class);
    }
    takeDiscovery();
    String console = "/v1/nodes/" + NODE_UUID + "/states/console";
    takeApi("GET", console, "1.82");
    takeApi("GET", console, "1.82");
    assertThat(body(takeApi("PUT", console, "1.82"))).isEqualTo(tree("{\"enabled\":true}"));
  }

  @Test
  void maintenanceSetWithReasonAndCleared() throws Exception {
    enqueueRoot(82);
    server.enqueue(empty(202));
    server.enqueue(empty(202));
    server.enqueue(empty(202));
    server.enqueue(errorA(404, "gone"));
    try (IronicClient client = client()) {
      client.nodes().setMaintenance(NODE_UUID, Optional.of("testing"));
      client.nodes().setMaintenance(NODE_UUID, Optional.empty());
      client.nodes().clearMaintenance(NODE_UUID);
      assertThatThrownBy(() -> client.nodes().clearMaintenance(NODE_UUID))
          .isInstanceOf(IronicNotFoundException.class);
    }
    takeDiscovery();
    String m = "/v1/nodes/" + NODE_UUID + "/maintenance";
    assertThat(body(takeApi("PUT", m, "1.82"))).isEqualTo(tree("{\"reason\":\"testing\"}"));
    assertThat(body(takeApi("PUT", m, "1.82"))).isEqualTo(tree("{}"));
    takeApi("DELETE", m, "1.82");
  }
}
