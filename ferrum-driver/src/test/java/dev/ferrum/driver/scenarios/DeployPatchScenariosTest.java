package dev.ferrum.driver.scenarios;

import static dev.ferrum.driver.testing.FakeIronic.NODE_A;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferrum.driver.BlockDeviceInfo;
import dev.ferrum.driver.Flavor;
import dev.ferrum.driver.ImageSpec;
import dev.ferrum.driver.InstanceSpec;
import dev.ferrum.driver.NetworkInfo;
import dev.ferrum.driver.SpawnRequest;
import dev.ferrum.driver.VolumeMapping;
import dev.ferrum.driver.testing.DriverFixture;
import dev.ferrum.driver.testing.FakeIronic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scenarios §9: the deploy patch, observed as the PATCH body spawn sends. */
class DeployPatchScenariosTest {

  @AutoClose final DriverFixture fx = new DriverFixture();

  @BeforeEach
  void reserveA() {
    fx.ironic.node(NODE_A).put("instance_uuid", fx.instanceUuid);
  }

  private JsonNode spawn(InstanceSpec instance, ImageSpec image, BlockDeviceInfo bdi) {
    fx.driver()
        .spawn(
            new SpawnRequest(
                instance, image, List.of(), Optional.empty(), NetworkInfo.empty(), bdi),
            fx.hooks);
    return fx.ironic.requests("PATCH", "/v1/nodes/" + NODE_A).get(0).body();
  }

  private JsonNode spawn(Flavor flavor, ImageSpec image) {
    InstanceSpec i =
        InstanceSpec.builder(fx.instanceUuid, DriverFixture.PROJECT, DriverFixture.USER, flavor)
            .displayName("fake-instance")
            .node(NODE_A)
            .host("fake-host")
            .projectName("testproject")
            .userName("testuser")
            .build();
    return spawn(i, image, BlockDeviceInfo.none());
  }

  private static Map<String, JsonNode> ops(JsonNode patch) {
    Map<String, JsonNode> m = new LinkedHashMap<>();
    for (JsonNode op : patch) {
      assertThat(op.get("op").asText()).isEqualTo("add");
      assertThat(op.get("path").asText()).startsWith("/instance_info/");
      m.put(op.get("path").asText().substring("/instance_info/".length()), op.get("value"));
    }
    return m;
  }

  private static Flavor flavor(Map<String, String> specs, int ephemeral) {
    return new Flavor("fake.flavor", 1, 1, 1, ephemeral, 1, specs);
  }

