package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.ForbiddenException;
import dev.ferrum.service.InvalidRequestException;
import dev.ferrum.service.NotFoundException;
import dev.ferrum.service.store.Image;
import dev.ferrum.service.store.ImageRepository;
import dev.ferrum.service.store.ImageVisibility;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The Glance v2 subset: list (with {@code name=}, {@code visibility=}, {@code status=}, {@code
 * owner=}, property filters, {@code limit}/{@code marker}), show, create (admin only, from a URL)
 * and delete (admin only). Served under {@code /image/v2/images} and under {@code /v2.1/images},
 * where the stock client looks when no image endpoint is configured.
 */
final class ImageRoutes {
  private static final Set<String> DISK_FORMATS =
      Set.of("ami", "ari", "aki", "vhd", "vhdx", "vmdk", "raw", "qcow2", "vdi", "iso", "ploop");
  private static final Set<String> CONTAINER_FORMATS =
      Set.of("ami", "ari", "aki", "bare", "ovf", "ova", "docker", "compressed");
  private static final Set<String> READ_ONLY =
      Set.of(
          "status",
          "created_at",
          "updated_at",
          "self",
          "file",
          "schema",
          "direct_url",
          "locations",
          "os_hash_algo",
          "os_hash_value",
          "virtual_size",
          "size_bytes");
  private static final Set<String> LIST_PARAMS =
      Set.of(
          "name",
          "visibility",
          "status",
          "owner",
          "limit",
          "marker",
          "os_hidden",
          "sort_key",
          "sort_dir",
          "sort",
          "member_status");
  private static final int MAX_LIMIT = 1000;

  private final ImageRepository images;
  private final Clock clock;

  ImageRoutes(ImageRepository images, Clock clock) {
    this.images = images;
    this.clock = clock;
  }

  void register(Javalin app) {
    for (String prefix : List.of("/image/v2/images", "/v2.1/images")) {
      app.get(prefix, this::list);
      app.get(prefix + "/{id}", this::show);
      app.post(prefix, this::create);
      app.delete(prefix + "/{id}", this::delete);
    }
  }

  private Image visible(Caller caller, String id) {
    Image i = images.find(id).orElseThrow(() -> new NotFoundException("Image", id));
    if (!caller.isAdmin() && !i.visibleTo(caller.projectId())) {
      throw new NotFoundException("Image", id);
    }
    return i;
  }

  private void list(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    String name = ctx.queryParam("name");
    String visibility = ctx.queryParam("visibility");
    if (visibility != null && !visibility.equals("all")) {
      parseVisibility(visibility);
    }
    String status = ctx.queryParam("status");
    String owner = ctx.queryParam("owner");
    Map<String, String> props = new TreeMap<>();
    ctx.queryParamMap()
        .forEach((k, v) -> {
          if (!LIST_PARAMS.contains(k) && !v.isEmpty()) {
            props.put(k, v.getFirst());
          }
        });
    List<Image> result =
        images.list().stream()
            .filter(i -> caller.isAdmin() || i.visibleTo(caller.projectId()))
            .filter(i -> name == null || name.equals(i.name()))
            .filter(i ->
                visibility == null
                    || visibility.equals("all")
                    || i.visibility().wireValue().equals(visibility))
            .filter(i -> status == null || status.equals(i.status()))
            .filter(i -> owner == null || owner.equals(i.ownerProjectId()))
            .filter(i ->
                props.entrySet().stream()
                    .allMatch(e -> e.getValue().equals(i.properties().get(e.getKey()))))
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
    int limit = limit(ctx);
    boolean truncated = result.size() > limit;
    if (truncated) {
      result = result.subList(0, limit);
    }
    ObjectNode root = Json.object();
    ArrayNode items = root.putArray("images");
    result.forEach(i -> items.add(ImageViews.image(i, caller.isAdmin())));
    root.put("first", "/v2/images");
    root.put("schema", "/v2/schemas/images");
    if (truncated && !result.isEmpty()) {
      root.put("next", "/v2/images?marker=" + result.getLast().id() + "&limit=" + limit);
    }
    Json.respond(ctx, 200, root);
  }

  private static int limit(Context ctx) {
    String v = ctx.queryParam("limit");
    if (v == null) {
      return Integer.MAX_VALUE;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return Math.min(n, MAX_LIMIT);
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("limit param must be an integer");
    }
  }

  private void show(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    Json.respond(
        ctx, 200, ImageViews.image(visible(caller, ctx.pathParam("id")), caller.isAdmin()));
  }

