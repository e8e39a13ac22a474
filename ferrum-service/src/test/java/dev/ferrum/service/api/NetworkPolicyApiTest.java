package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Neutron's policy on {@code /network}: alice (p1) and bob (p2) see their own networks and ports
 * and the admin's shared network with its subnets; another project's private resources are 404
 * exactly like missing ones (never 403); a 403 {@code PolicyNotAuthorized} is only for what a
 * member can see but may not do. Admins see and change everything.
 */
class NetworkPolicyApiTest extends NetworkApiTestSupport {
  private String pub;
  private String pubSubnet;
  private String alice;
  private String aliceSubnet;
  private String alicePort;
  private String bob;

  @BeforeEach
  void seed() {
    pub = createNetwork(ADMIN, "'name': 'pub', 'shared': true").get("id").asText();
    pubSubnet = createSubnet(ADMIN, pub, "192.168.0.0/24", "").get("id").asText();
    alice = createNetwork(ALICE, "'name': 'alice-net'").get("id").asText();
    aliceSubnet = createSubnet(ALICE, alice, "10.0.0.0/24", "").get("id").asText();
    alicePort = createPort(ALICE, alice, "'name': 'alice-port'").get("id").asText();
    bob = createNetwork(BOB, "'name': 'bob-net'").get("id").asText();
  }

  @Test
  void membersSeeTheirOwnAndSharedNetworksAndTheirSubnets() {
    assertThat(networkIds(ALICE, "")).containsExactly(pub, alice);
    assertThat(networkIds(BOB, "")).containsExactly(pub, bob);
    assertThat(networkIds(ADMIN, "")).containsExactly(pub, alice, bob);
    assertThat(subnetIds(ALICE, "")).containsExactly(pubSubnet, aliceSubnet);
    assertThat(subnetIds(BOB, "")).containsExactly(pubSubnet);
    assertThat(portIds(ALICE, "")).containsExactly(alicePort);
    assertThat(portIds(BOB, "")).isEmpty();
    assertThat(portIds(ADMIN, "")).containsExactly(alicePort);
    // filters never widen what a member sees
    assertThat(networkIds(BOB, "?project_id=p1")).isEmpty();
    assertThat(networkIds(BOB, "?name=alice-net")).isEmpty();
    assertThat(subnetIds(BOB, "?network_id=" + alice)).isEmpty();
    assertThat(portIds(BOB, "?network_id=" + alice)).isEmpty();
    assertThat(portIds(BOB, "?project_id=p1")).isEmpty();
    // the shared network shows to members without the admin-only provider attributes
    JsonNode shared = get(NET + "/" + pub, BOB).json().get("network");
    assertThat(shared.get("subnets").get(0).asText()).isEqualTo(pubSubnet);
    assertThat(shared.has("provider:network_type")).isFalse();
    assertThat(get(SUBNETS + "/" + pubSubnet, BOB).status()).isEqualTo(200);
  }

  /** A request of bob's on a resource, and the 404 type it must get. */
  private record Attempt(Resp response, String type) {}

  private List<Attempt> bobTouches(String network, String subnet, String port) {
    String name = json("{'network': {'name': 'x'}}");
    return List.of(
        new Attempt(get(NET + "/" + network, BOB), "NetworkNotFound"),
        new Attempt(put(NET + "/" + network, BOB, name), "NetworkNotFound"),
        new Attempt(delete(NET + "/" + network, BOB), "NetworkNotFound"),
        new Attempt(get(SUBNETS + "/" + subnet, BOB), "SubnetNotFound"),
        new Attempt(
            put(SUBNETS + "/" + subnet, BOB, json("{'subnet': {'name': 'x'}}")), "SubnetNotFound"),
        new Attempt(delete(SUBNETS + "/" + subnet, BOB), "SubnetNotFound"),
        new Attempt(get(PORTS + "/" + port, BOB), "PortNotFound"),
        new Attempt(put(PORTS + "/" + port, BOB, json("{'port': {'name': 'x'}}")), "PortNotFound"),
        new Attempt(delete(PORTS + "/" + port, BOB), "PortNotFound"),
        new Attempt(
            post(
                SUBNETS,
                BOB,
                json(
                    "{'subnet': {'network_id': '"
                        + network
                        + "', 'ip_version': 4, 'cidr': '10.5.0.0/24'}}")),
            "NetworkNotFound"),
        new Attempt(
            post(PORTS, BOB, json("{'port': {'network_id': '" + network + "'}}")),
            "NetworkNotFound"),
        new Attempt(
            post(
                PORTS,
                BOB,
                json(
                    "{'port': {'network_id': '"
                        + pub
                        + "', 'fixed_ips': [{'subnet_id': '"
                        + subnet
                        + "'}]}}")),
            "SubnetNotFound"));
  }

