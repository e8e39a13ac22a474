package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * Unauthenticated version discovery: {@code GET /} and {@code GET /v2.1} for compute, {@code GET
 * /image} for the Glance subset. The self links equal the endpoint URLs clients configure ({@code
 * …/v2.1}, {@code …/image/v2/}), so the SDK needs no second discovery request.
 */
final class VersionRoutes {
  private static final String UPDATED = "2013-07-23T11:33:21Z";

  void register(Javalin app) {
    app.get("/", ctx -> Json.respond(ctx, 200, rootDocument(ctx)));
    app.get("/v2.1", ctx -> Json.respond(ctx, 200, versionDocument(ctx)));
    app.get("/image", ctx -> Json.respond(ctx, 200, imageVersions(ctx)));
  }

  private static ObjectNode computeVersion(Context ctx) {
    ObjectNode v = Json.object();
    v.put("id", "v2.1");
    v.put("status", "CURRENT");
    v.put("version", Microversion.MAX.toString());
    v.put("min_version", Microversion.MIN.toString());
    v.put("updated", UPDATED);
    ArrayNode links = v.putArray("links");
    links.addObject().put("rel", "self").put("href", Links.base(ctx) + "/v2.1");
    return v;
  }

  private static ObjectNode rootDocument(Context ctx) {
    ObjectNode root = Json.object();
    root.putArray("versions").add(computeVersion(ctx));
    return root;
  }

  private static ObjectNode versionDocument(Context ctx) {
    ObjectNode v = computeVersion(ctx);
    ((ArrayNode) v.get("links"))
        .addObject()
        .put("rel", "describedby")
        .put("type", "text/html")
        .put("href", "https://docs.openstack.org/");
    v.putArray("media-types")
        .addObject()
        .put("base", "application/json")
        .put("type", "application/vnd.openstack.compute+json;version=2.1");
    ObjectNode root = Json.object();
    root.set("version", v);
    return root;
  }

  private static ObjectNode imageVersions(Context ctx) {
    ObjectNode v = Json.object();
    v.put("id", "v2.0");
    v.put("status", "CURRENT");
    v.putArray("links").addObject().put("rel", "self").put("href", Links.base(ctx) + "/image/v2/");
    ObjectNode root = Json.object();
    root.putArray("versions").add(v);
    return root;
  }
}
