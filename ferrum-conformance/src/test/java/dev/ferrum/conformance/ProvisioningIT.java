package dev.ferrum.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.ironic.client.IronicBadRequestException;
import dev.ferrum.ironic.client.IronicConflictException;
import dev.ferrum.ironic.client.model.ConfigDrive;
import dev.ferrum.ironic.client.model.JsonPatch;
import dev.ferrum.ironic.client.model.Microversion;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.NodeValidation;
import dev.ferrum.ironic.client.model.ProvisionRequest;
import dev.ferrum.ironic.client.model.ProvisionState;
import dev.ferrum.ironic.client.model.ProvisionVerb;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The node life cycle Nova's driver walks: enrol, reserve, deploy, rebuild, rescue, undeploy. */
@ExtendWith(IronicTargetExtension.class)
class ProvisioningIT {

  @Test
  void enrollManageProvideReachesAvailable(TestNodes nodes) {
    Node n = nodes.enroll();
    assertThat(n.provisionState()).isEqualTo(ProvisionState.ENROLL);
    assertThat(n.powerState()).isNull();
    assertThat(n.driver()).isEqualTo("fake-hardware");
    assertThat(n.conductorGroup()).isEmpty();
    assertThat(n.traits()).isEmpty();
    assertThat(n.name()).startsWith("conf-");

    nodes.manageAndProvide(n.uuid());

    Node available = nodes.client().nodes().get(n.name());
    assertThat(available.uuid()).isEqualTo(n.uuid());
    assertThat(available.provisionState()).isEqualTo(ProvisionState.AVAILABLE);
    assertThat(available.instanceUuid()).isNull();
  }

  @Test
  void secondReservationWithAnotherInstanceIs409(TestNodes nodes) {
    Node n = nodes.available();
    String first = UUID.randomUUID().toString();

    Node reserved = nodes.client().nodes().reserve(n.uuid(), first);
    assertThat(reserved.instanceUuid()).isEqualTo(first);

    String second = UUID.randomUUID().toString();
    assertThatThrownBy(() -> nodes.client().nodes().reserve(n.uuid(), second))
        .isInstanceOfSatisfying(
            IronicConflictException.class,
            e -> {
              assertThat(e.status()).isEqualTo(409);
              assertThat(e.faultstring())
                  .hasValueSatisfying(
                      f -> assertThat(f).contains(n.uuid()).contains("associated with instance"));
            });
    assertThat(nodes.client().nodes().get(n.uuid()).instanceUuid()).isEqualTo(first);

    Node released = nodes.client().nodes().release(n.uuid());
    assertThat(released.instanceUuid()).isNull();
  }

  @Test
  void instanceInfoPatchAddsReplacesAndRemovesNestedValues(TestNodes nodes) {
    Node n = nodes.enroll();
    var api = nodes.client().nodes();

    Node added =
        api.update(
            n.uuid(), JsonPatch.builder().add("/instance_info", TestNodes.instanceInfo()).build());
    assertThat(added.instanceInfo())
        .containsEntry("root_gb", "10")
        .containsEntry("capabilities", Map.of("boot_option", "local"));

    Node changed =
        api.update(
            n.uuid(),
            JsonPatch.builder()
                .replace("/instance_info/root_gb", "20")
                .add("/instance_info/capabilities/secure_boot", "true")
                .remove("/instance_info/display_name")
                .build());

    assertThat(changed.instanceInfo())
        .containsEntry("root_gb", "20")
        .containsEntry("capabilities", Map.of("boot_option", "local", "secure_boot", "true"))
        .doesNotContainKey("display_name")
        .containsEntry("image_type", "whole-disk");
    assertThat(api.get(n.uuid()).instanceInfo()).isEqualTo(changed.instanceInfo());

    Node removed = api.update(n.uuid(), JsonPatch.builder().remove("/instance_info").build());
    assertThat(removed.instanceInfo()).isNullOrEmpty();
  }

  @Test
  void validateReportsEveryInterface(TestNodes nodes) {
    Node n = nodes.available();
    nodes.prepareDeploy(n.uuid());

    NodeValidation v = nodes.client().nodes().validate(n.uuid());

    assertThat(v.interfaces().keySet())
        .contains(
            "boot", "deploy", "management", "network", "power", "console", "rescue", "storage");
    for (String iface : List.of("boot", "deploy", "management", "network", "power", "storage")) {
      assertThat(v.get(iface).valid()).as(iface).isTrue();
    }
    assertThat(v.failures()).isEmpty();
  }

  @Test
  void deployWithBase64ConfigDriveReachesActive(TestNodes nodes) {
    Node n = nodes.available();
    String instance = nodes.prepareDeploy(n.uuid());

    nodes
        .client()
        .nodes()
        .setProvisionState(
            n.uuid(),
            ProvisionRequest.deploy(Optional.of(new ConfigDrive.Encoded("H4sICFRlc3QAA0tLSwQA"))));
    Node active = Awaits.provisionState(nodes.client(), n.uuid(), ProvisionState.ACTIVE);

    assertThat(active.instanceUuid()).isEqualTo(instance);
    assertThat(active.instanceInfo())
        .containsEntry("configdrive", "******")
        .containsEntry("image_type", "whole-disk");
    assertThat(active.driverInternalInfo()).containsEntry("is_whole_disk_image", true);
    assertThat(active.lastError()).isNull();
  }

