package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.InvalidRequestException;
import dev.ferrum.service.NotFoundException;
import dev.ferrum.service.store.Flavor;
import dev.ferrum.service.store.FlavorRepository;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code /v2.1/flavors/{id}/os-extra_specs}: read for anyone who may see the flavor, write for
 * admins. The stock client reads these for every flavor whose {@code extra_specs} is not embedded.
 */
final class ExtraSpecRoutes {
  private static final Pattern KEY = Pattern.compile("^[a-zA-Z0-9-_:. /]{1,255}$");
  private static final String BASE = "/v2.1/flavors/{id}/os-extra_specs";

  private final FlavorRepository flavors;

  ExtraSpecRoutes(FlavorRepository flavors) {
    this.flavors = flavors;
  }

  void register(Javalin app) {
    app.get(BASE, this::list);
    app.post(BASE, this::create);
    app.get(BASE + "/{key}", this::show);
    app.put(BASE + "/{key}", this::update);
    app.delete(BASE + "/{key}", this::delete);
  }

  private Flavor flavor(Context ctx) {
    return FlavorRoutes.visibleFlavor(flavors, Pipeline.caller(ctx), ctx.pathParam("id"));
  }

  private void list(Context ctx) {
    ObjectNode root = Json.object();
    root.set("extra_specs", FlavorViews.specs(flavor(ctx).extraSpecs()));
    Json.respond(ctx, 200, root);
  }

  private void show(Context ctx) {
    Flavor f = flavor(ctx);
    String key = ctx.pathParam("key");
    String value = f.extraSpecs().get(key);
    if (value == null) {
      throw new NotFoundException("Flavor " + f.id() + " extra spec", key);
    }
    ObjectNode root = Json.object();
    root.put(key, value);
    Json.respond(ctx, 200, root);
  }

  private void create(Context ctx) {
    Pipeline.caller(ctx).requireAdmin("os_compute_api:os-flavor-extra-specs:create");
    Flavor f = flavor(ctx);
    ObjectNode specs = Body.root(Body.parse(ctx), "extra_specs");
    Map<String, String> parsed = parse(specs);
    flavors.putExtraSpecs(f.id(), parsed);
    ObjectNode root = Json.object();
    root.set("extra_specs", FlavorViews.specs(parsed));
    Json.respond(ctx, 200, root);
  }

  private void update(Context ctx) {
    Pipeline.caller(ctx).requireAdmin("os_compute_api:os-flavor-extra-specs:update");
    Flavor f = flavor(ctx);
    ObjectNode body = Body.parse(ctx);
    String key = ctx.pathParam("key");
    if (body.size() != 1 || !body.has(key)) {
      throw new InvalidRequestException("Request body and URI mismatch");
    }
    Map<String, String> parsed = parse(body);
    flavors.putExtraSpecs(f.id(), parsed);
    ObjectNode root = Json.object();
    root.put(key, parsed.get(key));
    Json.respond(ctx, 200, root);
  }

  private void delete(Context ctx) {
    Pipeline.caller(ctx).requireAdmin("os_compute_api:os-flavor-extra-specs:delete");
    Flavor f = flavor(ctx);
    flavors.deleteExtraSpec(f.id(), ctx.pathParam("key"));
    ctx.status(202);
  }

  private static Map<String, String> parse(ObjectNode specs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : specs.properties()) {
      if (!KEY.matcher(e.getKey()).matches()) {
        throw new InvalidRequestException(
            "Invalid input for field/attribute extra_specs. Value: "
                + specs
                + ". Additional properties are not allowed ('"
                + e.getKey()
                + "' was unexpected)");
      }
      JsonNode v = e.getValue();
      String value;
      if (v.isTextual()) {
        value = v.asText();
      } else if (v.isBoolean()) {
        value = v.asBoolean() ? "True" : "False";
      } else if (v.isNumber()) {
        value = v.asText();
      } else {
        throw Body.invalid(e.getKey(), v, "is not of type 'string', 'number', 'boolean'");
      }
      if (value.length() > 255) {
        throw Body.invalid(e.getKey(), v, "is too long");
      }
      out.put(e.getKey(), value);
    }
    return out;
  }
}
