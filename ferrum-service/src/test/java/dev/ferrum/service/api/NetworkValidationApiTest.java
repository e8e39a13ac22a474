package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every refused network request answers with its status and Neutron type and stores nothing:
 * request shapes (unknown and read-only attributes, types, lengths), provider attributes, subnet
 * ranges (invalid or overlapping CIDRs, pools, gateways) and ports (fixed IPs outside the subnet,
 * taken addresses and MACs); and resources still in use cannot be deleted (409).
 */
class NetworkValidationApiTest extends NetworkApiTestSupport {
  private static final String LONG = "x".repeat(256);

  private String net;
  private String subnet;
  private String otherSubnet;
  private String port;

  @BeforeEach
  void seed() {
    net = createNetwork(ALICE, "'name': 'n'").get("id").asText();
    subnet =
        createSubnet(
                ALICE,
                net,
                "10.0.0.0/24",
                "'allocation_pools': [{'start': '10.0.0.10', 'end': '10.0.0.100'}]")
            .get("id")
            .asText();
    String other = createNetwork(ALICE, "'name': 'o'").get("id").asText();
    otherSubnet = createSubnet(ALICE, other, "10.1.0.0/24", "").get("id").asText();
    port =
        createPort(
                ALICE,
                net,
                "'mac_address': 'fa:16:3e:00:00:01', 'fixed_ips': [{'ip_address': '10.0.0.50'}]")
            .get("id")
            .asText();
  }

  /**
   * One refused request: method, path, token, body (single quotes), status, Neutron type and a part
   * of the message ({@code null} to skip).
   */
  private record Case(
      String method,
      String path,
      String token,
      String body,
      int status,
      String type,
      String message) {}

  private final List<Case> cases = new ArrayList<>();

  private void bad(String method, String path, String token, String body, int status, String type) {
    bad(method, path, token, body, status, type, null);
  }

  private void bad(
      String method,
      String path,
      String token,
      String body,
      int status,
      String type,
      String message) {
    cases.add(new Case(method, path, token, body, status, type, message));
  }

  private void badNetwork(String attributes, String type, String message) {
    bad("POST", NET, ADMIN, "{'network': {" + attributes + "}}", 400, type, message);
  }

  private void badSubnet(String attributes, int status, String type, String message) {
    String body = "{'subnet': {'network_id': '" + net + "', " + attributes.replace("$", "'") + "}}";
    bad("POST", SUBNETS, ALICE, body, status, type, message);
  }

  private void badPort(String token, String attributes, int status, String type, String message) {
    String body = "{'port': {'network_id': '" + net + "', " + attributes + "}}";
    bad("POST", PORTS, token, body, status, type, message);
  }

  private void runCases() {
    assertThat(cases).isNotEmpty();
    Stored before = stored();
    for (Case c : cases) {
      String body = c.body() == null ? null : c.body().replace('\'', '"');
      Resp r = send(c.method(), c.path(), c.token(), body);
      String what = c.method() + " " + c.path() + " " + c.body();
      assertThat(r.status()).as(what + " -> " + r.text()).isEqualTo(c.status());
      String message = assertNeutronError(r, c.status(), c.type());
      if (c.message() != null) {
        assertThat(message).as(what).contains(c.message());
      }
      assertThat(stored()).as(what).isEqualTo(before);
    }
  }

