package dev.ferrum.driver.configdrive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The file tree and documents of a drive, without any image tooling (reference §8.7). */
class ConfigDriveLayoutTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> VERSIONS =
      List.of(
          "2012-08-10",
          "2013-04-04",
          "2013-10-17",
          "2015-10-15",
          "2016-06-30",
          "2016-10-06",
          "2017-02-22",
          "2018-08-27",
          "2020-10-14",
          "2025-04-04",
          "latest");

  private static JsonNode json(SortedMap<String, byte[]> files, String path) throws IOException {
    assertThat(files).containsKey(path);
    return JSON.readTree(files.get(path));
  }

  @Test
  @DisplayName("CFD-06 drive layout: EC2 and OpenStack trees, version-gated files, content/0000")
  void cfd06Layout() {
    SortedMap<String, byte[]> files = ConfigDriveLayout.files(Fixtures.full());
    List<String> expected = new ArrayList<>();
    for (String v : List.of("2009-04-04", "latest")) {
      expected.add("ec2/" + v + "/meta-data.json");
      expected.add("ec2/" + v + "/user-data");
    }
    for (int i = 0; i < VERSIONS.size(); i++) {
      String dir = "openstack/" + VERSIONS.get(i) + "/";
      expected.add(dir + "meta_data.json");
      expected.add(dir + "user_data");
      if (i >= 2) {
        expected.add(dir + "vendor_data.json");
      }
      if (i >= 3) {
        expected.add(dir + "network_data.json");
      }
      if (i >= 5) {
        expected.add(dir + "vendor_data2.json");
      }
    }
    expected.add("openstack/content/0000");
    assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(files.keySet()).noneMatch(p -> p.endsWith("/password"));
    assertThat(new String(files.get("openstack/content/0000"), StandardCharsets.UTF_8))
        .isEqualTo("hello\n");
    assertThat(new String(files.get("openstack/latest/user_data"), StandardCharsets.UTF_8))
        .startsWith("#cloud-config");
  }

  @Test
  @DisplayName("CFD-06 meta_data.json: admin_pass only when a password was supplied")
  void cfd06AdminPassOnlyWhenSupplied() throws IOException {
    SortedMap<String, byte[]> with = ConfigDriveLayout.files(Fixtures.full());
    assertThat(json(with, "openstack/latest/meta_data.json").path("admin_pass").asText())
        .isEqualTo(Fixtures.PASSWORD);
    SortedMap<String, byte[]> without =
        ConfigDriveLayout.files(ConfigDriveContent.of(Fixtures.metadata().build()));
    assertThat(json(without, "openstack/latest/meta_data.json").has("admin_pass")).isFalse();
  }

  @Test
  @DisplayName("CFD-06 meta_data.json fields and version gates")
  void metaDataFieldsByVersion() throws IOException {
    SortedMap<String, byte[]> files = ConfigDriveLayout.files(Fixtures.full());
    JsonNode latest = json(files, "openstack/latest/meta_data.json");
    assertThat(latest.path("uuid").asText()).isEqualTo(Fixtures.INSTANCE);
    assertThat(latest.path("name").asText()).isEqualTo("my-server");
    assertThat(latest.path("hostname").asText()).isEqualTo("my-server.novalocal");
    assertThat(latest.path("launch_index").asInt(-1)).isZero();
    assertThat(latest.path("availability_zone").asText()).isEqualTo("nova");
    assertThat(latest.path("meta").path("role").asText()).isEqualTo("web");
    assertThat(latest.path("public_keys").path("mykey").asText()).startsWith("ssh-ed25519");
    assertThat(latest.path("keys").get(0).path("type").asText()).isEqualTo("ssh");
    assertThat(latest.path("files").get(0).path("path").asText()).isEqualTo("/etc/motd");
    assertThat(latest.path("files").get(0).path("content_path").asText())
        .isEqualTo("/content/0000");
    assertThat(Base64.getDecoder().decode(latest.path("random_seed").asText()))
        .isEqualTo(Fixtures.SEED);
    assertThat(latest.path("project_id").asText()).isEqualTo(Fixtures.PROJECT);
    assertThat(latest.path("devices").isArray()).isTrue();
    assertThat(latest.path("dedicated_cpus").isArray()).isTrue();

    JsonNode folsom = json(files, "openstack/2012-08-10/meta_data.json");
    assertThat(folsom.has("random_seed")).isFalse();
    assertThat(folsom.has("project_id")).isFalse();
    assertThat(json(files, "openstack/2013-04-04/meta_data.json").has("random_seed")).isTrue();
    assertThat(json(files, "openstack/2013-10-17/meta_data.json").has("project_id")).isFalse();
    assertThat(json(files, "openstack/2015-10-15/meta_data.json").has("project_id")).isTrue();
    assertThat(json(files, "openstack/2015-10-15/meta_data.json").has("devices")).isFalse();
    assertThat(json(files, "openstack/2016-06-30/meta_data.json").has("devices")).isTrue();
    assertThat(json(files, "openstack/2018-08-27/meta_data.json").has("dedicated_cpus")).isFalse();
    assertThat(json(files, "openstack/2020-10-14/meta_data.json").has("dedicated_cpus")).isTrue();
  }

  @Test
  void deviceFieldsAreGatedByVersion() throws IOException {
    InstanceMetadata md =
        Fixtures.metadata()
            .devices(
                List.of(
                    Map.of("type", "nic", "tags", List.of("a"), "vlan", 100, "vf_trusted", true)))
            .build();
    SortedMap<String, byte[]> files = ConfigDriveLayout.files(ConfigDriveContent.of(md));
    JsonNode newton = json(files, "openstack/2016-06-30/meta_data.json").path("devices").get(0);
    assertThat(newton.has("vlan")).isFalse();
    assertThat(newton.has("vf_trusted")).isFalse();
    JsonNode ocata = json(files, "openstack/2017-02-22/meta_data.json").path("devices").get(0);
    assertThat(ocata.path("vlan").asInt()).isEqualTo(100);
    assertThat(ocata.has("vf_trusted")).isFalse();
    assertThat(
            json(files, "openstack/latest/meta_data.json").at("/devices/0/vf_trusted").asBoolean())
        .isTrue();
  }

  @Test
  void noUserDataMeansNoUserDataFiles() {
    SortedMap<String, byte[]> files =
        ConfigDriveLayout.files(ConfigDriveContent.of(Fixtures.metadata().build()));
    assertThat(files.keySet()).noneMatch(p -> p.endsWith("user_data") || p.endsWith("user-data"));
    assertThat(files.keySet()).noneMatch(p -> p.startsWith("ec2/"));
    assertThat(files.keySet()).noneMatch(p -> p.startsWith("openstack/content/"));
  }

  @Test
  @DisplayName("§8.5 empty network info gives links/networks/services lists, not a failure")
  void emptyNetworkData() throws IOException {
    SortedMap<String, byte[]> files =
        ConfigDriveLayout.files(ConfigDriveContent.of(Fixtures.metadata().build()));
    JsonNode network = json(files, "openstack/latest/network_data.json");
    assertThat(network.toString()).isEqualTo("{\"links\":[],\"networks\":[],\"services\":[]}");
  }

  @Test
  void vendorDataDocuments() throws IOException {
    ConfigDriveContent content =
        Fixtures.full()
            .withVendorData(
                new VendorData(Map.of("vendor", "ferrum"), Map.of("dyn", Map.of("k", "v"))));
    SortedMap<String, byte[]> files = ConfigDriveLayout.files(content);
    assertThat(json(files, "openstack/latest/vendor_data.json").toString())
        .isEqualTo("{\"vendor\":\"ferrum\"}");
    JsonNode v2 = json(files, "openstack/latest/vendor_data2.json");
    assertThat(v2.path("static").path("vendor").asText()).isEqualTo("ferrum");
    assertThat(v2.at("/dyn/k").asText()).isEqualTo("v");
    SortedMap<String, byte[]> none =
        ConfigDriveLayout.files(ConfigDriveContent.of(Fixtures.metadata().build()));
    assertThat(json(none, "openstack/2016-10-06/vendor_data2.json").toString())
        .isEqualTo("{\"static\":{}}");
  }

  @Test
  void networkTemplateComesFirstInContent() throws IOException {
    ConfigDriveContent content = Fixtures.full().withNetworkTemplate("auto eth0\n");
    SortedMap<String, byte[]> files = ConfigDriveLayout.files(content);
    assertThat(new String(files.get("openstack/content/0000"), StandardCharsets.UTF_8))
        .isEqualTo("auto eth0\n");
    assertThat(new String(files.get("openstack/content/0001"), StandardCharsets.UTF_8))
        .isEqualTo("hello\n");
    JsonNode md = json(files, "openstack/latest/meta_data.json");
    assertThat(md.at("/network_config/content_path").asText()).isEqualTo("/content/0000");
    assertThat(md.at("/files/0/content_path").asText()).isEqualTo("/content/0001");
  }

  @Test
  void ec2MetaData() throws IOException {
    SortedMap<String, byte[]> files = ConfigDriveLayout.files(Fixtures.full());
    JsonNode ec2 = json(files, "ec2/2009-04-04/meta-data.json");
    assertThat(ec2.path("ami-id").asText()).isEqualTo("ami-00000001");
    assertThat(ec2.path("instance-id").asText()).isEqualTo("i-00000001");
    assertThat(ec2.path("ami-manifest-path").asText()).isEqualTo("FIXME");
    assertThat(ec2.path("local-ipv4").asText()).isEqualTo("1.2.3.4");
    assertThat(ec2.path("local-hostname").asText()).isEqualTo("my-server.novalocal");
    assertThat(ec2.path("instance-type").asText()).isEqualTo("baremetal.small");
    assertThat(ec2.at("/placement/availability-zone").asText()).isEqualTo("nova");
    assertThat(ec2.path("instance-action").asText()).isEqualTo("none");
    assertThat(ec2.at("/public-keys/0/openssh-key").asText()).startsWith("ssh-ed25519");
    assertThat(ec2.has("kernel-id")).isFalse();
    assertThat(json(files, "ec2/latest/meta-data.json")).isEqualTo(ec2);
  }
}
