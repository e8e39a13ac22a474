package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Neutron v2.0 subset under {@code /network}: discovery, the networks, subnets and ports
 * resources with Neutron's bodies, filters, {@code fields}, paging, and Neutron-shaped errors on
 * every {@code /network} path while {@code /v2.1} and {@code /image} keep Nova's.
 */
class NetworkApiTest extends NetworkApiTestSupport {
  private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";

  private static List<String> fieldNames(JsonNode o) {
    List<String> out = new ArrayList<>();
    o.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void discoveryIsOpenAndPointsAtTheVersionedRoot() {
    Resp versions = get("/network", null);
    assertThat(versions.status()).isEqualTo(200);
    JsonNode v = versions.json().at("/versions/0");
    assertThat(v.get("id").asText()).isEqualTo("v2.0");
    assertThat(v.get("status").asText()).isEqualTo("CURRENT");
    assertThat(v.at("/links/0/rel").asText()).isEqualTo("self");
    assertThat(v.at("/links/0/href").asText()).isEqualTo(server.baseUri() + "/network/v2.0/");
    assertThat(get("/network/", null).json()).isEqualTo(versions.json());

    Resp resources = get("/network/v2.0", null);
    assertThat(resources.status()).isEqualTo(200);
    assertThat(resources.json().findValuesAsText("collection"))
        .containsExactly("networks", "subnets", "ports");
    assertThat(resources.json().at("/resources/0/links/0/href").asText())
        .isEqualTo(server.baseUri() + "/network/v2.0/networks");
    assertThat(get("/network/v2.0/", null).status()).isEqualTo(200);
  }

  @Test
  void extensionsListWhatFerrumHas() {
    Resp r = get("/network/v2.0/extensions", ALICE);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("extensions").findValuesAsText("alias"))
        .contains("provider", "binding", "network-mtu", "project-id")
        .doesNotContain("security-group", "router", "quotas");
    Resp one = get("/network/v2.0/extensions/provider", ALICE);
    assertThat(one.json().at("/extension/alias").asText()).isEqualTo("provider");
    assertNeutronError(get("/network/v2.0/extensions/router", ALICE), 404, "HTTPNotFound");
    assertNeutronError(get("/network/v2.0/extensions", null), 401, "HTTPUnauthorized");
  }