  @Test
  void PAT_01_genericPatch() {
    Map<String, JsonNode> ops =
        ops(spawn(fx.instance(NODE_A), DriverFixture.image(), BlockDeviceInfo.none()));
    Map<String, String> text = new LinkedHashMap<>();
    ops.forEach((k, v) -> text.put(k, v.asText()));
    assertThat(text)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("image_source", FakeIronic.IMAGE),
                Map.entry("root_gb", "1"),
                Map.entry("swap_mb", "1"),
                Map.entry("display_name", "fake-instance"),
                Map.entry("vcpus", "1"),
                Map.entry("nova_host_id", "fake-host"),
                Map.entry("memory_mb", "1"),
                Map.entry("local_gb", "0"),
                Map.entry("project_id", DriverFixture.PROJECT),
                Map.entry("project_name", "testproject"),
                Map.entry("user_id", DriverFixture.USER),
                Map.entry("user_name", "testuser"),
                Map.entry("flavor_name", "fake.flavor"),
                Map.entry("fixed_ips", "[]"),
                Map.entry("floating_ips", "[]")));
    assertThat(ops.get("root_gb").isTextual()).isTrue();
  }

  @Test
  void PAT_02_driverLevelOrder() {
    assertThat(
            new ArrayList<>(
                ops(spawn(fx.instance(NODE_A), DriverFixture.image(), BlockDeviceInfo.none()))
                    .keySet()))
        .containsExactly(
            "image_source",
            "root_gb",
            "swap_mb",
            "display_name",
            "vcpus",
            "nova_host_id",
            "memory_mb",
            "local_gb",
            "project_id",
            "project_name",
            "user_id",
            "user_name",
            "flavor_name",
            "fixed_ips",
            "floating_ips");
  }

  @Test
  void PAT_03_capabilities() {
    Map<String, String> specs = new LinkedHashMap<>();
    specs.put("capabilities:boot_mode", "<in> bios");
    specs.put("capabilities:key1:key2", "<in> bios");
    assertThat(ops(spawn(flavor(specs, 0), DriverFixture.image())).get("capabilities").asText())
        .isEqualTo("{\"boot_mode\": \"<in> bios\", \"key1:key2\": \"<in> bios\"}");
  }

  @Test
  void PAT_03_simpleCapability() {
    assertThat(
            ops(spawn(flavor(Map.of("capabilities:boot_mode", "bios"), 0), DriverFixture.image()))
                .get("capabilities")
                .asText())
        .isEqualTo("{\"boot_mode\": \"bios\"}");
  }

  @Test
  void PAT_04_fixedIpsArePythonLiterals() {
    fx.driver()
        .spawn(
            SpawnRequest.of(fx.instance(NODE_A), DriverFixture.image(), DriverFixture.network()),
            fx.hooks);
    JsonNode patch = fx.ironic.requests("PATCH", "/v1/nodes/" + NODE_A).get(0).body();
    assertThat(ops(patch).get("fixed_ips").asText())
        .isEqualTo(
            "[{'address': '1.2.3.4', 'type': 'fixed', 'version': 4, 'meta': {}, 'floating_ips': []}]");
  }

  @Test
  void PAT_05_imageTraits() {
    ImageSpec trusted =
        DriverFixture.image().withProperties(Map.of("traits_required", List.of("CUSTOM_TRUSTED")));
    assertThat(ops(spawn(flavor(Map.of(), 0), trusted)).get("traits").toString())
        .isEqualTo("[\"CUSTOM_TRUSTED\"]");
  }

  @Test
  void PAT_05_flavorTraitsFirst() {
    ImageSpec trusted =
        DriverFixture.image().withProperties(Map.of("traits_required", List.of("CUSTOM_TRUSTED")));
    assertThat(
            ops(spawn(flavor(Map.of("trait:CUSTOM_FOO", "required"), 0), trusted))
                .get("traits")
                .toString())
        .isEqualTo("[\"CUSTOM_FOO\",\"CUSTOM_TRUSTED\"]");
  }

  @Test
  void PAT_05_emptyPropertiesNoTraitsOp() {
    assertThat(ops(spawn(flavor(Map.of(), 0), DriverFixture.image().withProperties(Map.of()))))
        .doesNotContainKey("traits");
  }

  @Test
  void PAT_06_bootFromVolume() {
    ImageSpec trusted =
        DriverFixture.image().withProperties(Map.of("traits_required", List.of("CUSTOM_TRUSTED")));
    Map<String, JsonNode> ops =
        ops(
            spawn(
                fx.instance(NODE_A),
                trusted,
                new BlockDeviceInfo(List.of(new VolumeMapping("vol", 0, "iscsi", Map.of())))));
    assertThat(ops).doesNotContainKey("image_source").containsKey("traits").containsKey("root_gb");
  }

  @Test
  void PAT_07_ephemeral() {
    assertThat(ops(spawn(flavor(Map.of(), 10), DriverFixture.image())))
        .containsKey("ephemeral_gb")
        .doesNotContainKey("ephemeral_format");
  }

  @Test
  void PAT_07_ephemeralWithFormat() {
    fx.configure(c -> c.defaultEphemeralFormat("testfmt"));
    Map<String, JsonNode> ops = ops(spawn(flavor(Map.of(), 10), DriverFixture.image()));
    assertThat(ops.get("ephemeral_gb").asText()).isEqualTo("10");
    assertThat(ops.get("ephemeral_format").asText()).isEqualTo("testfmt");
  }

  @Test
  void PAT_08_standaloneImageCarriesUrlChecksumAndFormat() {
    ImageSpec image =
        ImageSpec.standalone("img-1", "http://127.0.0.1:8080/img.qcow2", "sha256:abcdef", "qcow2");
    Map<String, JsonNode> ops = ops(spawn(flavor(Map.of(), 0), image));
    assertThat(new ArrayList<>(ops.keySet()).subList(0, 4))
        .containsExactly(
            "image_source", "image_os_hash_algo", "image_os_hash_value", "image_disk_format");
    assertThat(ops.get("image_source").asText()).isEqualTo("http://127.0.0.1:8080/img.qcow2");
    assertThat(ops.get("image_os_hash_algo").asText()).isEqualTo("sha256");
    assertThat(ops.get("image_os_hash_value").asText()).isEqualTo("abcdef");
    assertThat(ops.get("image_disk_format").asText()).isEqualTo("qcow2");
  }

  @Test
  void PAT_08_standaloneImageWithMd5Checksum() {
    ImageSpec image =
        ImageSpec.standalone("img-1", "http://127.0.0.1:8080/img.raw", "0123456789abcdef", "raw");
    assertThat(ops(spawn(flavor(Map.of(), 0), image)).get("image_checksum").asText())
        .isEqualTo("0123456789abcdef");
  }
}
