package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.store.Flavor;
import io.javalin.http.Context;
import java.util.Map;

/** Nova's flavor JSON at a given microversion. */
final class FlavorViews {
  private FlavorViews() {}

  static ObjectNode brief(Context ctx, Flavor f, Microversion v) {
    ObjectNode n = Json.object();
    n.put("id", f.id());
    n.put("name", f.name());
    n.set("links", Links.selfAndBookmark(ctx, "flavors", f.id()));
    if (v.atLeast(55)) {
      n.put("description", f.description());
    }
    return n;
  }

  static ObjectNode detail(Context ctx, Flavor f, Microversion v) {
    ObjectNode n = Json.object();
    n.put("id", f.id());
    n.put("name", f.name());
    n.put("ram", f.memoryMb());
    n.put("disk", f.rootGb());
    n.put("vcpus", f.vcpus());
    if (v.atLeast(75) || f.swapMb() != 0) {
      n.put("swap", f.swapMb());
    } else {
      n.put("swap", "");
    }
    n.put("OS-FLV-EXT-DATA:ephemeral", f.ephemeralGb());
    n.put("OS-FLV-DISABLED:disabled", f.disabled());
    n.put("os-flavor-access:is_public", f.isPublic());
    n.put("rxtx_factor", f.rxtxFactor());
    n.set("links", Links.selfAndBookmark(ctx, "flavors", f.id()));
    if (v.atLeast(55)) {
      n.put("description", f.description());
    }
    if (v.atLeast(61)) {
      n.set("extra_specs", specs(f.extraSpecs()));
    }
    return n;
  }

  static ObjectNode specs(Map<String, String> specs) {
    ObjectNode n = Json.object();
    specs.forEach(n::put);
    return n;
  }
}