  @Test
  void anotherProjectsPrivateResourcesAreNotFoundExactlyLikeMissingOnes() {
    Stored before = stored();
    List<Attempt> real = bobTouches(alice, aliceSubnet, alicePort);
    String missing = UUID.randomUUID().toString();
    List<Attempt> fake = bobTouches(missing, missing, missing);
    for (int i = 0; i < real.size(); i++) {
      Attempt r = real.get(i);
      Attempt f = fake.get(i);
      String message = assertNeutronError(r.response(), 404, r.type());
      String control = assertNeutronError(f.response(), 404, f.type());
      assertThat(message.replace(alice, "ID").replace(aliceSubnet, "ID").replace(alicePort, "ID"))
          .as("attempt " + i)
          .isEqualTo(control.replace(missing, "ID"));
    }
    assertThat(stored()).isEqualTo(before);
    // controls: the owner and the admin see them
    assertThat(get(NET + "/" + alice, ALICE).status()).isEqualTo(200);
    assertThat(get(PORTS + "/" + alicePort, ALICE).status()).isEqualTo(200);
    assertThat(get(SUBNETS + "/" + aliceSubnet, ADMIN).status()).isEqualTo(200);
  }

  @Test
  void onlyAdminsCreateSharedOrProviderNetworks() {
    Stored before = stored();
    Resp shared = post(NET, ALICE, json("{'network': {'name': 'x', 'shared': true}}"));
    assertThat(shared.status()).isEqualTo(403);
    assertThat(shared.text())
        .isEqualTo(
            "{\"NeutronError\":{\"type\":\"PolicyNotAuthorized\","
                + "\"message\":\"(rule:create_network:shared) is disallowed by policy\","
                + "\"detail\":\"\"}}");
    for (String[] attempt :
        new String[][] {
          {"'provider:network_type': 'flat'", "create_network:provider:network_type"},
          {"'provider:physical_network': 'physnet1'", "create_network:provider:physical_network"},
          {
            "'provider:network_type': 'vlan', 'provider:segmentation_id': 5",
            "create_network:provider:"
          },
          {"'tenant_id': 'p2'", "create_network:tenant_id"},
          {"'project_id': 'p2'", "create_network:project_id"},
        }) {
      Resp r = post(NET, ALICE, json("{'network': {" + attempt[0] + "}}"));
      assertThat(assertNeutronError(r, 403, "PolicyNotAuthorized"))
          .as(attempt[0])
          .startsWith("(rule:" + attempt[1])
          .endsWith(") is disallowed by policy");
    }
    assertThat(stored()).isEqualTo(before);
    // a member naming its own project is fine; an admin may name any
    assertThat(
            createNetwork(ALICE, "'project_id': 'p1', 'shared': false").get("tenant_id").asText())
        .isEqualTo("p1");
    JsonNode forBob =
        createNetwork(
            ADMIN,
            "'tenant_id': 'p2', 'provider:network_type': 'vlan',"
                + " 'provider:physical_network': 'physnet1', 'provider:segmentation_id': 100");
    assertThat(forBob.get("project_id").asText()).isEqualTo("p2");
    assertThat(networkIds(BOB, "")).contains(forBob.get("id").asText());
  }

