package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.InvalidRequestException;
import dev.ferrum.service.NotFoundException;
import dev.ferrum.service.store.Flavor;
import dev.ferrum.service.store.FlavorRepository;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code /v2.1/flavors}: list (brief and detail), show, create and delete (admin only). Members see
 * public flavors and the private ones their project was given.
 */
final class FlavorRoutes {
  private static final Pattern FLAVOR_ID = Pattern.compile("^(?! )[a-zA-Z0-9. _-]+(?<! )$");
  private static final Set<String> CREATE_FIELDS =
      Set.of(
          "name",
          "id",
          "ram",
          "vcpus",
          "disk",
          "OS-FLV-EXT-DATA:ephemeral",
          "swap",
          "rxtx_factor",
          "os-flavor-access:is_public",
          "description");
  private static final Set<String> LIST_PARAMS =
      Set.of("is_public", "minRam", "minDisk", "limit", "marker", "sort_key", "sort_dir");

  private final FlavorRepository flavors;
  private final Clock clock;

  FlavorRoutes(FlavorRepository flavors, Clock clock) {
    this.flavors = flavors;
    this.clock = clock;
  }

  void register(Javalin app) {
    app.get("/v2.1/flavors", ctx -> list(ctx, false));
    app.get("/v2.1/flavors/detail", ctx -> list(ctx, true));
    app.get("/v2.1/flavors/{id}", this::show);
    app.post("/v2.1/flavors", this::create);
    app.delete("/v2.1/flavors/{id}", this::delete);
  }

  /** Returns a flavor the caller may see, or 404. */
  static Flavor visibleFlavor(FlavorRepository flavors, Caller caller, String id) {
    Flavor f = flavors.find(id).orElseThrow(() -> new NotFoundException("Flavor", id));
    if (!caller.isAdmin() && !flavors.isAccessible(f, caller.projectId())) {
      throw new NotFoundException("Flavor", id);
    }
    return f;
  }

  private void list(Context ctx, boolean detail) {
    Caller caller = Pipeline.caller(ctx);
    if (caller.version().atLeast(75)) {
      for (String p : ctx.queryParamMap().keySet()) {
        if (!LIST_PARAMS.contains(p)) {
          throw new InvalidRequestException(
              "Invalid input for query parameters "
                  + p
                  + ". Additional properties are not"
                  + " allowed ('"
                  + p
                  + "' was unexpected)");
        }
      }
    }
    List<Flavor> result =
        caller.isAdmin() ? adminList(ctx) : flavors.listVisibleTo(caller.projectId());
    int minRam = queryInt(ctx, "minRam");
    int minDisk = queryInt(ctx, "minDisk");
    result =
        result.stream()
            .filter(f -> f.memoryMb() >= minRam && f.rootGb() >= minDisk)
            .sorted(sorter(ctx))
            .toList();
    String marker = ctx.queryParam("marker");
    if (marker != null) {
      int at = -1;
      for (int i = 0; i < result.size(); i++) {
        if (result.get(i).id().equals(marker)) {
          at = i;
        }
      }
      if (at < 0) {
        throw new InvalidRequestException("marker [" + marker + "] not found");
      }
      result = result.subList(at + 1, result.size());
    }
    int limit = ctx.queryParam("limit") == null ? Integer.MAX_VALUE : queryInt(ctx, "limit");
    boolean truncated = result.size() > limit;
    if (truncated) {
      result = result.subList(0, limit);
    }
    ObjectNode root = Json.object();
    ArrayNode items = root.putArray("flavors");
    for (Flavor f : result) {
      items.add(
          detail
              ? FlavorViews.detail(ctx, f, caller.version())
              : FlavorViews.brief(ctx, f, caller.version()));
    }
    if (truncated && !result.isEmpty()) {
      String href =
          Links.base(ctx) + ctx.path() + "?limit=" + limit + "&marker=" + result.getLast().id();
      root.putArray("flavors_links").addObject().put("rel", "next").put("href", href);
    }
    Json.respond(ctx, 200, root);
  }

  private List<Flavor> adminList(Context ctx) {
    String isPublic = ctx.queryParam("is_public");
    List<Flavor> all = flavors.list();
    if (isPublic != null && isPublic.equalsIgnoreCase("none")) {
      return all;
    }
    Boolean wanted = isPublic == null ? Boolean.TRUE : Body.parseBool(isPublic);
    if (wanted == null) {
      throw new InvalidRequestException("Invalid is_public filter [" + isPublic + "]");
    }
    return all.stream().filter(f -> f.isPublic() == wanted).toList();
  }

