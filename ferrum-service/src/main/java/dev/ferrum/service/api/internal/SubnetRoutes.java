package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.InvalidRequestException;
import dev.ferrum.service.network.InvalidNetworkRequestException;
import dev.ferrum.service.network.Network;
import dev.ferrum.service.network.NetworkBackend;
import dev.ferrum.service.network.NetworkChanges;
import dev.ferrum.service.network.Subnet;
import dev.ferrum.service.network.SubnetSpec;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * {@code /network/v2.0/subnets}: list, show, create, update (name, description) and delete. The
 * request's shapes are checked here; the ranges (CIDR, pools, gateway, overlap) by the backend,
 * which answers with Neutron's error types. Subnets are added by the network's owner (or an admin):
 * a member gets a 403 on a shared network it does not own.
 */
final class SubnetRoutes {
  static final String PATH = NeutronRoutes.BASE + "/subnets";

  private static final Set<String> IPV6_MODES =
      Set.of("slaac", "dhcpv6-stateful", "dhcpv6-stateless");
  private static final Set<String> CREATE =
      Set.of(
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
          "use_default_subnetpool",
          "service_types",
          "segment_id");
  private static final Set<String> UPDATE = Set.of("name", "description");
  private static final Set<String> KNOWN = NeutronRoutes.known(CREATE, "prefixlen");

  private final NetworkBackend backend;
  private final NeutronAccess access;
  private final NeutronListing<Subnet> listing =
      NeutronRoutes.<Subnet>common(new NeutronListing<>("subnets", "Subnet", Subnet::id))
          .text("id", Subnet::id)
          .text("name", Subnet::name)
          .text("description", Subnet::description)
          .text("network_id", Subnet::networkId)
          .text("tenant_id", Subnet::projectId)
          .text("project_id", Subnet::projectId)
          .integer("ip_version", Subnet::ipVersion)
          .text("cidr", Subnet::cidr)
          .text("gateway_ip", Subnet::gatewayIp)
          .bool("enable_dhcp", Subnet::enableDhcp)
          .text("ipv6_address_mode", Subnet::ipv6AddressMode)
          .text("ipv6_ra_mode", Subnet::ipv6RaMode)
          .custom("subnetpool_id", (s, v) -> v.isEmpty());

  SubnetRoutes(NetworkBackend backend, NeutronAccess access) {
    this.backend = backend;
    this.access = access;
  }

  void register(Javalin app) {
    NeutronRoutes.collection(
        app, PATH, this::list, this::show, this::create, this::update, this::delete);
  }

  private static void respond(Context ctx, int status, Subnet s) {
    NeutronRoutes.respond(ctx, status, "subnet", NeutronViews.subnet(s));
  }

  private void list(Context ctx) {
    NeutronRoutes.list(
        ctx,
        listing,
        backend::listSubnets,
        (page, admin) -> page.stream().map(NeutronViews::subnet).toList());
  }

  private void show(Context ctx) {
    respond(ctx, 200, access.subnet(Pipeline.caller(ctx), ctx.pathParam("id")));
  }

  private void create(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    ObjectNode obj = NeutronRoutes.input(ctx, "subnet", CREATE, KNOWN, true);
    NeutronInput.require(obj, "network_id");
    String networkId = NeutronInput.uuid(obj, "network_id");
    String name = NeutronInput.string(obj, "name", NeutronInput.NAME_MAX, "");
    String description = NeutronInput.string(obj, "description", NeutronInput.NAME_MAX, "");
    if (!obj.has("cidr") || obj.get("cidr").isNull()) {
      throw new InvalidRequestException(
          "Bad subnets request: a subnetpool must be specified in the absence of a cidr.");
    }
    String cidr = NeutronInput.string(obj, "cidr", 64, null);
    NeutronInput.require(obj, "ip_version");
    int ipVersion = NeutronInput.integer(obj, "ip_version", null);
    if (ipVersion != 4 && ipVersion != 6) {
      throw NeutronInput.invalid("ip_version", ipVersion + " is not in [4, 6]");
    }
    boolean defaultGateway = !obj.has("gateway_ip");
    String gateway = NeutronInput.nullableString(obj, "gateway_ip", 64);
    List<Subnet.AllocationPool> pools = pools(obj.get("allocation_pools"));
    List<String> dns = nameservers(obj.get("dns_nameservers"));
    List<Subnet.HostRoute> routes = routes(obj.get("host_routes"));
    boolean dhcp = NeutronInput.bool(obj, "enable_dhcp", true);
    String addressMode = ipv6Mode(obj, "ipv6_address_mode", ipVersion);
    String raMode = ipv6Mode(obj, "ipv6_ra_mode", ipVersion);
    NeutronInput.onlyDefault(obj, "subnetpool_id", JsonNode::isNull, "Ferrum has no subnet pools");
    NeutronInput.onlyDefault(
        obj, "use_default_subnetpool", NeutronInput::isFalse, "Ferrum has no subnet pools");
    NeutronInput.onlyDefault(
        obj, "service_types", NeutronInput::isEmptyList, "Ferrum has no subnet service types");
    NeutronInput.onlyDefault(
        obj, "segment_id", JsonNode::isNull, "Ferrum has no routed network segments");
    String owner = NeutronAccess.owner(caller, obj, "create_subnet");
    Network network = access.network(caller, networkId);
    NeutronAccess.require(NeutronAccess.owns(caller, network.projectId()), "create_subnet");
    Subnet created =
        backend.createSubnet(
            new SubnetSpec(
                network.id(),
                owner,
                name,
                description,
                ipVersion,
                cidr,
                gateway,
                defaultGateway,
                pools,
                dns,
                routes,
                dhcp,
                addressMode,
                raMode));
    respond(ctx, 201, created);
  }