  private void delete(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    caller.requireAdmin("delete_image");
    images.delete(visible(caller, ctx.pathParam("id")).id());
    ctx.status(204);
  }

  private void create(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    caller.requireAdmin("add_image");
    ObjectNode body = Body.parse(ctx);
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (READ_ONLY.contains(field)) {
        throw new ForbiddenException("Attribute '" + field + "' is read-only.");
      }
    }
    String id = Body.optionalString(body, "id", 36);
    if (id == null) {
      id = UUID.randomUUID().toString();
    } else {
      try {
        id = UUID.fromString(id).toString();
      } catch (IllegalArgumentException e) {
        throw Body.invalid("id", body.get("id"), "is not a valid UUID");
      }
    }
    String url = Body.name(body, "url", 4096);
    validateUrl(url);
    String diskFormat = enumField(body, "disk_format", DISK_FORMATS, "raw");
    String containerFormat = enumField(body, "container_format", CONTAINER_FORMATS, "bare");
    String visibility = Body.optionalString(body, "visibility", 16);
    ImageVisibility vis = visibility == null ? ImageVisibility.SHARED : parseVisibility(visibility);
    Long size = null;
    JsonNode sizeNode = body.get("size");
    if (sizeNode != null && !sizeNode.isNull()) {
      if (!sizeNode.isIntegralNumber() || !sizeNode.canConvertToLong() || sizeNode.asLong() < 0) {
        throw Body.invalid("size", sizeNode, "is not a non-negative integer");
      }
      size = sizeNode.asLong();
    }
    String owner = Body.optionalString(body, "owner", 255);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Image image =
        new Image(
            id,
            Body.optionalString(body, "name", 255),
            url,
            checksum(body),
            diskFormat,
            containerFormat,
            size,
            vis,
            "active",
            Body.integer(body, "min_disk", 0, 0),
            Body.integer(body, "min_ram", 0, 0),
            properties(body),
            owner == null ? caller.projectId() : owner,
            now,
            now);
    Image created = images.create(image);
    ctx.header("Location", Links.base(ctx) + ctx.path() + "/" + created.id());
    Json.respond(ctx, 201, ImageViews.image(created, true));
  }

  private static final Set<String> CORE_FIELDS =
      Set.of(
          "id",
          "name",
          "url",
          "disk_format",
          "container_format",
          "visibility",
          "size",
          "owner",
          "checksum",
          "min_disk",
          "min_ram",
          "protected",
          "tags",
          "os_hidden");

  private static Map<String, String> properties(ObjectNode body) {
    Map<String, String> props = new TreeMap<>();
    if (body.has("protected") && Body.bool(body, "protected", false)) {
      throw new InvalidRequestException("Protected images are not supported.");
    }
    for (Map.Entry<String, JsonNode> e : body.properties()) {
      if (CORE_FIELDS.contains(e.getKey())) {
        continue;
      }
      if (e.getKey().isEmpty() || e.getKey().length() > 255) {
        throw new InvalidRequestException("Property names must be 1 to 255 characters.");
      }
      props.put(e.getKey(), Body.boundedString(e.getKey(), e.getValue(), 0, 255, false));
    }
    return props;
  }

  private static String checksum(ObjectNode body) {
    String c = Body.optionalString(body, "checksum", 128);
    if (c != null && !c.matches("^[0-9a-fA-F]{32,128}$")) {
      throw Body.invalid("checksum", body.get("checksum"), "is not a hexadecimal digest");
    }
    return c == null ? null : c.toLowerCase(Locale.ROOT);
  }

  private static String enumField(ObjectNode body, String field, Set<String> allowed, String def) {
    String v = Body.optionalString(body, field, 32);
    if (v == null) {
      return def;
    }
    if (!allowed.contains(v)) {
      throw Body.invalid(field, body.get(field), "is not one of " + new TreeSet<>(allowed));
    }
    return v;
  }

  private static ImageVisibility parseVisibility(String v) {
    try {
      return ImageVisibility.fromWire(v);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("Invalid visibility value: " + v);
    }
  }

  private static void validateUrl(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new InvalidRequestException("Invalid input for field/attribute url: not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean ok =
        switch (scheme) {
          case "http", "https" -> uri.getHost() != null;
          case "file" -> uri.getPath() != null && uri.getPath().startsWith("/");
          default -> false;
        };
    if (!ok) {
      throw new InvalidRequestException(
          "Invalid input for field/attribute url: an absolute http, https or file URL is required");
    }
  }
}
