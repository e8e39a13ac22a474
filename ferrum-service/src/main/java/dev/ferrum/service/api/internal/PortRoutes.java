package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.network.Network;
import dev.ferrum.service.network.NetworkBackend;
import dev.ferrum.service.network.NetworkChanges;
import dev.ferrum.service.network.Port;
import dev.ferrum.service.network.PortSpec;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code /network/v2.0/ports}: list (with {@code fixed_ips=ip_address=…}/{@code subnet_id=…}
 * filters), show, create, update (name, description, admin_state_up) and delete. A member may
 * create ports on its own networks and on shared ones, choosing a subnet but not an address or MAC
 * on a network it does not own; the binding attributes and the device fields are admin-only (a
 * server's port is bound by Ferrum itself when the server uses it).
 */
final class PortRoutes {
  static final String PATH = NeutronRoutes.BASE + "/ports";

  private static final Set<String> CREATE =
      Set.of(
          "name",
          "description",
          "network_id",
          "tenant_id",
          "project_id",
          "admin_state_up",
          "mac_address",
          "fixed_ips",
          "device_id",
          "device_owner",
          "binding:host_id",
          "binding:profile",
          "binding:vnic_type",
          "port_security_enabled",
          "security_groups",
          "allowed_address_pairs",
          "extra_dhcp_opts");
  private static final Set<String> UPDATE = Set.of("name", "description", "admin_state_up");
  private static final Set<String> KNOWN =
      NeutronRoutes.known(CREATE, "status", "binding:vif_type", "binding:vif_details");
  private static final Set<String> FIXED_IP_KEYS = Set.of("subnet_id", "ip_address");

  private final NetworkBackend backend;
  private final NeutronAccess access;
  private final NeutronListing<Port> listing =
      NeutronRoutes.<Port>common(new NeutronListing<>("ports", "Port", Port::id))
          .text("id", Port::id)
          .text("name", Port::name)
          .text("description", Port::description)
          .text("network_id", Port::networkId)
          .text("tenant_id", Port::projectId)
          .text("project_id", Port::projectId)
          .text("device_id", Port::deviceId)
          .text("device_owner", Port::deviceOwner)
          .custom("mac_address", (p, v) -> p.macAddress().equalsIgnoreCase(v))
          .bool("admin_state_up", Port::adminStateUp)
          .text("status", Port::status)
          .text("binding:vnic_type", p -> NeutronViews.VNIC_TYPE)
          .text("binding:host_id", Port::bindingHostId)
          .custom("security_groups", (p, v) -> false)
          .group("fixed_ips", PortRoutes::fixedIpFilter)
          .adminOnly("binding:host_id");

  PortRoutes(NetworkBackend backend, NeutronAccess access) {
    this.backend = backend;
    this.access = access;
  }

  void register(Javalin app) {
    NeutronRoutes.collection(
        app, PATH, this::list, this::show, this::create, this::update, this::delete);
  }

  /**
   * Neutron's {@code fixed_ips} filter: values {@code ip_address=X}, {@code subnet_id=Y}, {@code
   * ip_address_substr=Z}; one address of the port must match every key given (any of its values).
   */
  private static Predicate<Port> fixedIpFilter(List<String> values) {
    Set<String> addresses = new HashSet<>();
    Set<String> subnets = new HashSet<>();
    Set<String> substrings = new HashSet<>();
    for (String v : values) {
      int eq = v.indexOf('=');
      String key = eq < 0 ? "" : v.substring(0, eq);
      String value = v.substring(eq + 1);
      switch (key) {
        case "ip_address" -> addresses.add(value);
        case "subnet_id" -> subnets.add(value);
        case "ip_address_substr" -> substrings.add(value);
        default ->
            throw NeutronInput.invalid("fixed_ips", "'" + v + "' is not of the form <key>=[value]");
      }
    }
    return p ->
        p.fixedIps().stream()
            .anyMatch(ip ->
                (addresses.isEmpty() || addresses.contains(ip.ipAddress()))
                    && (subnets.isEmpty() || subnets.contains(ip.subnetId()))
                    && (substrings.isEmpty()
                        || substrings.stream().anyMatch(ip.ipAddress()::contains)));
  }

  private static void respond(Context ctx, int status, Port p, boolean admin) {
    NeutronRoutes.respond(ctx, status, "port", NeutronViews.port(p, admin));
  }

  private void list(Context ctx) {
    NeutronRoutes.list(
        ctx,
        listing,
        backend::listPorts,
        (page, admin) -> page.stream().map(p -> NeutronViews.port(p, admin)).toList());
  }

  private void show(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    respond(ctx, 200, access.port(caller, ctx.pathParam("id")), caller.isAdmin());
  }

  private void create(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    ObjectNode obj = NeutronRoutes.input(ctx, "port", CREATE, KNOWN, true);
    NeutronInput.require(obj, "network_id");
    String networkId = NeutronInput.uuid(obj, "network_id");
    String name = NeutronInput.string(obj, "name", NeutronInput.NAME_MAX, "");
    String description = NeutronInput.string(obj, "description", NeutronInput.NAME_MAX, "");
    boolean up = NeutronInput.bool(obj, "admin_state_up", true);
    String mac = NeutronInput.nullableString(obj, "mac_address", 64);
    List<PortSpec.FixedIpRequest> fixedIps = fixedIps(obj.get("fixed_ips"));
    String deviceId = NeutronInput.string(obj, "device_id", NeutronInput.NAME_MAX, "");
    String deviceOwner = NeutronInput.string(obj, "device_owner", NeutronInput.NAME_MAX, "");
    NeutronInput.onlyDefault(
        obj, "port_security_enabled", NeutronInput::isFalse, "Ferrum has no port security");
    NeutronInput.onlyDefault(
        obj, "security_groups", NeutronInput::isEmptyList, "Ferrum has no security groups");
    NeutronInput.onlyDefault(
        obj,
        "allowed_address_pairs",
        NeutronInput::isEmptyList,
        "Ferrum has no allowed address pairs");
    NeutronInput.onlyDefault(
        obj, "extra_dhcp_opts", NeutronInput::isEmptyList, "Ferrum serves no DHCP options");
    String owner = NeutronAccess.owner(caller, obj, "create_port");
    for (String binding : List.of("binding:host_id", "binding:profile", "binding:vnic_type")) {
      NeutronAccess.require(caller.isAdmin() || !obj.has(binding), "create_port:" + binding);
    }
    checkBinding(obj);
    // A server's ports are found by device; only admins may say which device a port belongs to.
    NeutronAccess.require(caller.isAdmin() || deviceId.isEmpty(), "create_port:device_id");
    NeutronAccess.require(caller.isAdmin() || deviceOwner.isEmpty(), "create_port:device_owner");
    Network network = access.network(caller, networkId);
    boolean networkOwner = NeutronAccess.owns(caller, network.projectId());
    NeutronAccess.require(networkOwner || mac == null, "create_port:mac_address");
    if (fixedIps != null) {
      for (PortSpec.FixedIpRequest ip : fixedIps) {
        NeutronAccess.require(
            networkOwner || ip.ipAddress() == null, "create_port:fixed_ips:ip_address");
        if (ip.subnetId() != null) {
          access.subnet(caller, ip.subnetId());
        }
      }
    }
    Port created =
        backend.createPort(
            new PortSpec(
                network.id(),
                owner,
                name,
                description,
                mac,
                up,
                deviceId,
                deviceOwner,
                fixedIps,
                false,
                null));
    respond(ctx, 201, created, caller.isAdmin());
  }

  /**
   * The admin-only binding attributes, at the only values Ferrum has: a bare-metal VNIC, bound by
   * Ferrum when a server uses the port (so no host or profile given here).
   */
  private static void checkBinding(ObjectNode obj) {
    NeutronInput.onlyDefault(
        obj,
        "binding:vnic_type",
        v -> v.isTextual() && v.asText().equals(NeutronViews.VNIC_TYPE),
        "'" + NeutronInput.render(obj.get("binding:vnic_type")) + "' is not in [baremetal]");
    NeutronInput.onlyDefault(
        obj,
        "binding:host_id",
        v -> v.isNull() || (v.isTextual() && v.asText().isEmpty()),
        "Ferrum binds a port to a node when a server uses it");
    NeutronInput.onlyDefault(
        obj,
        "binding:profile",
        v -> v.isNull() || (v.isObject() && v.isEmpty()),
        "Ferrum binds a port to a node when a server uses it");
  }

  /** The requested fixed IPs; {@code null} (absent or null) asks for the default allocation. */
  private static List<PortSpec.FixedIpRequest> fixedIps(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isArray()) {
      throw NeutronInput.invalid("fixed_ips", "'" + NeutronInput.render(v) + "' is not a list");
    }
    List<PortSpec.FixedIpRequest> out = new ArrayList<>();
    Set<String> addresses = new HashSet<>();
    for (JsonNode item : v) {
      boolean shaped = item.isObject() && !item.isEmpty();
      for (var it = item.fieldNames(); shaped && it.hasNext(); ) {
        shaped = FIXED_IP_KEYS.contains(it.next());
      }
      if (!shaped) {
        throw NeutronInput.invalid(
            "fixed_ips", "Invalid data format for fixed IP: '" + NeutronInput.render(item) + "'");
      }
      String subnet =
          item.has("subnet_id") ? NeutronInput.uuid("fixed_ips", item.get("subnet_id")) : null;
      String address = null;
      if (item.has("ip_address")) {
        JsonNode a = item.get("ip_address");
        if (!a.isTextual() || a.asText().isEmpty()) {
          throw NeutronInput.invalid(
              "fixed_ips", "'" + NeutronInput.render(a) + "' is not a valid IP address");
        }
        address = a.asText();
        if (!addresses.add(address.toLowerCase(Locale.ROOT))) {
          throw NeutronInput.invalid("fixed_ips", "Duplicate IP address '" + address + "'");
        }
      }
      out.add(new PortSpec.FixedIpRequest(subnet, address));
    }
    return out;
  }

  private void update(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    ObjectNode obj = NeutronRoutes.input(ctx, "port", UPDATE, KNOWN, false);
    NetworkChanges changes = NetworkRoutes.changes(obj);
    Port p = access.port(caller, ctx.pathParam("id"));
    respond(ctx, 200, backend.updatePort(p.id(), changes), caller.isAdmin());
  }

  private void delete(Context ctx) {
    Port p = access.port(Pipeline.caller(ctx), ctx.pathParam("id"));
    if (p.inUse() && Port.COMPUTE_OWNER.equals(p.deviceOwner())) {
      // The node still has the port attached as a VIF; only the server's delete detaches it.
      throw new dev.ferrum.service.network.NetworkConflictException(
          dev.ferrum.service.network.NetworkConflictException.PORT_IN_USE,
          "Port "
              + p.id()
              + " is used by server "
              + p.deviceId()
              + ": delete the server to release it.");
    }
    backend.deletePort(p.id());
    ctx.status(204);
  }
}