  @Test
  void membersMayNotChangeASharedNetworkTheyDoNotOwn() {
    Stored before = stored();
    assertThat(
            assertNeutronError(
                put(NET + "/" + pub, ALICE, json("{'network': {'name': 'mine'}}")),
                403,
                "PolicyNotAuthorized"))
        .isEqualTo("(rule:update_network) is disallowed by policy");
    assertThat(assertNeutronError(delete(NET + "/" + pub, ALICE), 403, "PolicyNotAuthorized"))
        .isEqualTo("(rule:delete_network) is disallowed by policy");
    assertThat(
            assertNeutronError(
                post(
                    SUBNETS,
                    ALICE,
                    json(
                        "{'subnet': {'network_id': '"
                            + pub
                            + "', 'ip_version': 4, 'cidr': '192.168.1.0/24'}}")),
                403,
                "PolicyNotAuthorized"))
        .isEqualTo("(rule:create_subnet) is disallowed by policy");
    assertThat(
            assertNeutronError(
                put(SUBNETS + "/" + pubSubnet, ALICE, json("{'subnet': {'name': 'mine'}}")),
                403,
                "PolicyNotAuthorized"))
        .isEqualTo("(rule:update_subnet) is disallowed by policy");
    assertThat(
            assertNeutronError(
                delete(SUBNETS + "/" + pubSubnet, ALICE), 403, "PolicyNotAuthorized"))
        .isEqualTo("(rule:delete_subnet) is disallowed by policy");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void membersCreatePortsOnSharedNetworksButChooseNoAddressOrMacThere() {
    JsonNode p =
        createPort(
            BOB, pub, "'name': 'bob-port', 'fixed_ips': [{'subnet_id': '" + pubSubnet + "'}]");
    assertThat(p.get("project_id").asText()).isEqualTo("p2");
    assertThat(p.at("/fixed_ips/0/subnet_id").asText()).isEqualTo(pubSubnet);
    String id = p.get("id").asText();
    assertThat(portIds(BOB, "")).containsExactly(id);
    assertThat(portIds(ALICE, "")).containsExactly(alicePort);
    assertThat(portIds(ADMIN, "?network_id=" + pub)).containsExactly(id);
    assertNeutronError(get(PORTS + "/" + id, ALICE), 404, "PortNotFound");

    Stored before = stored();
    for (String[] attempt :
        new String[][] {
          {"'fixed_ips': [{'ip_address': '192.168.0.50'}]", "create_port:fixed_ips:ip_address"},
          {
            "'fixed_ips': [{'subnet_id': '" + pubSubnet + "', 'ip_address': '192.168.0.50'}]",
            "create_port:fixed_ips:ip_address"
          },
          {"'mac_address': 'fa:16:3e:12:34:56'", "create_port:mac_address"},
          {"'binding:host_id': 'node-1'", "create_port:binding:host_id"},
          {"'binding:vnic_type': 'baremetal'", "create_port:binding:vnic_type"},
          {"'binding:profile': {}", "create_port:binding:profile"},
          {"'device_id': '" + UUID.randomUUID() + "'", "create_port:device_id"},
          {"'device_owner': 'compute:nova'", "create_port:device_owner"},
          {"'tenant_id': 'p1'", "create_port:tenant_id"},
          {"'project_id': 'admin-project'", "create_port:project_id"},
        }) {
      Resp r =
          post(PORTS, BOB, json("{'port': {'network_id': '" + pub + "', " + attempt[0] + "}}"));
      assertThat(assertNeutronError(r, 403, "PolicyNotAuthorized"))
          .as(attempt[0])
          .isEqualTo("(rule:" + attempt[1] + ") is disallowed by policy");
    }
    assertThat(stored()).isEqualTo(before);
    // on its own network a member chooses addresses and MACs
    JsonNode own =
        createPort(
            ALICE,
            alice,
            "'mac_address': 'fa:16:3e:12:34:56', 'fixed_ips': [{'ip_address': '10.0.0.77'}]");
    assertThat(own.at("/fixed_ips/0/ip_address").asText()).isEqualTo("10.0.0.77");

    assertThat(delete(PORTS + "/" + id, BOB).status()).isEqualTo(204);
    assertThat(portIds(ADMIN, "?network_id=" + pub)).isEmpty();
  }

  @Test
  void adminsSeeAndChangeEveryProjectsResources() {
    assertThat(get(NET + "/" + alice, ADMIN).json().at("/network/provider:network_type").asText())
        .isEqualTo("flat");
    assertThat(get(PORTS + "/" + alicePort, ADMIN).json().at("/port/binding:host_id").isTextual())
        .isTrue();
    Resp renamed = put(NET + "/" + bob, ADMIN, json("{'network': {'name': 'renamed'}}"));
    assertThat(renamed.status()).isEqualTo(200);
    assertThat(get(NET + "/" + bob, BOB).json().at("/network/name").asText()).isEqualTo("renamed");
    JsonNode adminPort =
        createPort(
            ADMIN,
            alice,
            "'fixed_ips': [{'ip_address': '10.0.0.200'}], 'mac_address': 'fa:16:3e:00:00:01'");
    assertThat(adminPort.get("project_id").asText()).isEqualTo("admin-project");
    assertThat(delete(PORTS + "/" + alicePort, ADMIN).status()).isEqualTo(204);
    assertThat(delete(PORTS + "/" + adminPort.get("id").asText(), ADMIN).status()).isEqualTo(204);
    assertThat(delete(SUBNETS + "/" + aliceSubnet, ADMIN).status()).isEqualTo(204);
    assertThat(delete(NET + "/" + alice, ADMIN).status()).isEqualTo(204);
    assertThat(networkIds(ALICE, "")).containsExactly(pub);
  }

  @Test
  void theNetworkOwnerMayChangeSubnetsOnItsNetwork() {
    String adminSubnetOnAlice = createSubnet(ADMIN, alice, "10.7.0.0/24", "").get("id").asText();
    assertThat(get(SUBNETS + "/" + adminSubnetOnAlice, ALICE).status()).isEqualTo(200);
    Resp renamed =
        put(SUBNETS + "/" + adminSubnetOnAlice, ALICE, json("{'subnet': {'name': 'ok'}}"));
    assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
    assertThat(delete(SUBNETS + "/" + adminSubnetOnAlice, ALICE).status()).isEqualTo(204);
  }
}