  @Test
  void badNetworkRequests() {
    String h = "HTTPBadRequest";
    String in = "InvalidInput";
    badNetwork("'name': 'x', 'color': 'red'", h, "Unrecognized attribute(s) 'color'");
    badNetwork("'color': 1, 'size': 2", h, "Unrecognized attribute(s) 'color, size'");
    badNetwork("'id': '" + UUID.randomUUID() + "'", h, "Attribute 'id' not allowed in POST");
    badNetwork("'status': 'DOWN'", h, "Attribute 'status' not allowed in POST");
    badNetwork("'subnets': []", h, "Attribute 'subnets' not allowed in POST");
    badNetwork("'name': 5", h, "Invalid input for name. Reason: '5' is not a valid string.");
    badNetwork("'name': null", h, "Invalid input for name.");
    badNetwork("'name': '" + LONG + "'", h, "exceeds maximum length of 255");
    badNetwork("'description': '" + LONG + "'", h, "exceeds maximum length of 255");
    badNetwork("'admin_state_up': 'maybe'", h, "'maybe' cannot be converted to boolean");
    badNetwork("'shared': 'x'", h, "Invalid input for shared.");
    badNetwork("'mtu': 'big'", h, "Invalid input for mtu. Reason: 'big' is not an integer.");
    badNetwork("'mtu': 50", in, "mtu");
    badNetwork("'mtu': 9217", in, "mtu");
    badNetwork("'provider:network_type': 'vxlan'", in, "network_type value 'vxlan'");
    badNetwork("'provider:network_type': 5", h, "Invalid input for provider:network_type.");
    badNetwork("'provider:network_type': 'vlan'", in, "segmentation_id required");
    badNetwork(
        "'provider:network_type': 'vlan', 'provider:segmentation_id': 0",
        in,
        "segmentation_id out of range (1 through 4094)");
    badNetwork(
        "'provider:network_type': 'vlan', 'provider:segmentation_id': 4095",
        in,
        "segmentation_id out of range");
    badNetwork(
        "'provider:network_type': 'vlan', 'provider:segmentation_id': 'ten'",
        h,
        "Invalid input for provider:segmentation_id.");
    badNetwork(
        "'provider:network_type': 'flat', 'provider:segmentation_id': 5",
        in,
        "segmentation_id cannot be specified for flat network");
    badNetwork("'provider:physical_network': 'physnet1'", in, "network_type required");
    badNetwork("'router:external': true", h, "Invalid input for router:external.");
    badNetwork("'port_security_enabled': true", h, "Invalid input for port_security_enabled.");
    badNetwork("'availability_zone_hints': ['az1']", h, "availability_zone_hints");
    badNetwork("'tenant_id': 'p1', 'project_id': 'p2'", h, "'project_id' and 'tenant_id'");
    bad("POST", NET, ADMIN, "{'networks': [{'name': 'a'}]}", 400, h, "Bulk");
    bad("POST", NET, ADMIN, "{}", 400, h, "Unable to find 'network' in request body");
    bad("POST", NET, ADMIN, "{'network': 'x'}", 400, h, "Unable to find 'network'");
    bad("POST", NET, ADMIN, "{'network': {}, 'extra': 1}", 400, h, "'extra'");
    bad("POST", NET, ADMIN, "[]", 400, h, "Body contains invalid JSON");
    bad("POST", NET, ADMIN, "{'network':", 400, h, "Body contains invalid JSON");
    bad("POST", NET, ADMIN, "", 400, h, "Resource body required");
    String one = NET + "/" + net;
    bad("PUT", one, ALICE, "{'network': {'shared': true}}", 400, h, "read-only attribute shared");
    bad("PUT", one, ALICE, "{'network': {'mtu': 9000}}", 400, h, "read-only attribute mtu");
    bad("PUT", one, ADMIN, "{'network': {'provider:network_type': 'vlan'}}", 400, h, "read-only");
    bad("PUT", one, ALICE, "{'network': {'color': 'red'}}", 400, h, "Unrecognized attribute(s)");
    bad("PUT", one, ALICE, "{'network': {'name': '" + LONG + "'}}", 400, h, "maximum length");
    bad("PUT", one, ALICE, "{'network': {'admin_state_up': 'x'}}", 400, h, "boolean");
    bad("PUT", one, ALICE, "{'subnet': {'name': 'x'}}", 400, h, "Unable to find 'network'");
    bad("PUT", NET + "/" + UUID.randomUUID(), ALICE, "{'network': {}}", 404, "NetworkNotFound");
    runCases();
  }

