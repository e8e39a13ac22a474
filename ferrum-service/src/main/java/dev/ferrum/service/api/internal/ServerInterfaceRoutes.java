package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.NotFoundException;
import dev.ferrum.service.network.NetworkBackend;
import dev.ferrum.service.network.Port;
import dev.ferrum.service.store.Database;
import dev.ferrum.service.store.Server;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;

/**
 * A server's network side in Nova's API: {@code os-interface} (its ports, as Nova lists the
 * interfaces of a Neutron-backed instance) and {@code ips} (its addresses by network). Scoped like
 * the server itself.
 */
final class ServerInterfaceRoutes {
  private final NetworkBackend networks;
  private final ServerRequests requests;

  ServerInterfaceRoutes(Database db, NetworkBackend networks) {
    this.networks = networks;
    this.requests = new ServerRequests(db);
  }

  void register(Javalin app) {
    app.get("/v2.1/servers/{id}/os-interface", this::listInterfaces);
    app.get("/v2.1/servers/{id}/os-interface/{port}", this::showInterface);
    app.get("/v2.1/servers/{id}/ips", this::listIps);
    app.get("/v2.1/servers/{id}/ips/{network}", this::showIps);
  }

  private List<Port> ports(Server s) {
    return networks.portsOf(List.of(s.uuid())).getOrDefault(s.uuid(), List.of());
  }

  private static ObjectNode view(Port p) {
    ObjectNode n = Json.object();
    n.put("port_state", p.status());
    ArrayNode ips = n.putArray("fixed_ips");
    for (Port.FixedIp ip : p.fixedIps()) {
      ips.addObject().put("subnet_id", ip.subnetId()).put("ip_address", ip.ipAddress());
    }
    n.put("port_id", p.id());
    n.put("net_id", p.networkId());
    n.put("mac_addr", p.macAddress());
    return n;
  }

  private void listInterfaces(Context ctx) {
    Server s = requests.visible(Pipeline.caller(ctx), ctx.pathParam("id"));
    ObjectNode root = Json.object();
    ArrayNode items = root.putArray("interfaceAttachments");
    ports(s).forEach(p -> items.add(view(p)));
    Json.respond(ctx, 200, root);
  }

  private void showInterface(Context ctx) {
    Server s = requests.visible(Pipeline.caller(ctx), ctx.pathParam("id"));
    String portId = ctx.pathParam("port");
    Port port =
        ports(s).stream()
            .filter(p -> p.id().equals(portId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Port", portId));
    ObjectNode root = Json.object();
    root.set("interfaceAttachment", view(port));
    Json.respond(ctx, 200, root);
  }

  private void listIps(Context ctx) {
    Server s = requests.visible(Pipeline.caller(ctx), ctx.pathParam("id"));
    ObjectNode root = Json.object();
    root.set("addresses", ServerViews.addresses(s));
    Json.respond(ctx, 200, root);
  }

  private void showIps(Context ctx) {
    Server s = requests.visible(Pipeline.caller(ctx), ctx.pathParam("id"));
    String network = ctx.pathParam("network");
    ObjectNode all = ServerViews.addresses(s);
    if (!all.has(network)) {
      throw new NotFoundException("Network", network);
    }
    ObjectNode root = Json.object();
    root.set(network, all.get(network));
    Json.respond(ctx, 200, root);
  }
}
