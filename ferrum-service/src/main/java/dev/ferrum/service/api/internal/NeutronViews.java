package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.network.Network;
import dev.ferrum.service.network.Port;
import dev.ferrum.service.network.Subnet;
import java.time.Instant;
import java.util.List;

/**
 * Neutron's JSON for networks, subnets and ports. Attributes of features Ferrum does not have
 * (security groups, address scopes, tags, availability zones) are present with their empty values
 * so that clients find every key they read; the provider and binding details are shown to admins
 * only, as Neutron's policy does.
 */
final class NeutronViews {
  /** The VNIC type of every port: a bare-metal NIC. */
  static final String VNIC_TYPE = "baremetal";

  private NeutronViews() {}

  static ObjectNode network(Network n, List<String> subnetIds, boolean admin) {
    ObjectNode o = Json.object();
    o.put("id", n.id());
    o.put("name", n.name());
    o.put("description", n.description());
    o.put("tenant_id", n.projectId());
    o.put("project_id", n.projectId());
    o.put("status", "ACTIVE");
    ArrayNode subnets = o.putArray("subnets");
    subnetIds.forEach(subnets::add);
    o.put("shared", n.shared());
    o.put("admin_state_up", n.adminStateUp());
    o.put("mtu", n.mtu());
    o.put("router:external", false);
    o.putArray("availability_zone_hints");
    o.putArray("availability_zones");
    o.putNull("ipv4_address_scope");
    o.putNull("ipv6_address_scope");
    o.put("is_default", false);
    o.put("port_security_enabled", false);
    o.putArray("tags");
    times(o, n.createdAt(), n.updatedAt());
    if (admin) {
      o.put("provider:network_type", n.networkType());
      o.put("provider:physical_network", n.physicalNetwork());
      if (n.segmentationId() == null) {
        o.putNull("provider:segmentation_id");
      } else {
        o.put("provider:segmentation_id", n.segmentationId().intValue());
      }
    }
    return o;
  }

  static ObjectNode subnet(Subnet s) {
    ObjectNode o = Json.object();
    o.put("id", s.id());
    o.put("name", s.name());
    o.put("description", s.description());
    o.put("network_id", s.networkId());
    o.put("tenant_id", s.projectId());
    o.put("project_id", s.projectId());
    o.put("ip_version", s.ipVersion());
    o.put("cidr", s.cidr());
    o.put("gateway_ip", s.gatewayIp());
    ArrayNode pools = o.putArray("allocation_pools");
    s.allocationPools().forEach(p -> pools.addObject().put("start", p.start()).put("end", p.end()));
    ArrayNode dns = o.putArray("dns_nameservers");
    s.dnsNameservers().forEach(dns::add);
    ArrayNode routes = o.putArray("host_routes");
    s.hostRoutes()
        .forEach(r ->
            routes.addObject().put("destination", r.destination()).put("nexthop", r.nexthop()));
    o.put("enable_dhcp", s.enableDhcp());
    o.put("ipv6_address_mode", s.ipv6AddressMode());
    o.put("ipv6_ra_mode", s.ipv6RaMode());
    o.putNull("subnetpool_id");
    o.putArray("service_types");
    o.putArray("tags");
    times(o, s.createdAt(), s.updatedAt());
    return o;
  }

  static ObjectNode port(Port p, boolean admin) {
    ObjectNode o = Json.object();
    o.put("id", p.id());
    o.put("name", p.name());
    o.put("description", p.description());
    o.put("network_id", p.networkId());
    o.put("tenant_id", p.projectId());
    o.put("project_id", p.projectId());
    o.put("mac_address", p.macAddress());
    o.put("admin_state_up", p.adminStateUp());
    o.put("status", p.status());
    o.put("device_id", p.deviceId());
    o.put("device_owner", p.deviceOwner());
    ArrayNode ips = o.putArray("fixed_ips");
    p.fixedIps()
        .forEach(ip ->
            ips.addObject().put("subnet_id", ip.subnetId()).put("ip_address", ip.ipAddress()));
    o.putArray("allowed_address_pairs");
    o.putArray("extra_dhcp_opts");
    o.putArray("security_groups");
    o.put("port_security_enabled", false);
    o.put("binding:vnic_type", VNIC_TYPE);
    o.put("binding:vif_type", p.bindingHostId().isEmpty() ? "unbound" : "other");
    if (admin) {
      o.put("binding:host_id", p.bindingHostId());
      o.putObject("binding:profile");
      o.putObject("binding:vif_details");
    }
    o.putArray("tags");
    times(o, p.createdAt(), p.updatedAt());
    return o;
  }

  /**
   * The timestamps and a revision number. The seam keeps no revision counter, so the number is 1
   * until the first change and 2 after any change: it tells a client that something changed, not
   * how often.
   */
  private static void times(ObjectNode o, Instant created, Instant updated) {
    o.put("created_at", Json.time(created));
    o.put("updated_at", Json.time(updated));
    o.put("revision_number", created.equals(updated) ? 1 : 2);
  }
}
