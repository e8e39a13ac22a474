package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.network.NetworkBackend;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

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

  /**
   * Registers the five routes of a collection at {@code path}: list, show, create, update, delete.
   */
  static void collection(
      Javalin app,
      String path,
      Handler list,
      Handler show,
      Handler create,
      Handler update,
      Handler delete) {
    app.get(path, list);
    app.get(path + "/{id}", show);
    app.post(path, create);
    app.put(path + "/{id}", update);
    app.delete(path + "/{id}", delete);
  }

  /**
   * Every attribute of a resource: the writable ones on create, the given read-only ones and the
   * standard attributes every resource has ({@code id}, {@code tags}, timestamps, revision).
   */
  static Set<String> known(Set<String> create, String... readOnly) {
    Set<String> all = new HashSet<>(create);
    all.addAll(List.of(readOnly));
    all.addAll(List.of("id", "tags", "created_at", "updated_at", "revision_number"));
    return Set.copyOf(all);
  }

  /**
   * The checked resource object of a create or update body ({@code {"network": {…}}}).
   *
   * @param ctx the request
   * @param key {@code network}, {@code subnet} or {@code port}
   * @param writable the attributes this request may set
   * @param known every attribute of the resource
   * @param create whether this is a POST (else a PUT)
   * @return the inner object, its attribute names checked
   */
  static ObjectNode input(
      Context ctx, String key, Set<String> writable, Set<String> known, boolean create) {
    ObjectNode obj = NeutronInput.resource(NeutronInput.parse(ctx), key);
    NeutronInput.attributes(obj, writable, known, create);
    return obj;
  }

  /**
   * Answers a listing of what the caller may see: everything for an admin, else what {@code
   * visible} gives for the caller's project.
   *
   * @param ctx the request
   * @param listing the collection's filters and paging
   * @param visible the items of a project, or all items for {@code null}
   * @param views the views of a page, given whether the caller is an admin
   */
  static <T> void list(
      Context ctx,
      NeutronListing<T> listing,
      Function<String, List<T>> visible,
      BiFunction<List<T>, Boolean, List<ObjectNode>> views) {
    Caller caller = Pipeline.caller(ctx);
    boolean admin = caller.isAdmin();
    listing.respond(
        ctx,
        visible.apply(admin ? null : caller.projectId()),
        admin,
        page -> views.apply(page, admin));
  }

  /** Answers one resource, {@code {"network": {…}}}, projected on the request's {@code fields}. */
  static void respond(Context ctx, int status, String key, ObjectNode view) {
    ObjectNode root = Json.object();
    root.set(key, NeutronListing.project(view, NeutronListing.fields(ctx)));
    Json.respond(ctx, status, root);
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
