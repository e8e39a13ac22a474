package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.network.NetworkBackend;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;

/**
 * The Neutron v2.0 subset under {@code /network}: version discovery ({@code GET /network}, open,
 * with the self link the SDK then uses), the resource list ({@code GET /network/v2.0}, open too),
 * the extensions Ferrum really has, and the networks, subnets and ports routes.
 */
final class NeutronRoutes {
  /** The versioned root of the network API. */
  static final String BASE = NeutronErrors.PREFIX + "/v2.0";

  private static final String UPDATED = "2026-12-01T00:00:00Z";

  /** Alias, name and description of each extension Ferrum implements. */
  private static final List<String[]> EXTENSIONS =
      List.of(
          new String[] {
            "binding",
            "Port Binding",
            "Port binding attributes; every port is a bare-metal VNIC, bound by Ferrum when a"
                + " server uses it."
          },
          new String[] {
            "external-net", "Neutron external network", "router:external, always false."
          },
          new String[] {"network-mtu", "Network MTU", "The mtu attribute of networks."},
          new String[] {"project-id", "project_id field enabled", "project_id beside tenant_id."},
          new String[] {
            "provider",
            "Provider Network",
            "flat and vlan provider networks (network_type, physical_network, segmentation_id)."
          },
          new String[] {
            "standard-attr-description", "standard-attr-description", "Descriptions on resources."
          },
          new String[] {
            "standard-attr-timestamp", "Resource timestamps", "created_at and updated_at."
          },
          new String[] {
            "ip-substring-filtering",
            "IP address substring filtering",
            "fixed_ips=ip_address_substr= filters on ports."
          },
          new String[] {"pagination", "Pagination support", "limit and marker on listings."});

  private final NetworkBackend backend;

  NeutronRoutes(NetworkBackend backend) {
    this.backend = backend;
  }

  void register(Javalin app) {
    app.get(NeutronErrors.PREFIX, ctx -> Json.respond(ctx, 200, versions(ctx)));
    app.get(BASE, ctx -> Json.respond(ctx, 200, resources(ctx)));
    app.get(BASE + "/extensions", ctx -> Json.respond(ctx, 200, extensions()));
    app.get(BASE + "/extensions/{alias}", NeutronRoutes::extension);
    NeutronAccess access = new NeutronAccess(backend);
    new NetworkRoutes(backend, access).register(app);
    new SubnetRoutes(backend, access).register(app);
    new PortRoutes(backend, access).register(app);
  }

  /** The filters every collection has: tags, which no resource carries. */
  static <T> NeutronListing<T> common(NeutronListing<T> listing) {
    return listing
        .custom("tags", (item, v) -> false)
        .custom("tags-any", (item, v) -> false)
        .custom("not-tags", (item, v) -> true)
        .custom("not-tags-any", (item, v) -> true);
  }

  private static ObjectNode versions(Context ctx) {
    ObjectNode v = Json.object();
    v.put("id", "v2.0");
    v.put("status", "CURRENT");
    v.putArray("links").addObject().put("rel", "self").put("href", Links.base(ctx) + BASE + "/");
    ObjectNode root = Json.object();
    root.putArray("versions").add(v);
    return root;
  }

  private static ObjectNode resources(Context ctx) {
    ObjectNode root = Json.object();
    ArrayNode list = root.putArray("resources");
    for (String[] r :
        new String[][] {{"network", "networks"}, {"subnet", "subnets"}, {"port", "ports"}}) {
      ObjectNode o = list.addObject();
      o.put("name", r[0]);
      o.put("collection", r[1]);
      o.putArray("links")
          .addObject()
          .put("rel", "self")
          .put("href", Links.base(ctx) + BASE + "/" + r[1]);
    }
    return root;
  }

  private static ObjectNode extensions() {
    ObjectNode root = Json.object();
    ArrayNode list = root.putArray("extensions");
    EXTENSIONS.forEach(e -> list.add(extension(e)));
    return root;
  }

  private static ObjectNode extension(String[] e) {
    ObjectNode o = Json.object();
    o.put("alias", e[0]);
    o.put("name", e[1]);
    o.put("description", e[2]);
    o.put("updated", UPDATED);
    o.putArray("links");
    return o;
  }

  private static void extension(Context ctx) {
    Pipeline.caller(ctx);
    String alias = ctx.pathParam("alias");
    String[] found =
        EXTENSIONS.stream()
            .filter(e -> e[0].equals(alias))
            .findFirst()
            .orElseThrow(
                () -> new ApiException(404, "Extension with alias " + alias + " does not exist"));
    ObjectNode root = Json.object();
    root.set("extension", extension(found));
    Json.respond(ctx, 200, root);
  }
}
