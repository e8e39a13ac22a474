package dev.ferrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CatalogCommandsTest extends CliTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void flavorListAsksForEmbeddedExtraSpecsAndFollowsLinks() {
    nova.on(
        "GET /v2.1/flavors/detail?is_public=None",
        200,
        "{\"flavors\": [{\"id\": \"1\", \"name\": \"bm.small\", \"ram\": 1024, \"disk\": 10,"
            + " \"vcpus\": 1, \"os-flavor-access:is_public\": true,"
            + " \"extra_specs\": {\"resources:CUSTOM_BAREMETAL\": \"1\"}}],"
            + " \"flavors_links\": [{\"rel\": \"next\", \"href\": \""
            + nova.url()
            + "/v2.1/flavors/detail?is_public=None&limit=1&marker=1\"}]}");
    nova.on(
        "GET /v2.1/flavors/detail?is_public=None&limit=1&marker=1",
        200,
        "{\"flavors\": [{\"id\": \"2\", \"name\": \"bm.large\", \"ram\": 4096, \"disk\": 100,"
            + " \"vcpus\": 8, \"os-flavor-access:is_public\": false}]}");

    Run r = run("flavor", "list");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(nova.targets())
        .containsExactly(
            "GET /v2.1/flavors/detail?is_public=None",
            "GET /v2.1/flavors/detail?is_public=None&limit=1&marker=1");
    assertThat(nova.requests().getFirst().header("X-OpenStack-Nova-API-Version")).isEqualTo("2.61");
    assertThat(nova.requests().getFirst().header("OpenStack-API-Version"))
        .isEqualTo("compute 2.61");
    assertThat(r.out())
        .isEqualTo(
            """
            +----+----------+------+------+-------+-----------+--------------------------------+
            | ID | Name     | RAM  | Disk | VCPUs | Is Public | Properties                     |
            +----+----------+------+------+-------+-----------+--------------------------------+
            | 1  | bm.small | 1024 | 10   | 1     | true      | resources:CUSTOM_BAREMETAL='1' |
            | 2  | bm.large | 4096 | 100  | 8     | false     |                                |
            +----+----------+------+------+-------+-----------+--------------------------------+
            """);
  }

  @Test
  void flavorCreateWithAResourceClassSetsIronicExtraSpecs() throws Exception {
    env.put("FERRUM_TOKEN", "adm");
    nova.on(
        "POST /v2.1/flavors",
        200,
        "{\"flavor\": {\"id\": \"f-1\", \"name\": \"bm.gold\", \"ram\": 2048, \"disk\": 20,"
            + " \"vcpus\": 4, \"os-flavor-access:is_public\": true}}");
    nova.on(
        "POST /v2.1/flavors/f-1/os-extra_specs",
        200,
        "{\"extra_specs\": {\"resources:CUSTOM_BAREMETAL_GOLD\": \"1\", \"resources:VCPU\": \"0\","
            + " \"resources:MEMORY_MB\": \"0\", \"resources:DISK_GB\": \"0\", \"hw:cpu\": \"x\"}}");

    Run r =
        run(
            "flavor",
            "create",
            "bm.gold",
            "--ram",
            "2048",
            "--vcpus",
            "4",
            "--disk",
            "20",
            "--resource-class",
            "baremetal-gold",
            "--property",
            "hw:cpu=x");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(JSON.readTree(nova.request("POST /v2.1/flavors").body()))
        .isEqualTo(
            JSON.readTree(
                "{\"flavor\": {\"name\": \"bm.gold\", \"ram\": 2048, \"vcpus\": 4, \"disk\": 20,"
                    + " \"os-flavor-access:is_public\": true}}"));
    JsonNode specs = JSON.readTree(nova.request("POST /v2.1/flavors/f-1/os-extra_specs").body());
    assertThat(specs)
        .isEqualTo(
            JSON.readTree(
                "{\"extra_specs\": {\"hw:cpu\": \"x\", \"resources:CUSTOM_BAREMETAL_GOLD\": \"1\","
                    + " \"resources:VCPU\": \"0\", \"resources:MEMORY_MB\": \"0\","
                    + " \"resources:DISK_GB\": \"0\"}}"));
    assertThat(nova.request("POST /v2.1/flavors/f-1/os-extra_specs").header("X-Auth-Token"))
        .isEqualTo("adm");
    assertThat(r.out())
        .contains("| id                         | f-1 ")
        .contains("resources:CUSTOM_BAREMETAL_GOLD='1'")
        .contains("resources:VCPU='0'");
  }

  @Test
  void flavorCreateNeedsItsSizes() {
    Run r = run("flavor", "create", "x", "--ram", "1");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required options: '--vcpus=N', '--disk=GiB'");
    assertThat(nova.requests()).isEmpty();
  }

  @Test
  void imageListFollowsGlanceNextLinks() {
    nova.on(
        "GET /image/v2/images",
        200,
        "{\"images\": [{\"id\": \"i1\", \"name\": \"ubuntu\", \"status\": \"active\"}],"
            + " \"next\": \"/v2/images?marker=i1&limit=1\"}");
    nova.on(
        "GET /image/v2/images?marker=i1&limit=1",
        200,
        "{\"images\": [{\"id\": \"i2\", \"name\": \"debian\", \"status\": \"queued\"}]}");

    Run r = run("image", "list");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .isEqualTo(
            """
            +----+--------+--------+
            | ID | Name   | Status |
            +----+--------+--------+
            | i1 | ubuntu | active |
            | i2 | debian | queued |
            +----+--------+--------+
            """);
  }

  @Test
  void imageCreateRegistersTheUrl() throws Exception {
    nova.on(
        "POST /image/v2/images",
        201,
        "{\"id\": \"i9\", \"name\": \"jammy\", \"status\": \"active\", \"disk_format\": \"qcow2\","
            + " \"url\": \"http://10.0.0.1/jammy.qcow2\"}");

    Run r =
        run(
            "image",
            "create",
            "jammy",
            "--url",
            "http://10.0.0.1/jammy.qcow2",
            "--checksum",
            "abc123",
            "--disk-format",
            "qcow2",
            "--property",
            "os_distro=ubuntu");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(JSON.readTree(nova.request("POST /image/v2/images").body()))
        .isEqualTo(
            JSON.readTree(
                "{\"name\": \"jammy\", \"url\": \"http://10.0.0.1/jammy.qcow2\", \"checksum\":"
                    + " \"abc123\", \"disk_format\": \"qcow2\", \"os_distro\": \"ubuntu\"}"));
    assertThat(r.out()).contains("| disk_format | qcow2 ").contains("| id          | i9 ");
  }

  @Test
  void imageListJsonPrintsTheGlanceObjects() throws Exception {
    nova.on(
        "GET /image/v2/images",
        200,
        "{\"images\": [{\"id\": \"i1\", \"name\": \"ubuntu\", \"status\": \"active\"}]}");

    Run r = run("image", "list", "--json");

    assertThat(JSON.readTree(r.out()))
        .isEqualTo(
            JSON.readTree("[{\"id\": \"i1\", \"name\": \"ubuntu\", \"status\": \"active\"}]"));
  }

  @Test
  void nodeListJoinsHypervisorsWithTheServersOnThem() {
    nova.on(
        "GET /v2.1/os-hypervisors/detail",
        200,
        "{\"hypervisors\": [{\"id\": 1, \"hypervisor_hostname\": \"node-a\", \"state\": \"up\","
            + " \"status\": \"enabled\", \"hypervisor_type\": \"ironic\"},"
            + " {\"id\": 2, \"hypervisor_hostname\": \"node-b\", \"state\": \"down\","
            + " \"status\": \"disabled\", \"hypervisor_type\": \"ironic\"}]}");
    nova.on(
        "GET /v2.1/servers/detail?all_tenants=True",
        200,
        "{\"servers\": [" + server("ACTIVE", null) + "]}");

    Run r = run("node", "list");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .isEqualTo(
            """
            +--------+-------+----------+--------+----------------------------------------------+
            | Node   | State | Status   | Type   | Server                                       |
            +--------+-------+----------+--------+----------------------------------------------+
            | node-a | up    | enabled  | ironic | web-1 (5f0c4e1e-2b8e-4a5c-9d4e-0c1d2e3f4a5b) |
            | node-b | down  | disabled | ironic |                                              |
            +--------+-------+----------+--------+----------------------------------------------+
            """);
  }
}