  @Test
  void badSubnetRequests() {
    String h = "HTTPBadRequest";
    String in = "InvalidInput";
    bad(
        "POST",
        SUBNETS,
        ALICE,
        "{'subnet': {'ip_version': 4, 'cidr': '10.5.0.0/24'}}",
        400,
        h,
        "Required attribute 'network_id' not specified");
    badSubnet("'cidr': '10.5.0.0/24'", 400, h, "Required attribute 'ip_version' not specified");
    badSubnet("'ip_version': 4", 400, h, "a subnetpool must be specified in the absence of a cidr");
    bad(
        "POST",
        SUBNETS,
        ALICE,
        "{'subnet': {'network_id': 'abc', 'ip_version': 4, 'cidr': '10.5.0.0/24'}}",
        400,
        h,
        "'abc' is not a valid UUID");
    bad(
        "POST",
        SUBNETS,
        ALICE,
        "{'subnet': {'network_id': '"
            + UUID.randomUUID()
            + "', 'ip_version': 4, 'cidr': '10.5.0.0/24'}}",
        404,
        "NetworkNotFound",
        "could not be found");
    badSubnet("'ip_version': 5, 'cidr': '10.5.0.0/24'", 400, h, "5 is not in [4, 6]");
    badSubnet("'ip_version': 'four', 'cidr': '10.5.0.0/24'", 400, h, "is not an integer");
    badSubnet("'ip_version': 4, 'cidr': 10", 400, h, "Invalid input for cidr.");
    badSubnet("'ip_version': 4, 'cidr': 'garbage'", 400, in, null);
    badSubnet("'ip_version': 4, 'cidr': '10.5.0.1/24'", 400, in, null);
    badSubnet("'ip_version': 4, 'cidr': '10.5.0.0/33'", 400, in, null);
    badSubnet("'ip_version': 4, 'cidr': '2001:db8::/64'", 400, in, "ip_version");
    badSubnet("'ip_version': 4, 'cidr': '10.0.0.128/25'", 400, in, "overlaps with another subnet");
    badSubnet("'ip_version': 4, 'cidr': '10.0.0.0/16'", 400, in, "overlaps with another subnet");
    String v4 = "'ip_version': 4, 'cidr': '10.5.0.0/24', ";
    badSubnet(
        v4 + "'allocation_pools': [{'start': '10.5.0.10', 'end': '10.5.1.20'}]",
        400,
        "OutOfBoundsAllocationPool",
        "spans beyond the subnet cidr");
    badSubnet(
        v4 + "'allocation_pools': [{'start': '10.5.0.20', 'end': '10.5.0.10'}]",
        400,
        "InvalidAllocationPool",
        null);
    badSubnet(
        v4
            + "'allocation_pools': [{'start': '10.5.0.10', 'end': '10.5.0.20'},"
            + " {'start': '10.5.0.15', 'end': '10.5.0.30'}]",
        400,
        "OverlappingAllocationPools",
        null);
    badSubnet(
        v4
            + "'gateway_ip': '10.5.0.15',"
            + " 'allocation_pools': [{'start': '10.5.0.10', 'end': '10.5.0.20'}]",
        409,
        "GatewayConflictWithAllocationPools",
        "10.5.0.15");
    badSubnet(v4 + "'gateway_ip': '10.6.0.1'", 400, in, "Gateway is not valid on subnet");
    badSubnet(v4 + "'gateway_ip': 'gw'", 400, in, null);
    badSubnet(v4 + "'gateway_ip': 1", 400, h, "Invalid input for gateway_ip.");
    badSubnet(v4 + "'allocation_pools': 'all'", 400, h, "Invalid data format for IP pool");
    badSubnet(v4 + "'allocation_pools': [{'start': '10.5.0.1'}]", 400, h, "IP pool");
    badSubnet(
        v4 + "'allocation_pools': [{'start': '10.5.0.1', 'end': '10.5.0.9', 'x': 1}]",
        400,
        h,
        "IP pool");
    badSubnet(v4 + "'dns_nameservers': '8.8.8.8'", 400, h, "nameserver");
    badSubnet(v4 + "'dns_nameservers': [8]", 400, h, "nameserver");
    badSubnet(v4 + "'dns_nameservers': ['dns.example']", 400, in, null);
    badSubnet(v4 + "'host_routes': [{'destination': '10.8.0.0/16'}]", 400, h, "hostroute");
    badSubnet(
        v4 + "'host_routes': [{'destination': 'x', 'nexthop': '10.5.0.3'}]", 400, in, "route");
    badSubnet(v4 + "'ipv6_address_mode': 'slaac'", 400, in, "ip_version is 4");
    badSubnet(
        "'ip_version': 6, 'cidr': '2001:db8::/64', 'ipv6_ra_mode': 'bogus'",
        400,
        h,
        "Invalid input for ipv6_ra_mode.");
    badSubnet(v4 + "'enable_dhcp': 'x'", 400, h, "Invalid input for enable_dhcp.");
    badSubnet(v4 + "'subnetpool_id': '" + UUID.randomUUID() + "'", 400, h, "subnet pools");
    badSubnet(v4 + "'use_default_subnetpool': true", 400, h, "subnet pools");
    badSubnet(v4 + "'service_types': ['compute:nova']", 400, h, "service_types");
    badSubnet(v4 + "'segment_id': '" + UUID.randomUUID() + "'", 400, h, "segment_id");
    badSubnet(v4 + "'prefixlen': 24", 400, h, "Attribute 'prefixlen' not allowed in POST");
    badSubnet(v4 + "'name': '" + LONG + "'", 400, h, "maximum length");
    badSubnet(v4 + "'vlan': 5", 400, h, "Unrecognized attribute(s) 'vlan'");
    String one = SUBNETS + "/" + subnet;
    bad("PUT", one, ALICE, "{'subnet': {'cidr': '10.9.0.0/24'}}", 400, h, "read-only attribute");
    bad("PUT", one, ALICE, "{'subnet': {'gateway_ip': null}}", 400, h, "read-only attribute");
    bad("PUT", one, ALICE, "{'subnet': {'admin_state_up': false}}", 400, h, "Unrecognized");
    bad("PUT", one, ALICE, "{'subnet': {'name': 7}}", 400, h, "not a valid string");
    runCases();
  }

