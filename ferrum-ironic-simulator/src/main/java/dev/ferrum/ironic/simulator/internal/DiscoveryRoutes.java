package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** Version discovery ({@code GET /}, {@code GET /v1}) and the driver list. */
final class DiscoveryRoutes {
  private final SimConfig config;

  DiscoveryRoutes(SimConfig config) {
    this.config = config;
  }

  void register(Router r) {
    r.get("/", this::root);
    r.get("/v1", this::v1);
    r.get("/v1/drivers", this::drivers);
  }

  private ObjectNode version(Context ctx) {
    ObjectNode v = Json.object();
    v.put("id", "v1");
    v.putArray("links").addObject().put("href", Http.base(ctx) + "/v1/").put("rel", "self");
    v.put("status", "CURRENT");
    v.put("min_version", config.microversions().minimumText());
    v.put("version", config.microversions().maximumText());
    return v;
  }

  private void root(Context ctx) {
    ObjectNode body = Json.object();
    body.put("name", "OpenStack Ironic API");
    body.put(
        "description",
        "Ironic is an OpenStack project which enables the provision and management of baremetal"
            + " machines.");
    body.set("default_version", version(ctx));
    body.putArray("versions").add(version(ctx));
    Http.ok(ctx, body);
  }

  private void v1(Context ctx) {
    String base = Http.base(ctx);
    ObjectNode body = Json.object();
    body.put("id", "v1");
    ArrayNode links = body.putArray("links");
    links.addObject().put("href", base + "/v1/").put("rel", "self");
    links
        .addObject()
        .put("href", "https://docs.openstack.org/ironic/latest/contributor/webapi.html")
        .put("rel", "describedby")
        .put("type", "text/html");
    body.putArray("media_types")
        .addObject()
        .put("base", "application/json")
        .put("type", "application/vnd.openstack.ironic.v1+json");
    for (String c : new String[] {"chassis", "nodes", "ports", "drivers"}) {
      ArrayNode l = body.putArray(c);
      l.addObject().put("href", base + "/v1/" + c + "/").put("rel", "self");
      l.addObject().put("href", base + "/" + c + "/").put("rel", "bookmark");
    }
    body.set("version", version(ctx));
    Http.ok(ctx, body);
  }

  private void drivers(Context ctx) {
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("drivers");
    for (String d : config.drivers()) {
      ObjectNode item = list.addObject();
      item.put("name", d);
      item.putArray("hosts").add(config.conductorHost());
      item.put("type", "dynamic");
      item.set("links", NodeView.links(Http.base(ctx), "drivers", d, null));
    }
    Http.ok(ctx, body);
  }
}
