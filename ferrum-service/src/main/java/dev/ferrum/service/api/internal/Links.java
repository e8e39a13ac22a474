package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;

/**
 * Absolute links built from the request's own scheme and host, as Nova builds them, or from the
 * configured public endpoint when one is pinned (then a client's {@code Host} header never reaches
 * a link, a version document or a {@code Location}).
 */
final class Links {
  private static final String PINNED_ATTR = "ferrum.publicEndpoint";

  private Links() {}

  /** Makes every request of {@code app} build its links from {@code publicEndpoint}. */
  static void pin(Javalin app, URI publicEndpoint) {
    String base = publicEndpoint.toString();
    app.before(ctx -> ctx.attribute(PINNED_ATTR, base));
  }

  static String base(Context ctx) {
    String pinned = ctx.attribute(PINNED_ATTR);
    if (pinned != null) {
      return pinned;
    }
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