  @Test
  void badPortRequests() {
    String h = "HTTPBadRequest";
    String in = "InvalidInput";
    bad("POST", PORTS, ALICE, "{'port': {'name': 'p'}}", 400, h, "Required attribute 'network_id'");
    bad(
        "POST",
        PORTS,
        ALICE,
        "{'port': {'network_id': '" + UUID.randomUUID() + "'}}",
        404,
        "NetworkNotFound",
        null);
    badPort(ALICE, "'fixed_ips': 'x'", 400, h, "Invalid input for fixed_ips.");
    badPort(ALICE, "'fixed_ips': [{}]", 400, h, "Invalid data format for fixed IP");
    badPort(ALICE, "'fixed_ips': ['10.0.0.5']", 400, h, "Invalid data format for fixed IP");
    badPort(ALICE, "'fixed_ips': [{'ip': '10.0.0.5'}]", 400, h, "Invalid data format");
    badPort(ALICE, "'fixed_ips': [{'subnet_id': 'abc'}]", 400, h, "'abc' is not a valid UUID");
    badPort(
        ALICE,
        "'fixed_ips': [{'subnet_id': '" + UUID.randomUUID() + "'}]",
        404,
        "SubnetNotFound",
        null);
    badPort(ALICE, "'fixed_ips': [{'ip_address': 'bogus'}]", 400, in, null);
    badPort(ALICE, "'fixed_ips': [{'ip_address': 5}]", 400, h, "not a valid IP address");
    badPort(
        ALICE,
        "'fixed_ips': [{'ip_address': '10.0.0.5'}, {'ip_address': '10.0.0.5'}]",
        400,
        h,
        "Duplicate IP address '10.0.0.5'");
    badPort(
        ALICE,
        "'fixed_ips': [{'subnet_id': '" + subnet + "', 'ip_address': '10.9.9.9'}]",
        400,
        "InvalidIpForSubnet",
        "10.9.9.9");
    badPort(
        ALICE, "'fixed_ips': [{'ip_address': '10.9.9.9'}]", 400, "InvalidIpForNetwork", "10.9.9.9");
    badPort(
        ALICE,
        "'fixed_ips': [{'subnet_id': '" + subnet + "', 'ip_address': '10.0.0.0'}]",
        400,
        "InvalidIpForSubnet",
        null);
    badPort(ALICE, "'fixed_ips': [{'subnet_id': '" + otherSubnet + "'}]", 400, in, null);
    badPort(
        ALICE,
        "'fixed_ips': [{'ip_address': '10.0.0.50'}]",
        409,
        "IpAddressAlreadyAllocated",
        "10.0.0.50");
    badPort(ALICE, "'mac_address': 'zz:zz'", 400, in, null);
    badPort(ALICE, "'mac_address': 'fa:16:3e:00:00:01'", 409, "MacAddressInUse", null);
    badPort(ALICE, "'admin_state_up': 'x'", 400, h, "boolean");
    badPort(ALICE, "'port_security_enabled': true", 400, h, "port security");
    badPort(ALICE, "'security_groups': ['default']", 400, h, "security groups");
    badPort(ALICE, "'allowed_address_pairs': [{'ip_address': '10.0.0.9'}]", 400, h, null);
    badPort(ALICE, "'extra_dhcp_opts': [{'opt_name': 'x'}]", 400, h, null);
    badPort(ALICE, "'status': 'ACTIVE'", 400, h, "Attribute 'status' not allowed in POST");
    badPort(ALICE, "'qos_policy_id': null", 400, h, "Unrecognized attribute(s) 'qos_policy_id'");
    badPort(ALICE, "'name': '" + LONG + "'", 400, h, "maximum length");
    badPort(ADMIN, "'binding:vnic_type': 'normal'", 400, h, "is not in [baremetal]");
    badPort(ADMIN, "'binding:host_id': 'node-1'", 400, h, "binding:host_id");
    badPort(ADMIN, "'binding:profile': {'local_link_information': []}", 400, h, null);
    String one = PORTS + "/" + port;
    bad("PUT", one, ALICE, "{'port': {'fixed_ips': []}}", 400, h, "read-only attribute fixed_ips");
    bad("PUT", one, ALICE, "{'port': {'device_id': 'x'}}", 400, h, "read-only attribute device_id");
    bad("PUT", one, ALICE, "{'port': {'mac_address': 'fa:16:3e:00:00:09'}}", 400, h, "read-only");
    bad("PUT", one, ADMIN, "{'port': {'binding:host_id': 'n'}}", 400, h, "read-only");
    bad("PUT", one, ALICE, "{'port': {'network_id': '" + net + "'}}", 400, h, "read-only");
    runCases();
  }

