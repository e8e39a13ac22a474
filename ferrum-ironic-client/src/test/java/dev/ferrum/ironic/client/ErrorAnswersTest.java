package dev.ferrum.ironic.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.model.ConfigDrive;
import dev.ferrum.ironic.client.model.JsonPatch;
import dev.ferrum.ironic.client.model.NodeCreate;
import dev.ferrum.ironic.client.model.NodeQuery;
import dev.ferrum.ironic.client.model.PortCreate;
import dev.ferrum.ironic.client.model.PortGroupCreate;
import dev.ferrum.ironic.client.model.PortQuery;
import dev.ferrum.ironic.client.model.PowerTarget;
import dev.ferrum.ironic.client.model.ProvisionRequest;
import dev.ferrum.ironic.client.model.VolumeConnectorCreate;
import dev.ferrum.ironic.client.model.VolumeTargetCreate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every client call turns an error answer into a typed exception naming its request. */
class ErrorAnswersTest extends MockIronic {

  static final String N = "/v1/nodes/" + NODE_UUID;

  static Arguments call(String name, String method, String path, Consumer<IronicClient> call) {
    return Arguments.of(name, method, path, call);
  }

  static Stream<Arguments> calls() {
    return Stream.of(
        call("get", "GET", N, c -> c.nodes().get(NODE_UUID)),
        call(
            "get fields",
            "GET",
            N + "?fields=uuid",
            c -> c.nodes().get(NODE_UUID, List.of("uuid"))),
        call("list", "GET", "/v1/nodes/detail", c -> c.nodes().list(NodeQuery.all())),
        call(
            "page",
            "GET",
            "/v1/nodes/detail?limit=5",
            c -> c.nodes().page(NodeQuery.builder().limit(5).build())),
        call(
            "findByInstance",
            "GET",
            "/v1/nodes/detail?instance_uuid=" + INSTANCE_UUID,
            c -> c.nodes().findByInstance(INSTANCE_UUID, List.of())),
        call("create", "POST", "/v1/nodes", c -> c.nodes().create(NodeCreate.builder("x").build())),
        call("delete", "DELETE", N, c -> c.nodes().delete(NODE_UUID)),
        call(
            "update",
            "PATCH",
            N,
            c -> c.nodes().update(NODE_UUID, JsonPatch.builder().remove("/extra/a").build())),
        call("reserve", "PATCH", N, c -> c.nodes().reserve(NODE_UUID, INSTANCE_UUID)),
        call("release", "PATCH", N, c -> c.nodes().release(NODE_UUID)),
        call("validate", "GET", N + "/validate", c -> c.nodes().validate(NODE_UUID)),
        call(
            "provision",
            "PUT",
            N + "/states/provision",
            c ->
                c.nodes()
                    .setProvisionState(
                        NODE_UUID, ProvisionRequest.deploy(Optional.of(ConfigDrive.encoded("x"))))),
        call(
            "power",
            "PUT",
            N + "/states/power",
            c ->
                c.nodes()
                    .setPowerState(
                        NODE_UUID, PowerTarget.SOFT_REBOOT, Optional.of(Duration.ofSeconds(9)))),
        call("nmi", "PUT", N + "/management/inject_nmi", c -> c.nodes().injectNmi(NODE_UUID)),
        call("list vifs", "GET", N + "/vifs", c -> c.nodes().listVifs(NODE_UUID)),
        call("attach vif", "POST", N + "/vifs", c -> c.nodes().attachVif(NODE_UUID, "v1")),
        call("detach vif", "DELETE", N + "/vifs/v1", c -> c.nodes().detachVif(NODE_UUID, "v1")),
        call("get console", "GET", N + "/states/console", c -> c.nodes().getConsole(NODE_UUID)),
        call(
            "set console",
            "PUT",
            N + "/states/console",
            c -> c.nodes().setConsoleEnabled(NODE_UUID, true)),
        call(
            "set maintenance",
            "PUT",
            N + "/maintenance",
            c -> c.nodes().setMaintenance(NODE_UUID, Optional.of("r"))),
        call(
            "clear maintenance",
            "DELETE",
            N + "/maintenance",
            c -> c.nodes().clearMaintenance(NODE_UUID)),
        call("get traits", "GET", N + "/traits", c -> c.nodes().getTraits(NODE_UUID)),
        call(
            "set traits",
            "PUT",
            N + "/traits",
            c -> c.nodes().setTraits(NODE_UUID, List.of("CUSTOM_A"))),
        call(
            "add trait",
            "PUT",
            N + "/traits/CUSTOM_A",
            c -> c.nodes().addTrait(NODE_UUID, "CUSTOM_A")),
        call(
            "remove trait",
            "DELETE",
            N + "/traits/CUSTOM_A",
            c -> c.nodes().removeTrait(NODE_UUID, "CUSTOM_A")),
        call("port get", "GET", "/v1/ports/p1", c -> c.ports().get("p1")),
        call(
            "port list",
            "GET",
            "/v1/ports/detail?node=n1",
            c -> c.ports().list(PortQuery.byNode("n1"))),
        call("port create", "POST", "/v1/ports", c -> c.ports().create(PortCreate.of("n1", "aa"))),
        call(
            "port update",
            "PATCH",
            "/v1/ports/p1",
            c -> c.ports().update("p1", JsonPatch.builder().remove("/extra/a").build())),
        call("port delete", "DELETE", "/v1/ports/p1", c -> c.ports().delete("p1")),
        call("portgroup get", "GET", "/v1/portgroups/g1", c -> c.portGroups().get("g1")),
        call(
            "portgroup list",
            "GET",
            "/v1/portgroups/detail?address=aa",
            c -> c.portGroups().list(PortQuery.byAddress("aa"))),
        call(
            "portgroup create",
            "POST",
            "/v1/portgroups",
            c ->
                c.portGroups()
                    .create(new PortGroupCreate("n1", null, null, null, null, null, null))),
        call("portgroup delete", "DELETE", "/v1/portgroups/g1", c -> c.portGroups().delete("g1")),
        call(
            "connectors list",
            "GET",
            "/v1/volume/connectors?node=n1&detail=True",
            c -> c.volumeConnectors().listByNode("n1")),
        call(
            "connector create",
            "POST",
            "/v1/volume/connectors",
            c -> c.volumeConnectors().create(new VolumeConnectorCreate("n1", "iqn", "i", null))),
        call(
            "connector delete",
            "DELETE",
            "/v1/volume/connectors/c1",
            c -> c.volumeConnectors().delete("c1")),
        call(
            "targets list",
            "GET",
            "/v1/volume/targets?node=n1&detail=True",
            c -> c.volumeTargets().listByNode("n1")),
        call(
            "target create",
            "POST",
            "/v1/volume/targets",
            c ->
                c.volumeTargets()
                    .create(new VolumeTargetCreate("n1", "iscsi", "v", 0, null, null))),
        call(
            "target delete",
            "DELETE",
            "/v1/volume/targets/t1",
            c -> c.volumeTargets().delete("t1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void errorAnswerBecomesATypedException(
      String name, String method, String path, Consumer<IronicClient> call) throws Exception {
    enqueueRoot(82);
    server.enqueue(errorA(404, name + " failed here"));
    try (IronicClient client = client()) {
      assertThatThrownBy(() -> call.accept(client))
          .isInstanceOfSatisfying(
              IronicNotFoundException.class,
              e -> {
                assertThat(e.method()).isEqualTo(method);
                assertThat(e.path()).isEqualTo(path);
                assertThat(e.faultstring()).contains(name + " failed here");
                assertThat(e.requestId()).contains("req-404");
              });
    }
    takeDiscovery();
    takeApi(method, path, "1.82");
    assertThat(sleeps).isEmpty();
  }
}
