package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Map;

/** Request and response helpers shared by the route classes. */
final class Http {
  static final String VERSION_ATTR = "ironic.version";
  static final String HANDLED_ATTR = "ironic.handled";

  private Http() {}

  /** The negotiated minor version of this request. */
  static int version(Context ctx) {
    Integer v = ctx.attribute(VERSION_ATTR);
    return v == null ? 1 : v;
  }

  /** The base URL clients used to reach us, e.g. {@code http://127.0.0.1:6385}. */
  static String base(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }

  static Map<String, String> query(Context ctx) {
    return QueryParams.first(ctx.queryParamMap());
  }

  static ObjectNode body(Context ctx) {
    return Json.parseObject(ctx.body());
  }

  static void json(Context ctx, int status, JsonNode body) {
    ctx.attribute(HANDLED_ATTR, Boolean.TRUE);
    ctx.status(status).contentType("application/json").result(Json.write(body));
  }

  static void ok(Context ctx, JsonNode body) {
    json(ctx, 200, body);
  }

  static void created(Context ctx, String location, JsonNode body) {
    ctx.header("Location", location);
    json(ctx, 201, body);
  }

  /** 202 with an empty body and a Location header, like Ironic's asynchronous actions. */
  static void accepted(Context ctx, String location) {
    ctx.attribute(HANDLED_ATTR, Boolean.TRUE);
    if (location != null) {
      ctx.header("Location", location);
    }
    ctx.status(202).result("");
  }

  static void noContent(Context ctx) {
    ctx.attribute(HANDLED_ATTR, Boolean.TRUE);
    ctx.status(204).result("");
  }

  static void error(Context ctx, int status, String body) {
    ctx.attribute(HANDLED_ATTR, Boolean.TRUE);
    ctx.status(status).contentType("application/json").result(body);
  }

  static void requireVersion(Context ctx, int minor) {
    QueryParams.requireVersion(version(ctx), minor);
  }

  /** Sub-resources that appear only from a microversion on are plain 404s below it. */
  static void requireVersionOr404(Context ctx, int minor) {
    if (version(ctx) < minor) {
      throw ApiException.notFound("The resource could not be found.");
    }
  }
}
