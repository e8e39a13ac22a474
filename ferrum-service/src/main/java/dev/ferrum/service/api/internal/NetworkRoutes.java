package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.network.InvalidNetworkRequestException;
import dev.ferrum.service.network.Network;
import dev.ferrum.service.network.NetworkBackend;
import dev.ferrum.service.network.NetworkChanges;
import dev.ferrum.service.network.NetworkSpec;
import dev.ferrum.service.network.Subnet;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /network/v2.0/networks}: list (with filters, {@code fields}, paging), show, create, update
 * (name, description, admin_state_up) and delete. Only admins may create shared networks or set the
 * provider attributes ({@code flat}, or {@code vlan} with a segmentation id 1–4094), and only
 * admins see those attributes.
 */
final class NetworkRoutes {
  static final String PATH = NeutronRoutes.BASE + "/networks";

  private static final Set<String> PROVIDER =
      Set.of("provider:network_type", "provider:physical_network", "provider:segmentation_id");
  private static final Set<String> CREATE =
      Set.of(
          "name",
          "description",
          "admin_state_up",
          "shared",
          "tenant_id",
          "project_id",
          "mtu",
          "provider:network_type",
          "provider:physical_network",
          "provider:segmentation_id",
          "router:external",
          "port_security_enabled",
          "availability_zone_hints",
          "is_default");
  private static final Set<String> UPDATE = Set.of("name", "description", "admin_state_up");
  private static final Set<String> KNOWN =
      NeutronRoutes.known(
          CREATE,
          "availability_zones",
          "status",
          "subnets",
          "ipv4_address_scope",
          "ipv6_address_scope");

  private static final int DEFAULT_MTU = 1500;

  private final NetworkBackend backend;
  private final NeutronAccess access;
  private final NeutronListing<Network> listing =
      NeutronRoutes.<Network>common(new NeutronListing<>("networks", "Network", Network::id))
          .text("id", Network::id)
          .text("name", Network::name)
          .text("description", Network::description)
          .text("tenant_id", Network::projectId)
          .text("project_id", Network::projectId)
          .text("status", n -> "ACTIVE")
          .bool("shared", Network::shared)
          .bool("admin_state_up", Network::adminStateUp)
          .bool("router:external", n -> false)
          .bool("is_default", n -> false)
          .bool("port_security_enabled", n -> false)
          .integer("mtu", Network::mtu)
          .text("provider:network_type", Network::networkType)
          .text("provider:physical_network", Network::physicalNetwork)
          .integer("provider:segmentation_id", Network::segmentationId)
          .adminOnly(
              "provider:network_type", "provider:physical_network", "provider:segmentation_id");

  NetworkRoutes(NetworkBackend backend, NeutronAccess access) {
    this.backend = backend;
    this.access = access;
  }

  void register(Javalin app) {
    NeutronRoutes.collection(
        app, PATH, this::list, this::show, this::create, this::update, this::delete);
  }

  private List<ObjectNode> views(List<Network> networks, boolean admin) {
    Map<String, List<Subnet>> subnets =
        networks.isEmpty()
            ? Map.of()
            : backend.subnetsOf(networks.stream().map(Network::id).toList());
    List<ObjectNode> out = new ArrayList<>(networks.size());
    for (Network n : networks) {
      List<String> ids = subnets.getOrDefault(n.id(), List.of()).stream().map(Subnet::id).toList();
      out.add(NeutronViews.network(n, ids, admin));
    }
    return out;
  }

  private void respond(Context ctx, int status, Network n, boolean admin) {
    NeutronRoutes.respond(ctx, status, "network", views(List.of(n), admin).getFirst());
  }

  private void list(Context ctx) {
    NeutronRoutes.list(ctx, listing, backend::listNetworks, this::views);
  }

  private void show(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    respond(ctx, 200, access.network(caller, ctx.pathParam("id")), caller.isAdmin());
  }

