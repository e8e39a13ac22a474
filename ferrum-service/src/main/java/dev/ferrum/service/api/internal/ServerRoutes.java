package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.ForbiddenException;
import dev.ferrum.service.InvalidRequestException;
import dev.ferrum.service.compute.ComputeManager;
import dev.ferrum.service.compute.CreateServerRequest;
import dev.ferrum.service.compute.RequestedNic;
import dev.ferrum.service.store.Database;
import dev.ferrum.service.store.Flavor;
import dev.ferrum.service.store.Image;
import dev.ferrum.service.store.Server;
import dev.ferrum.service.store.ServerQuery;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code /servers}: list (brief and detail, with {@code name} (a regular expression searched in the
 * name, as Nova), {@code status}, {@code all_tenants}, {@code limit}, {@code marker}), show, create
 * and delete. Members see only their project's servers; another project's server is a 404 as if it
 * did not exist.
 */
final class ServerRoutes {
  /** Nova's {@code osapi_max_limit}: the most servers one listing answers. */
  static final int MAX_LIMIT = 1000;

  /** How long the {@code name} expression may take over one whole listing. */
  private static final Duration NAME_FILTER_BUDGET = Duration.ofMillis(200);

  private static final Set<String> CREATE_FIELDS =
      Set.of(
          "name",
          "imageRef",
          "flavorRef",
          "key_name",
          "user_data",
          "metadata",
          "config_drive",
          "min_count",
          "max_count",
          "networks",
          "adminPass",
          "availability_zone",
          "security_groups",
          "accessIPv4",
          "accessIPv6",
          "OS-DCF:diskConfig",
          "return_reservation_id",
          "personality",
          "block_device_mapping",
          "block_device_mapping_v2",
          "description",
          "tags",
          "trusted_image_certificates",
          "host",
          "hypervisor_hostname");

  private final Database db;
  private final ComputeManager compute;
  private final ServerRequests requests;

  ServerRoutes(Database db, ComputeManager compute) {
    this.db = db;
    this.compute = compute;
    this.requests = new ServerRequests(db);
  }

  void register(Javalin app) {
    app.get("/v2.1/servers", ctx -> list(ctx, false));
    app.get("/v2.1/servers/detail", ctx -> list(ctx, true));
    app.post("/v2.1/servers", this::create);
    app.get("/v2.1/servers/{id}", this::show);
    app.delete("/v2.1/servers/{id}", this::delete);
  }

  private void list(Context ctx, boolean detail) {
    Caller caller = Pipeline.caller(ctx);
    String allTenants = ctx.queryParam("all_tenants");
    boolean all = allTenants != null && !Boolean.FALSE.equals(Body.parseBool(allTenants));
    if (allTenants != null && allTenants.isEmpty()) {
      all = true;
    }
    if (all && !caller.isAdmin()) {
      throw new ForbiddenException(
          "Policy doesn't allow os_compute_api:servers:"
              + (detail ? "detail" : "index")
              + ":get_all_tenants to be performed.");
    }
    String project = caller.projectId();
    if (all) {
      String p =
          ctx.queryParam("project_id") != null
              ? ctx.queryParam("project_id")
              : ctx.queryParam("tenant_id");
      project = p;
    }
    ServerQuery q = project == null ? ServerQuery.all() : ServerQuery.project(project);
    List<Server> servers = db.servers().list(q);
    String name = ctx.queryParam("name");
    if (name != null) {
      NameFilter filter = NameFilter.of(name, NAME_FILTER_BUDGET);
      servers = servers.stream().filter(s -> filter.matches(s.name())).toList();
    }
    String status = ctx.queryParam("status");
    if (status != null) {
      String want = status.toUpperCase(Locale.ROOT);
      if (!ServerViews.STATUSES.contains(want)) {
        throw new InvalidRequestException("Invalid status value");
      }
      servers = servers.stream().filter(s -> ServerViews.status(s).equals(want)).toList();
    }
    String marker = ctx.queryParam("marker");
    if (marker != null) {
      int at = servers.stream().map(Server::uuid).toList().indexOf(marker);
      if (at < 0) {
        throw new InvalidRequestException("marker [" + marker + "] not found");
      }
      servers = servers.subList(at + 1, servers.size());
    }
    int limit = MAX_LIMIT;
    String limitText = ctx.queryParam("limit");
    if (limitText != null) {
      try {
        limit = Integer.parseInt(limitText);
      } catch (NumberFormatException e) {
        throw new InvalidRequestException("limit param must be an integer");
      }
      if (limit < 0) {
        throw new InvalidRequestException("limit param must be positive");
      }
      limit = Math.min(limit, MAX_LIMIT);
    }
    boolean truncated = servers.size() > limit;
    servers = servers.subList(0, Math.min(limit, servers.size()));
    ObjectNode root = Json.object();
    ArrayNode items = root.putArray("servers");
    for (Server s : servers) {
      items.add(detail ? ServerViews.detail(ctx, s, caller) : ServerViews.brief(ctx, s));
    }
    if (truncated && !servers.isEmpty()) {
      root.putArray("servers_links")
          .addObject()
          .put("rel", "next")
          .put("href", nextLink(ctx, detail, servers.get(servers.size() - 1).uuid()));
    }
    Json.respond(ctx, 200, root);
  }