  @Test
  void deployWithJsonConfigDriveReachesActive(IronicTarget target, TestNodes nodes) {
    Assumptions.assumeTrue(target.client().microversion().atLeast(Microversion.of(56)));
    Node n = nodes.available();
    nodes.prepareDeploy(n.uuid());
    RawHttp.Response tooOld =
        target
            .raw()
            .send(
                "PUT",
                "/v1/nodes/" + n.uuid() + "/states/provision",
                "1.55",
                Map.of("target", "active", "configdrive", Map.of("user_data", "x")));
    assertThat(tooOld.status()).isEqualTo(400);
    assertThat(tooOld.fault())
        .contains(
            "Providing a JSON object for configdrive is only supported starting with API"
                + " version 1.56");
    Map<String, Object> drive =
        Map.of(
            "meta_data", Map.of("uuid", n.uuid(), "hostname", "conformance"),
            "user_data", "#cloud-config\n",
            "network_data", Map.of("links", List.of()));

    nodes
        .client()
        .nodes()
        .setProvisionState(
            n.uuid(), ProvisionRequest.deploy(Optional.of(new ConfigDrive.Structured(drive))));
    Node active = Awaits.provisionState(nodes.client(), n.uuid(), ProvisionState.ACTIVE);

    assertThat(active.instanceInfo()).containsEntry("configdrive", "******");
  }

  @Test
  void rebuildReturnsToActive(TestNodes nodes) {
    Node n = nodes.active();

    nodes.client().nodes().setProvisionState(n.uuid(), ProvisionRequest.rebuild(Optional.empty()));
    Node rebuilt = Awaits.provisionState(nodes.client(), n.uuid(), ProvisionState.ACTIVE);

    assertThat(rebuilt.instanceUuid()).isEqualTo(n.instanceUuid());
    assertThat(rebuilt.provisionUpdatedAt()).isAfterOrEqualTo(n.provisionUpdatedAt());
  }

  @Test
  void rescueNeedsPasswordAndUnrescueReturnsToActive(IronicTarget target, TestNodes nodes) {
    Node n = nodes.active();

    RawHttp.Response noPassword =
        target
            .raw()
            .send(
                "PUT",
                "/v1/nodes/" + n.uuid() + "/states/provision",
                "1.46",
                Map.of("target", "rescue"));
    assertThat(noPassword.status()).isEqualTo(400);
    assertThat(noPassword.fault()).contains("rescue_password").contains("required");

    nodes.client().nodes().setProvisionState(n.uuid(), ProvisionRequest.rescue("s3cret-rescue"));
    Node rescued = Awaits.provisionState(nodes.client(), n.uuid(), ProvisionState.RESCUE);
    assertThat(rescued.instanceInfo())
        .containsEntry("rescue_password", "******")
        .containsEntry("hashed_rescue_password", "******");

    nodes.client().nodes().setProvisionState(n.uuid(), ProvisionRequest.of(ProvisionVerb.UNRESCUE));
    Node unrescued = Awaits.provisionState(nodes.client(), n.uuid(), ProvisionState.ACTIVE);
    assertThat(unrescued.instanceInfo()).containsEntry("rescue_password", "******");
  }

  @Test
  void undeployReturnsToAvailableAndClearsInstance(TestNodes nodes) {
    Node n = nodes.active();

    nodes.client().nodes().setProvisionState(n.uuid(), ProvisionRequest.of(ProvisionVerb.DELETED));
    Node available = Awaits.provisionState(nodes.client(), n.uuid(), ProvisionState.AVAILABLE);

    assertThat(available.instanceUuid()).isNull();
    assertThat(available.instanceInfo()).isNullOrEmpty();
  }

  @Test
  void provisionRequestAnswers202WithLocationAndNoBody(IronicTarget target, TestNodes nodes) {
    Node n = nodes.enroll();

    RawHttp.Response r =
        target
            .raw()
            .send(
                "PUT",
                "/v1/nodes/" + n.uuid() + "/states/provision",
                "1.46",
                Map.of("target", "manage"));

    assertThat(r.status()).isEqualTo(202);
    assertThat(r.raw().body()).isEmpty();
    assertThat(r.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/v1/nodes/" + n.uuid() + "/states"));
    Awaits.provisionState(nodes.client(), n.uuid(), ProvisionState.MANAGEABLE);
  }

  @Test
  void deployWithInstanceTraitsMissingOnTheNodeIs400(TestNodes nodes) {
    Node n = nodes.available();
    nodes.prepareDeploy(n.uuid());
    nodes.client().nodes().addTrait(n.uuid(), "CUSTOM_ON_NODE");
    nodes
        .client()
        .nodes()
        .update(
            n.uuid(),
            JsonPatch.builder()
                .add("/instance_info/traits", List.of("CUSTOM_ON_NODE", "CUSTOM_NOT_ON_NODE"))
                .build());

    assertThatThrownBy(() ->
            nodes
                .client()
                .nodes()
                .setProvisionState(n.uuid(), ProvisionRequest.deploy(Optional.empty())))
        .isInstanceOfSatisfying(
            IronicBadRequestException.class,
            e ->
                assertThat(e.faultstring())
                    .hasValueSatisfying(f ->
                        assertThat(f)
                            .contains(
                                "Cannot specify instance traits that are not also set on the node")
                            .contains("CUSTOM_NOT_ON_NODE")));
    assertThat(nodes.client().nodes().get(n.uuid()).provisionState())
        .isEqualTo(ProvisionState.AVAILABLE);
  }
}