  private void create(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    ObjectNode obj = NeutronRoutes.input(ctx, "network", CREATE, KNOWN, true);
    String name = NeutronInput.string(obj, "name", NeutronInput.NAME_MAX, "");
    String description = NeutronInput.string(obj, "description", NeutronInput.NAME_MAX, "");
    boolean up = NeutronInput.bool(obj, "admin_state_up", true);
    boolean shared = NeutronInput.bool(obj, "shared", false);
    int mtu = NeutronInput.integer(obj, "mtu", DEFAULT_MTU);
    NeutronInput.onlyDefault(
        obj, "router:external", NeutronInput::isFalse, "Ferrum has no external networks");
    NeutronInput.onlyDefault(
        obj, "port_security_enabled", NeutronInput::isFalse, "Ferrum has no port security");
    NeutronInput.onlyDefault(
        obj, "is_default", NeutronInput::isFalse, "Ferrum has no default external network");
    NeutronInput.onlyDefault(
        obj,
        "availability_zone_hints",
        NeutronInput::isEmptyList,
        "Ferrum has no network availability zones");
    String type = NeutronInput.nullableString(obj, "provider:network_type", 64);
    String physical = NeutronInput.nullableString(obj, "provider:physical_network", 64);
    Integer segment = NeutronInput.integer(obj, "provider:segmentation_id", null);
    String owner = NeutronAccess.owner(caller, obj, "create_network");
    NeutronAccess.require(caller.isAdmin() || !shared, "create_network:shared");
    for (String attribute : PROVIDER) {
      NeutronAccess.require(caller.isAdmin() || !obj.has(attribute), "create_network:" + attribute);
    }
    if (type == null && (physical != null || segment != null)) {
      throw providerInvalid("network_type required");
    }
    if (type == null) {
      type = "flat";
    }
    checkProvider(type, segment);
    Network created =
        backend.createNetwork(
            new NetworkSpec(owner, name, description, shared, up, type, physical, segment, mtu));
    respond(ctx, 201, created, caller.isAdmin());
  }

  private static void checkProvider(String type, Integer segment) {
    if (!Network.TYPES.contains(type)) {
      throw providerInvalid("network_type value '" + type + "' not supported");
    }
    if (type.equals("vlan")) {
      if (segment == null) {
        throw providerInvalid("segmentation_id required for VLAN provider network");
      }
      if (segment < 1 || segment > 4094) {
        throw providerInvalid("segmentation_id out of range (1 through 4094)");
      }
    } else if (segment != null) {
      throw providerInvalid("segmentation_id cannot be specified for flat network");
    }
  }

  private static InvalidNetworkRequestException providerInvalid(String reason) {
    return new InvalidNetworkRequestException(
        InvalidNetworkRequestException.INVALID_INPUT,
        "Invalid input for operation: " + reason + ".");
  }

  private void update(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    ObjectNode obj = NeutronRoutes.input(ctx, "network", UPDATE, KNOWN, false);
    NetworkChanges changes = changes(obj);
    Network n = access.network(caller, ctx.pathParam("id"));
    NeutronAccess.require(NeutronAccess.owns(caller, n.projectId()), "update_network");
    respond(ctx, 200, backend.updateNetwork(n.id(), changes), caller.isAdmin());
  }

  /** The descriptive changes of an update body (checked: names, descriptions, the state). */
  static NetworkChanges changes(ObjectNode obj) {
    JsonNode up = obj.get("admin_state_up");
    return new NetworkChanges(
        NeutronInput.string(obj, "name", NeutronInput.NAME_MAX, null),
        NeutronInput.string(obj, "description", NeutronInput.NAME_MAX, null),
        up == null ? null : NeutronInput.bool(obj, "admin_state_up", null));
  }

  private void delete(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    Network n = access.network(caller, ctx.pathParam("id"));
    NeutronAccess.require(NeutronAccess.owns(caller, n.projectId()), "delete_network");
    backend.deleteNetwork(n.id());
    ctx.status(204);
  }
}