  @Test
  void networkLifecycleWithNeutronsBody() {
    JsonNode n =
        createNetwork(
            ADMIN,
            "'name': 'prov', 'description': 'the provisioning wire', 'shared': true,"
                + " 'provider:network_type': 'vlan', 'provider:physical_network': 'physnet1',"
                + " 'provider:segmentation_id': 42, 'mtu': 9000");
    String id = n.get("id").asText();
    assertThat(UUID.fromString(id).toString()).isEqualTo(id);
    assertThat(fieldNames(n))
        .containsExactlyInAnyOrder(
            "id",
            "name",
            "description",
            "tenant_id",
            "project_id",
            "status",
            "subnets",
            "shared",
            "admin_state_up",
            "mtu",
            "router:external",
            "availability_zone_hints",
            "availability_zones",
            "ipv4_address_scope",
            "ipv6_address_scope",
            "is_default",
            "port_security_enabled",
            "tags",
            "created_at",
            "updated_at",
            "revision_number",
            "provider:network_type",
            "provider:physical_network",
            "provider:segmentation_id");
    assertThat(n.get("name").asText()).isEqualTo("prov");
    assertThat(n.get("description").asText()).isEqualTo("the provisioning wire");
    assertThat(n.get("tenant_id").asText()).isEqualTo("admin-project");
    assertThat(n.get("project_id").asText()).isEqualTo("admin-project");
    assertThat(n.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(n.get("subnets")).isEmpty();
    assertThat(n.get("shared").asBoolean()).isTrue();
    assertThat(n.get("admin_state_up").asBoolean()).isTrue();
    assertThat(n.get("mtu").asInt()).isEqualTo(9000);
    assertThat(n.get("router:external").asBoolean()).isFalse();
    assertThat(n.get("is_default").asBoolean()).isFalse();
    assertThat(n.get("port_security_enabled").asBoolean()).isFalse();
    assertThat(n.get("availability_zone_hints")).isEmpty();
    assertThat(n.get("ipv4_address_scope").isNull()).isTrue();
    assertThat(n.get("tags")).isEmpty();
    assertThat(n.get("created_at").asText()).matches(TIME);
    assertThat(n.get("updated_at").asText()).matches(TIME);
    assertThat(n.get("revision_number").asInt()).isEqualTo(1);
    assertThat(n.get("provider:network_type").asText()).isEqualTo("vlan");
    assertThat(n.get("provider:physical_network").asText()).isEqualTo("physnet1");
    assertThat(n.get("provider:segmentation_id").asInt()).isEqualTo(42);

    Resp shown = get(NET + "/" + id, ADMIN);
    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.json().get("network")).isEqualTo(n);
    assertThat(shown.header("x-openstack-request-id")).startsWith("req-");
    assertThat(networkIds(ADMIN, "")).containsExactly(id);

    Resp updated =
        put(
            NET + "/" + id,
            ADMIN,
            json("{'network': {'name': 'prov2', 'description': '', 'admin_state_up': false}}"));
    assertThat(updated.status()).as(updated.text()).isEqualTo(200);
    JsonNode u = updated.json().get("network");
    assertThat(u.get("name").asText()).isEqualTo("prov2");
    assertThat(u.get("description").asText()).isEmpty();
    assertThat(u.get("admin_state_up").asBoolean()).isFalse();
    assertThat(u.get("revision_number").asInt()).isGreaterThan(1);
    assertThat(u.get("provider:segmentation_id").asInt()).isEqualTo(42);
    assertThat(get(NET + "/" + id, ADMIN).json().get("network")).isEqualTo(u);

    Resp deleted = delete(NET + "/" + id, ADMIN);
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.text()).isEmpty();
    assertNeutronError(get(NET + "/" + id, ADMIN), 404, "NetworkNotFound");
    assertThat(assertNeutronError(delete(NET + "/" + id, ADMIN), 404, "NetworkNotFound"))
        .isEqualTo("Network " + id + " could not be found.");
    assertThat(networkIds(ADMIN, "")).isEmpty();
  }

  @Test
  void aMembersNetworkHasNeutronsDefaultsAndNoProviderAttributes() {
    JsonNode n = createNetwork(ALICE, "'name': 'alice-net'");
    assertThat(n.get("project_id").asText()).isEqualTo("p1");
    assertThat(n.get("shared").asBoolean()).isFalse();
    assertThat(n.get("admin_state_up").asBoolean()).isTrue();
    assertThat(n.get("mtu").asInt()).isEqualTo(1500);
    assertThat(n.has("provider:network_type")).isFalse();
    assertThat(n.has("provider:segmentation_id")).isFalse();
    JsonNode asAdmin = get(NET + "/" + n.get("id").asText(), ADMIN).json().get("network");
    assertThat(asAdmin.get("provider:network_type").asText()).isEqualTo("flat");
    assertThat(asAdmin.get("provider:physical_network").isNull()).isTrue();
    assertThat(asAdmin.get("provider:segmentation_id").isNull()).isTrue();
    JsonNode unnamed = createNetwork(ALICE, "");
    assertThat(unnamed.get("name").asText()).isEmpty();
    assertThat(unnamed.get("description").asText()).isEmpty();
  }

  @Test
  void subnetLifecycleWithNeutronsBody() {
    String net = createNetwork(ALICE, "'name': 'n'").get("id").asText();
    JsonNode s =
        createSubnet(
            ALICE,
            net,
            "10.9.0.0/24",
            "'name': 's', 'allocation_pools': [{'start': '10.9.0.10', 'end': '10.9.0.20'}],"
                + " 'gateway_ip': '10.9.0.1', 'dns_nameservers': ['10.9.0.2'],"
                + " 'host_routes': [{'destination': '10.8.0.0/16', 'nexthop': '10.9.0.3'}]");
    String id = s.get("id").asText();
    assertThat(fieldNames(s))
        .containsExactlyInAnyOrder(
            "id",
            "name",
            "description",
            "network_id",
            "tenant_id",
            "project_id",
            "ip_version",
            "cidr",
            "gateway_ip",
            "allocation_pools",
            "dns_nameservers",
            "host_routes",
            "enable_dhcp",
            "ipv6_address_mode",
            "ipv6_ra_mode",
            "subnetpool_id",
            "service_types",
            "tags",
            "created_at",
            "updated_at",
            "revision_number");
    assertThat(s.get("network_id").asText()).isEqualTo(net);
    assertThat(s.get("project_id").asText()).isEqualTo("p1");
    assertThat(s.get("ip_version").asInt()).isEqualTo(4);
    assertThat(s.get("cidr").asText()).isEqualTo("10.9.0.0/24");
    assertThat(s.get("gateway_ip").asText()).isEqualTo("10.9.0.1");
    assertThat(s.get("allocation_pools").toString())
        .isEqualTo("[{\"start\":\"10.9.0.10\",\"end\":\"10.9.0.20\"}]");
    assertThat(s.get("dns_nameservers").toString()).isEqualTo("[\"10.9.0.2\"]");
    assertThat(s.get("host_routes").toString())
        .isEqualTo("[{\"destination\":\"10.8.0.0/16\",\"nexthop\":\"10.9.0.3\"}]");
    assertThat(s.get("enable_dhcp").asBoolean()).isTrue();
    assertThat(s.get("ipv6_address_mode").isNull()).isTrue();
    assertThat(s.get("subnetpool_id").isNull()).isTrue();
    assertThat(s.get("service_types")).isEmpty();
    assertThat(s.get("created_at").asText()).matches(TIME);

    assertThat(get(SUBNETS + "/" + id, ALICE).json().get("subnet")).isEqualTo(s);
    assertThat(get(NET + "/" + net, ALICE).json().at("/network/subnets/0").asText()).isEqualTo(id);
    assertThat(subnetIds(ALICE, "")).containsExactly(id);

    Resp updated =
        put(SUBNETS + "/" + id, ALICE, json("{'subnet': {'name': 's2', 'description': 'd'}}"));
    assertThat(updated.status()).as(updated.text()).isEqualTo(200);
    assertThat(updated.json().at("/subnet/name").asText()).isEqualTo("s2");
    assertThat(updated.json().at("/subnet/description").asText()).isEqualTo("d");
    assertThat(updated.json().at("/subnet/cidr").asText()).isEqualTo("10.9.0.0/24");

    assertThat(delete(SUBNETS + "/" + id, ALICE).status()).isEqualTo(204);
    assertNeutronError(get(SUBNETS + "/" + id, ALICE), 404, "SubnetNotFound");
    assertThat(get(NET + "/" + net, ALICE).json().at("/network/subnets")).isEmpty();
  }

  @Test
  void subnetGatewayDefaultsToTheFirstAddressAndNullMeansNone() {
    String net = createNetwork(ALICE, "").get("id").asText();
    JsonNode auto = createSubnet(ALICE, net, "10.1.0.0/24", "");
    assertThat(auto.get("gateway_ip").asText()).isEqualTo("10.1.0.1");
    assertThat(auto.get("allocation_pools").toString())
        .isEqualTo("[{\"start\":\"10.1.0.2\",\"end\":\"10.1.0.254\"}]");
    JsonNode none = createSubnet(ALICE, net, "10.2.0.0/24", "'gateway_ip': null");
    assertThat(none.get("gateway_ip").isNull()).isTrue();
    assertThat(none.get("allocation_pools").toString())
        .isEqualTo("[{\"start\":\"10.2.0.1\",\"end\":\"10.2.0.254\"}]");
    JsonNode v6 =
        createSubnet(ALICE, net, "2001:db8::/64", "'ip_version': 6, 'ipv6_address_mode': 'slaac'");
    assertThat(v6.get("ip_version").asInt()).isEqualTo(6);
    assertThat(v6.get("gateway_ip").asText()).isEqualTo("2001:db8::1");
    assertThat(v6.get("ipv6_address_mode").asText()).isEqualTo("slaac");
  }

  @Test
  void portLifecycleWithNeutronsBody() {
    String net = createNetwork(ALICE, "'name': 'n'").get("id").asText();
    String subnet =
        createSubnet(
                ALICE,
                net,
                "10.9.0.0/24",
                "'allocation_pools': [{'start': '10.9.0.10', 'end': '10.9.0.20'}]")
            .get("id")
            .asText();
    JsonNode p =
        createPort(
            ALICE,
            net,
            "'name': 'p', 'fixed_ips': [{'subnet_id': '"
                + subnet
                + "', 'ip_address': '10.9.0.15'}]");
    String id = p.get("id").asText();
    assertThat(fieldNames(p))
        .containsExactlyInAnyOrder(
            "id",
            "name",
            "description",
            "network_id",
            "tenant_id",
            "project_id",
            "mac_address",
            "admin_state_up",
            "status",
            "device_id",
            "device_owner",
            "fixed_ips",
            "allowed_address_pairs",
            "extra_dhcp_opts",
            "security_groups",
            "port_security_enabled",
            "binding:vnic_type",
            "binding:vif_type",
            "tags",
            "created_at",
            "updated_at",
            "revision_number");
    assertThat(p.get("network_id").asText()).isEqualTo(net);
    assertThat(p.get("project_id").asText()).isEqualTo("p1");
    assertThat(p.get("mac_address").asText()).matches("fa:16:3e(:[0-9a-f]{2}){3}");
    assertThat(p.get("status").asText()).isEqualTo("DOWN");
    assertThat(p.get("device_id").asText()).isEmpty();
    assertThat(p.get("device_owner").asText()).isEmpty();
    assertThat(p.get("fixed_ips").toString())
        .isEqualTo("[{\"subnet_id\":\"" + subnet + "\",\"ip_address\":\"10.9.0.15\"}]");
    assertThat(p.get("binding:vnic_type").asText()).isEqualTo("baremetal");
    assertThat(p.get("binding:vif_type").asText()).isEqualTo("unbound");
    assertThat(p.get("security_groups")).isEmpty();
    assertThat(p.get("port_security_enabled").asBoolean()).isFalse();

    JsonNode asAdmin = get(PORTS + "/" + id, ADMIN).json().get("port");
    assertThat(asAdmin.get("binding:host_id").asText()).isEmpty();
    assertThat(asAdmin.get("binding:profile").isObject()).isTrue();
    assertThat(asAdmin.get("binding:vif_details").isObject()).isTrue();
    assertThat(get(PORTS + "/" + id, ALICE).json().get("port")).isEqualTo(p);

    JsonNode auto = createPort(ALICE, net, "");
    assertThat(auto.at("/fixed_ips/0/subnet_id").asText()).isEqualTo(subnet);
    assertThat(auto.at("/fixed_ips/0/ip_address").asText()).matches("10\\.9\\.0\\.(1\\d|20)");
    JsonNode none = createPort(ALICE, net, "'fixed_ips': []");
    assertThat(none.get("fixed_ips")).isEmpty();
    JsonNode mac = createPort(ALICE, net, "'mac_address': '52:54:00:AB:CD:EF', 'fixed_ips': []");
    assertThat(mac.get("mac_address").asText()).isEqualTo("52:54:00:ab:cd:ef");

    Resp updated =
        put(
            PORTS + "/" + id,
            ALICE,
            json("{'port': {'name': 'p2', 'description': 'x', 'admin_state_up': false}}"));
    assertThat(updated.status()).as(updated.text()).isEqualTo(200);
    assertThat(updated.json().at("/port/name").asText()).isEqualTo("p2");
    assertThat(updated.json().at("/port/admin_state_up").asBoolean()).isFalse();
    assertThat(updated.json().at("/port/fixed_ips")).isEqualTo(p.get("fixed_ips"));

    assertThat(delete(PORTS + "/" + id, ALICE).status()).isEqualTo(204);
    assertNeutronError(get(PORTS + "/" + id, ALICE), 404, "PortNotFound");
    // its address is free again
    createPort(ALICE, net, "'fixed_ips': [{'ip_address': '10.9.0.15'}]");
  }

  @Test
  void adminBindingAttributesAtFerrumsOnlyValues() {
    String net = createNetwork(ADMIN, "").get("id").asText();
    JsonNode p =
        createPort(
            ADMIN,
            net,
            "'binding:vnic_type': 'baremetal', 'binding:host_id': '', 'binding:profile': {},"
                + " 'device_id': 'dev-1', 'device_owner': 'baremetal:none',"
                + " 'project_id': 'p1'");
    assertThat(p.get("device_id").asText()).isEqualTo("dev-1");
    assertThat(p.get("device_owner").asText()).isEqualTo("baremetal:none");
    assertThat(p.get("project_id").asText()).isEqualTo("p1");
    assertThat(portIds(ALICE, "")).containsExactly(p.get("id").asText());
  }

  @Test
  void filtersRepeatedMeanOrAndUnknownOnesAreIgnored() {
    String a = createNetwork(ADMIN, "'name': 'a', 'shared': true").get("id").asText();
    String b = createNetwork(ADMIN, "'name': 'b', 'admin_state_up': false").get("id").asText();
    String c = createNetwork(ALICE, "'name': 'c', 'mtu': 9000").get("id").asText();

    assertThat(networkIds(ADMIN, "")).containsExactly(a, b, c);
    assertThat(networkIds(ADMIN, "?name=a")).containsExactly(a);
    assertThat(networkIds(ADMIN, "?name=a&name=c")).containsExactly(a, c);
    assertThat(networkIds(ADMIN, "?name=nothing")).isEmpty();
    assertThat(networkIds(ADMIN, "?id=" + b)).containsExactly(b);
    assertThat(networkIds(ADMIN, "?shared=true")).containsExactly(a);
    assertThat(networkIds(ADMIN, "?shared=False")).containsExactly(b, c);
    assertThat(networkIds(ADMIN, "?admin_state_up=false")).containsExactly(b);
    assertThat(networkIds(ADMIN, "?project_id=p1")).containsExactly(c);
    assertThat(networkIds(ADMIN, "?tenant_id=admin-project&name=b")).containsExactly(b);
    assertThat(networkIds(ADMIN, "?mtu=9000")).containsExactly(c);
    assertThat(networkIds(ADMIN, "?status=ACTIVE&router:external=false")).hasSize(3);
    assertThat(networkIds(ADMIN, "?provider:network_type=flat")).hasSize(3);
    assertThat(networkIds(ADMIN, "?provider:network_type=vlan")).isEmpty();
    assertThat(networkIds(ADMIN, "?whatever=1&sort_key=name")).containsExactly(a, b, c);
    assertThat(networkIds(ADMIN, "?tags=x")).isEmpty();
    assertThat(networkIds(ADMIN, "?not-tags=x")).hasSize(3);
    assertNeutronError(get(NET + "?shared=maybe", ADMIN), 400, "HTTPBadRequest");
    assertNeutronError(get(NET + "?mtu=big", ADMIN), 400, "HTTPBadRequest");
    // a member sees its own and shared networks; provider filters are admin-only (ignored)
    assertThat(networkIds(ALICE, "")).containsExactly(a, c);
    assertThat(networkIds(ALICE, "?provider:network_type=vlan")).containsExactly(a, c);
  }

  @Test
  void subnetAndPortFilters() {
    String net = createNetwork(ALICE, "'name': 'n'").get("id").asText();
    String other = createNetwork(ALICE, "'name': 'o'").get("id").asText();
    String s1 = createSubnet(ALICE, net, "10.0.0.0/24", "'name': 's1'").get("id").asText();
    String s2 =
        createSubnet(ALICE, net, "2001:db8::/64", "'ip_version': 6, 'name': 's2'")
            .get("id")
            .asText();
    String s3 = createSubnet(ALICE, other, "10.1.0.0/24", "").get("id").asText();
    assertThat(subnetIds(ALICE, "?network_id=" + net)).containsExactly(s1, s2);
    assertThat(subnetIds(ALICE, "?ip_version=6")).containsExactly(s2);
    assertThat(subnetIds(ALICE, "?ip_version=4&network_id=" + other)).containsExactly(s3);
    assertThat(subnetIds(ALICE, "?cidr=10.1.0.0/24")).containsExactly(s3);
    assertThat(subnetIds(ALICE, "?name=s1&name=s2")).containsExactly(s1, s2);
    assertThat(subnetIds(ALICE, "?gateway_ip=10.0.0.1")).containsExactly(s1);
    assertThat(subnetIds(ALICE, "?enable_dhcp=true")).hasSize(3);

    JsonNode p1 = createPort(ALICE, net, "'name': 'p1', 'fixed_ips': [{'ip_address': '10.0.0.5'}]");
    JsonNode p2 = createPort(ALICE, net, "'name': 'p2'");
    JsonNode p3 = createPort(ALICE, other, "'name': 'p3', 'mac_address': 'fa:16:3e:00:00:03'");
    String id1 = p1.get("id").asText();
    String id2 = p2.get("id").asText();
    String id3 = p3.get("id").asText();
    assertThat(p2.get("fixed_ips")).hasSize(2); // one IPv4 and one IPv6 address by default
    assertThat(portIds(ALICE, "?network_id=" + net)).containsExactly(id1, id2);
    assertThat(portIds(ALICE, "?fixed_ips=ip_address%3D10.0.0.5")).containsExactly(id1);
    assertThat(portIds(ALICE, "?fixed_ips=ip_address=10.0.0.5")).containsExactly(id1);
    assertThat(portIds(ALICE, "?fixed_ips=subnet_id=" + s2)).containsExactly(id2);
    assertThat(portIds(ALICE, "?fixed_ips=subnet_id=" + s1 + "&fixed_ips=ip_address=10.0.0.5"))
        .containsExactly(id1);
    assertThat(portIds(ALICE, "?fixed_ips=subnet_id=" + s3)).containsExactly(id3);
    assertThat(portIds(ALICE, "?fixed_ips=subnet_id=" + s3 + "&fixed_ips=ip_address=10.0.0.5"))
        .isEmpty();
    assertThat(portIds(ALICE, "?fixed_ips=ip_address_substr=10.0.0.")).contains(id1, id2);
    assertThat(portIds(ALICE, "?mac_address=FA:16:3E:00:00:03")).containsExactly(id3);
    assertThat(portIds(ALICE, "?device_owner=")).containsExactly(id1, id2, id3);
    assertThat(portIds(ALICE, "?device_id=x")).isEmpty();
    assertThat(portIds(ALICE, "?status=DOWN&admin_state_up=true")).hasSize(3);
    assertThat(portIds(ALICE, "?id=" + id3 + "&id=" + id1)).containsExactly(id1, id3);
    assertThat(portIds(ALICE, "?name=p2")).containsExactly(id2);
    assertNeutronError(get(PORTS + "?fixed_ips=10.0.0.5", ALICE), 400, "HTTPBadRequest");
  }

  @Test
  void fieldsProjectListsAndShows() {
    String id = createNetwork(ALICE, "'name': 'n'").get("id").asText();
    Resp r = get(NET + "?fields=id&fields=name", ALICE);
    assertThat(fieldNames(r.json().at("/networks/0"))).containsExactly("id", "name");
    Resp one = get(NET + "/" + id + "?fields=name,status", ALICE);
    assertThat(fieldNames(one.json().get("network"))).containsExactly("name", "status");
    assertThat(one.json().at("/network/status").asText()).isEqualTo("ACTIVE");
  }

  @Test
  void pagingGivesANextLinkThatKeepsTheFilters() {
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      made.add(createNetwork(ALICE, "'name': 'n'").get("id").asText());
    }
    createNetwork(ALICE, "'name': 'other'");
    Resp first = get(NET + "?name=n&limit=2", ALICE);
    assertThat(ids(first, "networks")).containsExactlyElementsOf(made.subList(0, 2));
    JsonNode link = first.json().at("/networks_links/0");
    assertThat(link.get("rel").asText()).isEqualTo("next");
    String href = link.get("href").asText();
    assertThat(href).isEqualTo(server.baseUri() + NET + "?name=n&limit=2&marker=" + made.get(1));
    Resp second = get(href.substring(server.baseUri().toString().length()), ALICE);
    assertThat(ids(second, "networks")).containsExactlyElementsOf(made.subList(2, 4));
    Resp last = get(NET + "?name=n&limit=2&marker=" + made.get(3), ALICE);
    assertThat(ids(last, "networks")).containsExactly(made.get(4));
    assertThat(last.json().has("networks_links")).isFalse();
    assertThat(ids(get(NET + "?limit=0", ALICE), "networks")).hasSize(6);
    assertNeutronError(get(NET + "?limit=x", ALICE), 400, "HTTPBadRequest");
    assertNeutronError(get(NET + "?limit=-1", ALICE), 400, "HTTPBadRequest");
    assertNeutronError(
        get(NET + "?limit=1&marker=" + UUID.randomUUID(), ALICE), 404, "NetworkNotFound");
  }

  @Test
  void nameLookupFallsBackFrom404ToTheNameFilter() {
    String id = createNetwork(ALICE, "'name': 'prov'").get("id").asText();
    assertThat(assertNeutronError(get(NET + "/prov", ALICE), 404, "NetworkNotFound"))
        .isEqualTo("Network prov could not be found.");
    assertThat(networkIds(ALICE, "?name=prov")).containsExactly(id);
  }

  @Test
  void errorsOnNetworkPathsAreNeutronShapedAndNovaKeepsItsOwn() {
    assertNeutronError(get("/network/v2.0/routers", ALICE), 404, "HTTPNotFound");
    assertNeutronError(get("/network/v2.0/nothing/at/all", ALICE), 404, "HTTPNotFound");
    assertNeutronError(get(NET, null), 401, "HTTPUnauthorized");
    assertNeutronError(get(NET, "wrong-token"), 401, "HTTPUnauthorized");
    assertNeutronError(post(NET, null, "{}"), 401, "HTTPUnauthorized");
    Resp patch = send("PATCH", NET + "/" + UUID.randomUUID(), ALICE, "{}");
    assertThat(patch.status()).isIn(404, 405);
    assertThat(patch.json().has("NeutronError")).as(patch.text()).isTrue();
    assertNeutronError(
        post(NET, ALICE, "{'network': {}}".replace('\'', '"'), "Content-Type", "text/plain"),
        415,
        "HTTPUnsupportedMediaType");
    assertThat(get(NET, ALICE).header("x-openstack-request-id")).startsWith("req-");
    assertThat(get(NET, ALICE).header("X-OpenStack-Nova-API-Version")).isNull();

    Resp nova = get("/v2.1/flavors/nothing", ALICE);
    assertThat(nova.status()).isEqualTo(404);
    assertThat(nova.json().at("/itemNotFound/code").asInt()).isEqualTo(404);
    assertThat(nova.json().has("NeutronError")).isFalse();
    Resp novaUnauthorized = get("/v2.1/flavors", null);
    assertThat(novaUnauthorized.json().at("/unauthorized/code").asInt()).isEqualTo(401);
    Resp image = get("/image/v2/images/" + UUID.randomUUID(), ALICE);
    assertThat(image.status()).isEqualTo(404);
    assertThat(image.json().at("/itemNotFound/code").asInt()).isEqualTo(404);
    // only /network and its subtree take Neutron's shape
    Resp lookalike = get("/networks", ALICE);
    assertThat(lookalike.status()).isEqualTo(404);
    assertThat(lookalike.json().has("itemNotFound")).isTrue();
  }
}