  /** The same query with the marker moved on (Nova's collection links keep every parameter). */
  private static String nextLink(Context ctx, boolean detail, String marker) {
    StringBuilder href =
        new StringBuilder(Links.base(ctx)).append("/v2.1/servers").append(detail ? "/detail" : "");
    char sep = '?';
    for (Map.Entry<String, List<String>> param : ctx.queryParamMap().entrySet()) {
      if (param.getKey().equals("marker")) {
        continue;
      }
      for (String value : param.getValue()) {
        href.append(sep).append(encode(param.getKey())).append('=').append(encode(value));
        sep = '&';
      }
    }
    return href.append(sep).append("marker=").append(encode(marker)).toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private void show(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    Server s = requests.visible(caller, ctx.pathParam("id"));
    ObjectNode root = Json.object();
    root.set("server", ServerViews.detail(ctx, s, caller));
    Json.respond(ctx, 200, root);
  }

  private void create(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    ObjectNode whole = Body.parse(ctx);
    Set<String> top =
        new HashSet<>(Set.of("server", "os:scheduler_hints", "OS-SCH-HNT:scheduler_hints"));
    ObjectNode body = Body.root(retain(whole, top), "server");
    Body.rejectUnknown(body, CREATE_FIELDS);
    String name = Body.name(body, "name", 255);
    if (body.has("block_device_mapping") || body.has("block_device_mapping_v2")) {
      throw new InvalidRequestException(
          "Block device mapping is not supported for bare metal servers.");
    }
    if (body.has("host") || body.has("hypervisor_hostname")) {
      caller.requireAdmin("compute:servers:create:requested_destination");
      throw new InvalidRequestException("Requesting a host or node is not supported.");
    }
    int min = Body.integer(body, "min_count", 1, 1);
    int max = Body.integer(body, "max_count", 1, min);
    if (min > max) {
      throw new InvalidRequestException("min_count must be <= max_count");
    }
    if (max > 1) {
      throw new InvalidRequestException(
          "Ferrum creates one server per request: min_count and max_count must be 1.");
    }
    List<RequestedNic> nics = nics().resolve(body.get("networks"), caller);
    String az = Body.optionalString(body, "availability_zone", 255);
    if (az != null && !az.isEmpty() && !az.equals("nova")) {
      throw new InvalidRequestException("The requested availability zone is not available");
    }
    Body.bool(body, "config_drive", true);
    String adminPass = Body.optionalText(body, "adminPass", 255);
    Map<String, String> metadata = ServerRequests.metadata(body, "metadata");
    String userData = ServerRequests.userData(body);
    String ipv4 = ServerRequests.accessIp(body, "accessIPv4", false);
    String ipv6 = ServerRequests.accessIp(body, "accessIPv6", true);
    var keyPair = requests.keyPair(caller, body);
    Flavor flavor = requests.flavor(caller, body.get("flavorRef"));
    Image image = requests.image(caller, body.get("imageRef"));
    String password = adminPass != null ? adminPass : ServerPasswords.generate();
    Server s =
        compute.create(
            new CreateServerRequest(
                name, flavor, image, keyPair, userData, metadata, password, ipv4, ipv6, nics),
            ServerRequests.context(caller));
    ObjectNode server = Json.object();
    server.put("id", s.uuid());
    server.set("links", Links.selfAndBookmark(ctx, "servers", s.uuid()));
    server.put("OS-DCF:diskConfig", "MANUAL");
    server.putArray("security_groups").addObject().put("name", "default");
    server.put("adminPass", password);
    ObjectNode root = Json.object();
    root.set("server", server);
    ctx.header("Location", Links.base(ctx) + "/v2.1/servers/" + s.uuid());
    Json.respond(ctx, 202, root);
  }

  private static ObjectNode retain(ObjectNode whole, Set<String> allowed) {
    Body.rejectUnknown(whole, allowed);
    ObjectNode copy = whole.deepCopy();
    copy.remove("os:scheduler_hints");
    copy.remove("OS-SCH-HNT:scheduler_hints");
    return copy;
  }

  private ServerNics nics() {
    return new ServerNics(compute.networks(), compute.defaultNetwork());
  }

  private void delete(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    Server s = requests.visible(caller, ctx.pathParam("id"));
    compute.delete(s.uuid(), ServerRequests.context(caller));
    ctx.status(204);
  }
}
