package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.ConflictException;
import dev.ferrum.service.InvalidRequestException;
import dev.ferrum.service.NotFoundException;
import dev.ferrum.service.store.Flavor;
import dev.ferrum.service.store.FlavorRepository;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Set;

/**
 * Private flavor access ({@code os-flavor-access}): the admin grants projects the use of a private
 * flavor with {@code addTenantAccess} and revokes it with {@code removeTenantAccess}, as in Nova.
 */
final class FlavorAccessRoutes {
  private final FlavorRepository flavors;

  FlavorAccessRoutes(FlavorRepository flavors) {
    this.flavors = flavors;
  }

  void register(Javalin app) {
    app.get("/v2.1/flavors/{id}/os-flavor-access", this::list);
    app.post("/v2.1/flavors/{id}/action", this::action);
  }

  private Flavor privateFlavor(String id) {
    Flavor f = flavors.get(id);
    if (f.isPublic()) {
      throw new NotFoundException("Access list for public flavor", id);
    }
    return f;
  }

  private void list(Context ctx) {
    Pipeline.caller(ctx).requireAdmin("os_compute_api:os-flavor-access");
    respond(ctx, privateFlavor(ctx.pathParam("id")));
  }

  private void action(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    ObjectNode body = Body.parse(ctx);
    Body.rejectUnknown(body, Set.of("addTenantAccess", "removeTenantAccess"));
    if (body.size() != 1) {
      throw new InvalidRequestException("Exactly one flavor action is required.");
    }
    boolean add = body.has("addTenantAccess");
    String action = add ? "addTenantAccess" : "removeTenantAccess";
    caller.requireAdmin(
        "os_compute_api:os-flavor-access:" + (add ? "add" : "remove") + "_tenant_access");
    ObjectNode inner = Body.root(body, action);
    Body.rejectUnknown(inner, Set.of("tenant"));
    String tenant = Body.name(inner, "tenant", 255);
    Flavor f = flavors.get(ctx.pathParam("id"));
    if (f.isPublic()) {
      throw new ConflictException(
          "Can not " + (add ? "add access to" : "remove access from") + " a public flavor.");
    }
    if (add) {
      flavors.addProjectAccess(f.id(), tenant);
    } else {
      flavors.removeProjectAccess(f.id(), tenant);
    }
    respond(ctx, f);
  }

  private void respond(Context ctx, Flavor f) {
    ObjectNode root = Json.object();
    ArrayNode items = root.putArray("flavor_access");
    for (String project : flavors.projectAccess(f.id())) {
      items.addObject().put("flavor_id", f.id()).put("tenant_id", project);
    }
    Json.respond(ctx, 200, root);
  }
}