  @Test
  void resourcesInUseCannotBeDeleted() {
    Stored before = stored();
    assertThat(assertNeutronError(delete(NET + "/" + net, ALICE), 409, "NetworkInUse"))
        .contains(net);
    assertNeutronError(delete(SUBNETS + "/" + subnet, ALICE), 409, "SubnetInUse");
    assertThat(stored()).isEqualTo(before);
    assertThat(delete(PORTS + "/" + port, ALICE).status()).isEqualTo(204);
    assertThat(delete(SUBNETS + "/" + subnet, ALICE).status()).isEqualTo(204);
    assertThat(delete(NET + "/" + net, ALICE).status()).isEqualTo(204);
  }

  @Test
  void aNetworkWithOnlySubnetsIsDeletedWithThem() {
    String n = createNetwork(ALICE, "").get("id").asText();
    String s = createSubnet(ALICE, n, "10.3.0.0/24", "").get("id").asText();
    assertThat(delete(NET + "/" + n, ALICE).status()).isEqualTo(204);
    assertNeutronError(get(SUBNETS + "/" + s, ALICE), 404, "SubnetNotFound");
  }

  @Test
  void aFullPoolGivesIpAddressGenerationFailure() {
    String n = createNetwork(ALICE, "").get("id").asText();
    createSubnet(
        ALICE,
        n,
        "10.4.0.0/24",
        "'allocation_pools': [{'start': '10.4.0.10', 'end': '10.4.0.11'}]");
    createPort(ALICE, n, "");
    createPort(ALICE, n, "");
    Stored before = stored();
    Resp full = post(PORTS, ALICE, json("{'port': {'network_id': '" + n + "'}}"));
    assertNeutronError(full, 409, "IpAddressGenerationFailure");
    assertThat(stored()).isEqualTo(before);
  }
}