  private static Comparator<Flavor> sorter(Context ctx) {
    String key = ctx.queryParamAsClass("sort_key", String.class).getOrDefault("flavorid");
    Comparator<Flavor> c =
        switch (key) {
          case "flavorid", "id" -> Comparator.comparing(Flavor::id);
          case "name" -> Comparator.comparing(Flavor::name);
          case "memory_mb" -> Comparator.comparingInt(Flavor::memoryMb);
          case "vcpus" -> Comparator.comparingInt(Flavor::vcpus);
          case "root_gb" -> Comparator.comparingInt(Flavor::rootGb);
          case "ephemeral_gb" -> Comparator.comparingInt(Flavor::ephemeralGb);
          case "swap" -> Comparator.comparingInt(Flavor::swapMb);
          case "rxtx_factor" -> Comparator.comparingDouble(Flavor::rxtxFactor);
          case "created_at" -> Comparator.comparing(Flavor::createdAt);
          default -> throw new InvalidRequestException("Invalid sort_key " + key);
        };
    c = c.thenComparing(Flavor::id);
    String dir = ctx.queryParamAsClass("sort_dir", String.class).getOrDefault("asc");
    return switch (dir) {
      case "asc" -> c;
      case "desc" -> c.reversed();
      default -> throw new InvalidRequestException("Invalid sort_dir " + dir);
    };
  }

  private static int queryInt(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return 0;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("Invalid " + name + " filter [" + v + "]");
    }
  }

  private void show(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    Flavor f = visibleFlavor(flavors, caller, ctx.pathParam("id"));
    ObjectNode root = Json.object();
    root.set("flavor", FlavorViews.detail(ctx, f, caller.version()));
    Json.respond(ctx, 200, root);
  }

  private void create(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    caller.requireAdmin("os_compute_api:os-flavor-manage:create");
    ObjectNode body = Body.root(Body.parse(ctx), "flavor");
    Set<String> allowed = new HashSet<>(CREATE_FIELDS);
    if (!caller.version().atLeast(55)) {
      allowed.remove("description");
    }
    Body.rejectUnknown(body, allowed);
    String name = Body.name(body, "name", 255);
    String id = Body.optionalString(body, "id", 255);
    if (id == null) {
      id = UUID.randomUUID().toString();
    } else if (!FLAVOR_ID.matcher(id).matches()) {
      throw Body.invalid("id", body.get("id"), "does not match '^(?! )[a-zA-Z0-9. _-]+(?<! )$'");
    }
    Flavor.Builder b =
        Flavor.builder(id, name)
            .size(
                Body.integer(body, "vcpus", 1, null),
                Body.integer(body, "ram", 1, null),
                Body.integer(body, "disk", 0, null))
            .ephemeralGb(Body.integer(body, "OS-FLV-EXT-DATA:ephemeral", 0, 0))
            .swapMb(Body.integer(body, "swap", 0, 0))
            .rxtxFactor(rxtx(body))
            .isPublic(Body.bool(body, "os-flavor-access:is_public", true))
            .description(Body.optionalString(body, "description", 65_535))
            .createdAt(clock.instant().truncatedTo(ChronoUnit.MICROS));
    Flavor created = flavors.create(b.build());
    ObjectNode root = Json.object();
    root.set("flavor", FlavorViews.detail(ctx, created, caller.version()));
    Json.respond(ctx, 200, root);
  }

  private static double rxtx(ObjectNode body) {
    var v = body.get("rxtx_factor");
    if (v == null) {
      return 1.0;
    }
    double d;
    if (v.isNumber()) {
      d = v.asDouble();
    } else if (v.isTextual()) {
      try {
        d = Double.parseDouble(v.asText());
      } catch (NumberFormatException e) {
        throw Body.invalid("rxtx_factor", v, "is not of type 'number', 'string'");
      }
    } else {
      throw Body.invalid("rxtx_factor", v, "is not of type 'number', 'string'");
    }
    if (!(d > 0) || d > 3.40282e38) {
      throw Body.invalid("rxtx_factor", v, "is out of range");
    }
    return d;
  }

  private void delete(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    caller.requireAdmin("os_compute_api:os-flavor-manage:delete");
    flavors.delete(ctx.pathParam("id"));
    ctx.status(202);
  }
}