  private static String ipv6Mode(ObjectNode obj, String field, int ipVersion) {
    String mode = NeutronInput.nullableString(obj, field, 32);
    if (mode == null) {
      return null;
    }
    if (!IPV6_MODES.contains(mode)) {
      throw NeutronInput.invalid(
          field, "'" + mode + "' is not in [dhcpv6-stateful, dhcpv6-stateless, slaac]");
    }
    if (ipVersion != 6) {
      throw new InvalidNetworkRequestException(
          InvalidNetworkRequestException.INVALID_INPUT,
          "Invalid input for operation: ipv6_ra_mode or ipv6_address_mode cannot be set when"
              + " ip_version is 4.");
    }
    return mode;
  }

  private static List<Subnet.AllocationPool> pools(JsonNode v) {
    return pairs(v, "allocation_pools", "IP pool", "start", "end", Subnet.AllocationPool::new);
  }

  private static List<String> nameservers(JsonNode v) {
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw NeutronInput.invalid(
          "dns_nameservers",
          "Invalid data format for nameserver: '" + NeutronInput.render(v) + "'");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode s : v) {
      if (!s.isTextual()) {
        throw NeutronInput.invalid(
            "dns_nameservers",
            "Invalid data format for nameserver: '" + NeutronInput.render(s) + "'");
      }
      out.add(s.asText());
    }
    return out;
  }

  private static List<Subnet.HostRoute> routes(JsonNode v) {
    return pairs(v, "host_routes", "hostroute", "destination", "nexthop", Subnet.HostRoute::new);
  }

  /**
   * A list attribute of objects with exactly two string members, {@code first} and {@code second}
   * (allocation pools, host routes); an empty list when absent or null.
   *
   * @param v the attribute's value
   * @param field the attribute
   * @param what the item's name in Neutron's message ({@code Invalid data format for <what>})
   * @param first the first member
   * @param second the second member
   * @param make the item of the two members' values
   * @return the items, in order
   */
  private static <T> List<T> pairs(
      JsonNode v,
      String field,
      String what,
      String first,
      String second,
      BiFunction<String, String, T> make) {
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw NeutronInput.invalid(
          field, "Invalid data format for " + what + ": '" + NeutronInput.render(v) + "'");
    }
    List<T> out = new ArrayList<>();
    for (JsonNode item : v) {
      if (!item.isObject()
          || item.size() != 2
          || !item.path(first).isTextual()
          || !item.path(second).isTextual()) {
        throw NeutronInput.invalid(
            field, "Invalid data format for " + what + ": '" + NeutronInput.render(item) + "'");
      }
      out.add(make.apply(item.get(first).asText(), item.get(second).asText()));
    }
    return out;
  }

  private void update(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    ObjectNode obj = NeutronRoutes.input(ctx, "subnet", UPDATE, KNOWN, false);
    NetworkChanges changes = NetworkRoutes.changes(obj);
    Subnet s = access.subnet(caller, ctx.pathParam("id"));
    NeutronAccess.require(mayChange(caller, s), "update_subnet");
    respond(ctx, 200, backend.updateSubnet(s.id(), changes));
  }

  private void delete(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    Subnet s = access.subnet(caller, ctx.pathParam("id"));
    NeutronAccess.require(mayChange(caller, s), "delete_subnet");
    backend.deleteSubnet(s.id());
    ctx.status(204);
  }

  /** The subnet's owner, its network's owner and admins may change or delete it. */
  private boolean mayChange(Caller caller, Subnet s) {
    return NeutronAccess.owns(caller, s.projectId())
        || backend
            .findNetwork(s.networkId())
            .map(n -> n.projectId().equals(caller.projectId()))
            .orElse(false);
  }
}
