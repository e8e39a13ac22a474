package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferrum.service.EmbeddedDefaults;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Servers and networks through the APIs together: {@code networks} in {@code POST /servers}
 * resolved and validated as Nova does, {@code addresses}, {@code os-interface} and {@code ips} in
 * Nova's shapes, and a server's port protected from a delete through {@code /network}.
 */
class ServerNetworkApiTest extends ComputeApiTestSupport {
  private static final String NET = "/network/v2.0/networks";
  private static final String SUBNETS = "/network/v2.0/subnets";
  private static final String PORTS = "/network/v2.0/ports";

  private String network(String token, String name, boolean shared, String cidr) {
    Resp n =
        post(NET, token, json("{'network': {'name': '" + name + "', 'shared': " + shared + "}}"));
    assertThat(n.status()).as(n.text()).isEqualTo(201);
    String id = n.json().at("/network/id").asText();
    Resp s =
        post(
            SUBNETS,
            token,
            json(
                "{'subnet': {'network_id': '"
                    + id
                    + "', 'ip_version': 4, 'cidr': '"
                    + cidr
                    + "', 'dns_nameservers': ['"
                    + cidr.replace("0/24", "2")
                    + "']}}"));
    assertThat(s.status()).as(s.text()).isEqualTo(201);
    return id;
  }

  private Resp create(String token, String networks) {
    return post(
        "/v2.1/servers",
        token,
        json(
            "{'server': {'name': 'web', 'imageRef': '"
                + EmbeddedDefaults.IMAGE_ID
                + "', 'flavorRef': '"
                + EmbeddedDefaults.FLAVOR
                + "', 'networks': "
                + networks
                + "}}"));
  }

  private int serverCount() {
    return get("/v2.1/servers?all_tenants=1", ADMIN).json().get("servers").size();
  }

  @Test
  void aServerOnANetworkShowsItsAddressInterfaceAndIpsAndItsPortCannotBeDeletedUnderIt() {
    String net = network(ADMIN, "lab", true, "10.7.0.0/24");

    Resp created = create(ALICE, "[{'uuid': '" + net + "', 'fixed_ip': '10.7.0.40'}]");
    assertThat(created.status()).as(created.text()).isEqualTo(202);
    String id = created.json().at("/server/id").asText();
    awaitActive(ALICE, id);

    JsonNode server = get("/v2.1/servers/" + id, ALICE).json().get("server");
    JsonNode address = server.at("/addresses/lab/0");
    assertThat(address.get("addr").asText()).isEqualTo("10.7.0.40");
    assertThat(address.get("version").asInt()).isEqualTo(4);
    assertThat(address.get("OS-EXT-IPS:type").asText()).isEqualTo("fixed");
    String mac = address.get("OS-EXT-IPS-MAC:mac_addr").asText();
    assertThat(mac).matches("^[0-9a-f]{2}(:[0-9a-f]{2}){5}$");

    JsonNode attachments =
        get("/v2.1/servers/" + id + "/os-interface", ALICE).json().get("interfaceAttachments");
    assertThat(attachments).hasSize(1);
    JsonNode attachment = attachments.get(0);
    assertThat(attachment.get("net_id").asText()).isEqualTo(net);
    assertThat(attachment.get("mac_addr").asText()).isEqualTo(mac);
    assertThat(attachment.get("port_state").asText()).isEqualTo("ACTIVE");
    assertThat(attachment.at("/fixed_ips/0/ip_address").asText()).isEqualTo("10.7.0.40");
    String port = attachment.get("port_id").asText();
    assertThat(get("/v2.1/servers/" + id + "/ips/lab", ALICE).json().at("/lab/0/addr").asText())
        .isEqualTo("10.7.0.40");
    assertThat(get("/v2.1/servers/" + id + "/ips", BOB).status()).isEqualTo(404);

    JsonNode listed = get(PORTS + "?device_id=" + id, ALICE).json().get("ports");
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("mac_address").asText()).isEqualTo(mac);
    Resp refused = delete(PORTS + "/" + port, ALICE);
    assertThat(refused.status()).as(refused.text()).isEqualTo(409);
    assertThat(refused.json().at("/NeutronError/type").asText()).isEqualTo("PortInUse");

    assertThat(delete("/v2.1/servers/" + id, ALICE).status()).isEqualTo(204);
    await().atMost(WAIT).until(() -> get("/v2.1/servers/" + id, ALICE).status() == 404);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> get(PORTS + "/" + port, ADMIN).status() == 404);
  }

  @Test
  void badNetworkRequestsAreRefusedAndStoreNothing() {
    String shared = network(ADMIN, "shared", true, "10.7.0.0/24");
    Resp bobsNet = post(NET, BOB, json("{'network': {'name': 'bobs'}}"));
    String bobs = bobsNet.json().at("/network/id").asText();
    int before = serverCount();

    Resp malformed = create(ALICE, "[{'uuid': 'not-a-uuid'}]");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.text()).contains("network uuid is not in proper format");

    Resp missing = create(ALICE, "[{'uuid': '8d1f6c4e-3b0e-4f7a-9a55-0c1d2e3f4a5b'}]");
    Resp foreign = create(ALICE, "[{'uuid': '" + bobs + "'}]");
    assertThat(foreign.status()).isEqualTo(400).isEqualTo(missing.status());
    assertThat(foreign.json().at("/badRequest/message").asText())
        .isEqualTo(
            missing
                .json()
                .at("/badRequest/message")
                .asText()
                .replace("8d1f6c4e-3b0e-4f7a-9a55-0c1d2e3f4a5b", bobs));

    Resp outside = create(ALICE, "[{'uuid': '" + shared + "', 'fixed_ip': '10.8.0.5'}]");
    assertThat(outside.status()).as(outside.text()).isEqualTo(400);

    Resp first = create(ALICE, "[{'uuid': '" + shared + "', 'fixed_ip': '10.7.0.9'}]");
    assertThat(first.status()).isEqualTo(202);
    int withFirst = serverCount();
    Resp taken = create(BOB, "[{'uuid': '" + shared + "', 'fixed_ip': '10.7.0.9'}]");
    assertThat(taken.status()).as(taken.text()).isEqualTo(409);
    assertThat(taken.json().at("/conflictingRequest/message").asText()).contains("10.7.0.9");

    assertThat(withFirst).isEqualTo(before + 1);
    assertThat(serverCount()).isEqualTo(withFirst);
    assertThat(get(PORTS, ADMIN).json().get("ports")).hasSize(1);
  }
}
