package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;

/** Absolute links built from the request's own scheme and host, as Nova builds them. */
final class Links {
  private Links() {}

  static String base(Context ctx) {
    String host = ctx.host();
    if (host == null || host.isBlank()) {
      host = ctx.req().getLocalAddr() + ":" + ctx.port();
    }
    return ctx.scheme() + "://" + host;
  }

  /** Nova's self + bookmark pair for a compute resource. */
  static ArrayNode selfAndBookmark(Context ctx, String collection, String id) {
    String base = base(ctx);
    ArrayNode links = Json.array();
    links.addObject().put("rel", "self").put("href", base + "/v2.1/" + collection + "/" + id);
    links.addObject().put("rel", "bookmark").put("href", base + "/" + collection + "/" + id);
    return links;
  }
}
