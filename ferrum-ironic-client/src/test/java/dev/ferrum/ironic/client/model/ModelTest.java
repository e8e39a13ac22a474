package dev.ferrum.ironic.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void provisionRequestsRejectWhatIronicRejects() {
    assertThatThrownBy(() -> ProvisionRequest.rescue(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() ->
            new ProvisionRequest(
                ProvisionVerb.DELETED,
                Optional.of(ConfigDrive.encoded("x")),
                Optional.empty(),
                List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() ->
            new ProvisionRequest(
                ProvisionVerb.ACTIVE, Optional.empty(), Optional.of("pw"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProvisionRequest.clean(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() ->
            new ProvisionRequest(
                ProvisionVerb.MANAGE,
                Optional.empty(),
                Optional.empty(),
                List.of(Map.of("step", "x"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConfigDrive.encoded("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void provisionMinimumVersions() {
    assertThat(ProvisionRequest.of(ProvisionVerb.ACTIVE).minimumVersion()).hasToString("1.1");
    assertThat(ProvisionRequest.of(ProvisionVerb.MANAGE).minimumVersion()).hasToString("1.4");
    assertThat(ProvisionRequest.of(ProvisionVerb.UNRESCUE).minimumVersion()).hasToString("1.38");
    assertThat(ProvisionRequest.rebuild(Optional.empty()).minimumVersion()).hasToString("1.1");
    assertThat(ProvisionRequest.rebuild(Optional.of(ConfigDrive.encoded("x"))).minimumVersion())
        .hasToString("1.35");
    assertThat(
            ProvisionRequest.rebuild(Optional.of(ConfigDrive.structured(Map.of())))
                .minimumVersion())
        .hasToString("1.56");
    assertThat(ProvisionVerb.UNDEPLOY.apiValue()).isEqualTo("undeploy");
    assertThat(PowerTarget.SOFT_REBOOT.minimumVersion()).hasToString("1.27");
    assertThat(PowerTarget.POWER_OFF.apiValue()).isEqualTo("power off");
  }

  @Test
  void toStringsHideSecrets() {
    assertThat(ProvisionRequest.rescue("s3cret").toString())
        .doesNotContain("s3cret")
        .contains("rescuePassword=***");
    assertThat(ProvisionRequest.deploy(Optional.of(ConfigDrive.encoded("H4sIsecret"))).toString())
        .doesNotContain("H4sIsecret")
        .contains("10 chars");
    assertThat(ConfigDrive.structured(Map.of("user_data", "pw")).toString())
        .doesNotContain("pw")
        .contains("user_data");
    assertThat(ProvisionRequest.clean(List.of(Map.of("step", "x"))).toString())
        .contains("cleanSteps=1");
    assertThat(JsonPatch.builder().add("/driver_info/ipmi_password", "pw").remove("/a").build())
        .hasToString("JsonPatch[add /driver_info/ipmi_password, remove /a]");
  }

  @Test
  void patchesNeedPointersAndOperations() {
    assertThatThrownBy(() -> PatchOperation.add("instance_uuid", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonPatch.builder().build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(PatchOperation.pointer("a", "b/c", "d~e")).isEqualTo("/a/b~1c/d~0e");
    assertThat(PatchOperation.replace("/x", null).op()).isEqualTo("replace");
    assertThat(PatchOperation.remove("/x").op()).isEqualTo("remove");
  }

  @Test
  void queriesAndPages() {
    NodeQuery q = NodeQuery.builder().driver("ipmi").limit(10).build();
    assertThat(q.toBuilder().build()).isEqualTo(q);
    assertThat(q.withMarker("m").marker()).isEqualTo("m");
    assertThat(NodeQuery.SortDirection.ASC.apiValue()).isEqualTo("asc");
    assertThatThrownBy(() -> new PortQuery(null, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Page<>(List.of(1), Optional.empty()).hasNext()).isFalse();
  }

  @Test
  void nodeValidationAndConsoleHelpers() {
    NodeValidation v =
        new NodeValidation(
            Map.of(
                "power", new NodeValidation.InterfaceResult(true, null),
                "deploy", new NodeValidation.InterfaceResult(false, null)));
    assertThat(v.failures()).containsExactly(Map.entry("deploy", ""));
    assertThat(new ConsoleState(true, Map.of()).type()).isEmpty();
    assertThat(new ConsoleState(false, null).url()).isEmpty();
  }

  @Test
  void stateSetsDoNotOverlap() {
    assertThat(ProvisionState.STABLE).doesNotContainAnyElementsOf(ProvisionState.UNSTABLE);
    assertThat(ProvisionState.FAILURE).doesNotContainAnyElementsOf(ProvisionState.STABLE);
    assertThat(ProvisionState.DEPLOY_WAIT).isEqualTo("wait call-back");
    assertThat(PowerState.SOFT_POWER_OFF).isEqualTo("soft power off");
  }

  @Test
  void createRecordsRequireTheirKeys() {
    assertThatThrownBy(() -> PortCreate.of(null, "aa")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new VolumeTargetCreate("n", "iscsi", "v", null, null, null))
        .isInstanceOf(NullPointerException.class);
    assertThat(
            NodeCreate.builder("fake-hardware")
                .uuid("u")
                .conductorGroup("g")
                .owner("o")
                .description("d")
                .extra(Map.of())
                .build()
                .interfaces())
        .isEmpty();
  }
}
