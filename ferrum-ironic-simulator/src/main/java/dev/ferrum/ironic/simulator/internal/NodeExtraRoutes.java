package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Node traits, VIFs and management ({@code inject_nmi}, boot device). */
final class NodeExtraRoutes {
  private static final Pattern CUSTOM = Pattern.compile("^CUSTOM_[A-Z0-9_]+$");
  private static final Pattern STANDARD = Pattern.compile("^[A-Z][A-Z0-9_]*$");
  private static final int MAX_TRAITS = 50;
  private static final List<String> BOOT_DEVICES = List.of("pxe", "disk", "cdrom", "bios", "safe");

  private final Inventory inv;
  private final Conductor conductor;

  NodeExtraRoutes(Inventory inv, Conductor conductor) {
    this.inv = inv;
    this.conductor = conductor;
  }

  void register(Router r) {
    r.get("/v1/nodes/{node}/traits", this::traits);
    r.put("/v1/nodes/{node}/traits", this::setTraits);
    r.put("/v1/nodes/{node}/traits/{trait}", this::addTrait);
    r.delete("/v1/nodes/{node}/traits", this::clearTraits);
    r.delete("/v1/nodes/{node}/traits/{trait}", this::removeTrait);
    r.get("/v1/nodes/{node}/vifs", this::vifs);
    r.post("/v1/nodes/{node}/vifs", this::attachVif);
    r.delete("/v1/nodes/{node}/vifs/{vif}", this::detachVif);
    r.put("/v1/nodes/{node}/management/inject_nmi", this::injectNmi);
    r.get("/v1/nodes/{node}/management/boot_device", this::bootDevice);
    r.put("/v1/nodes/{node}/management/boot_device", this::setBootDevice);
    r.get("/v1/nodes/{node}/management/boot_device/supported", this::supportedBootDevices);
  }

  private SimNode node(Context ctx, int minVersion) {
    Http.requireVersionOr404(ctx, minVersion);
    return inv.nodes.get(ctx.pathParam("node"));
  }

  private void traits(Context ctx) {
    ObjectNode d = node(ctx, 37).data();
    ObjectNode body = Json.object();
    body.set("traits", d.get("traits"));
    Http.ok(ctx, body);
  }

  private static void validateTrait(String trait) {
    if (trait.length() > 255 || !(CUSTOM.matcher(trait).matches() || isStandard(trait))) {
      throw ApiException.badRequest("'" + trait + "' does not match '^CUSTOM_[A-Z0-9_]+$'");
    }
  }

  private static boolean isStandard(String trait) {
    return !trait.startsWith("CUSTOM_") && STANDARD.matcher(trait).matches() && trait.contains("_");
  }

  private static void putTraits(ObjectNode d, TreeSet<String> traits) {
    if (traits.size() > MAX_TRAITS) {
      throw ApiException.badRequest(
          "Could not add trait(s) to node "
              + Json.text(d, "uuid")
              + " because it would exceed the maximum of "
              + MAX_TRAITS);
    }
    ArrayNode arr = d.putArray("traits");
    traits.forEach(arr::add);
  }

  private static TreeSet<String> current(ObjectNode d) {
    TreeSet<String> set = new TreeSet<>();
    d.path("traits").forEach(t -> set.add(t.asText()));
    return set;
  }

  private void setTraits(Context ctx) {
    SimNode node = node(ctx, 37);
    JsonNode list = Http.body(ctx).get("traits");
    if (list == null || !list.isArray()) {
      throw ApiException.badRequest("Invalid input for field/attribute traits.");
    }
    TreeSet<String> traits = new TreeSet<>();
    for (JsonNode t : list) {
      validateTrait(t.asText());
      traits.add(t.asText());
    }
    conductor.updateUnlocked(node, d -> putTraits(d, traits));
    Http.noContent(ctx);
  }

  private void addTrait(Context ctx) {
    SimNode node = node(ctx, 37);
    String trait = ctx.pathParam("trait");
    validateTrait(trait);
    conductor.updateUnlocked(
        node,
        d -> {
          TreeSet<String> set = current(d);
          set.add(trait);
          putTraits(d, set);
        });
    Http.noContent(ctx);
  }

  private void clearTraits(Context ctx) {
    SimNode node = node(ctx, 37);
    conductor.updateUnlocked(node, d -> d.putArray("traits"));
    Http.noContent(ctx);
  }

  private void removeTrait(Context ctx) {
    SimNode node = node(ctx, 37);
    String trait = ctx.pathParam("trait");
    conductor.updateUnlocked(
        node,
        d -> {
          TreeSet<String> set = current(d);
          if (!set.remove(trait)) {
            throw ApiException.notFound(
                "Node " + node.uuid + " doesn't have a trait '" + trait + "'");
          }
          putTraits(d, set);
        });
    Http.noContent(ctx);
  }

  private void vifs(Context ctx) {
    SimNode node = node(ctx, 28);
    ObjectNode body = Json.object();
    body.set("vifs", Vifs.list(inv, node.uuid));
    Http.ok(ctx, body);
  }

  private void attachVif(Context ctx) {
    SimNode node = node(ctx, 28);
    String vif = Json.text(Http.body(ctx), "id");
    if (vif == null || vif.isBlank()) {
      throw ApiException.badRequest("Invalid input for field/attribute id.");
    }
    conductor.requireUnlocked(node.data());
    Vifs.attach(inv, node.uuid, vif);
    Http.noContent(ctx);
  }

  private void detachVif(Context ctx) {
    SimNode node = node(ctx, 28);
    conductor.requireUnlocked(node.data());
    Vifs.detach(inv, node.uuid, ctx.pathParam("vif"));
    Http.noContent(ctx);
  }

  private void injectNmi(Context ctx) {
    SimNode node = node(ctx, 29);
    conductor.requireUnlocked(node.data());
    Http.noContent(ctx);
  }

  private void bootDevice(Context ctx) {
    ObjectNode d = inv.nodes.get(ctx.pathParam("node")).data();
    ObjectNode body = Json.object();
    body.put("boot_device", d.path("_boot_device").asText("pxe"));
    body.put("persistent", d.path("_boot_persistent").asBoolean(false));
    Http.ok(ctx, body);
  }

  private void setBootDevice(Context ctx) {
    SimNode node = inv.nodes.get(ctx.pathParam("node"));
    ObjectNode body = Http.body(ctx);
    String device = Json.text(body, "boot_device");
    if (device == null || !BOOT_DEVICES.contains(device)) {
      throw ApiException.badRequest("Invalid boot device " + device + " specified.");
    }
    boolean persistent = body.path("persistent").asBoolean(false);
    conductor.updateUnlocked(
        node, d -> d.put("_boot_device", device).put("_boot_persistent", persistent));
    Http.noContent(ctx);
  }

  private void supportedBootDevices(Context ctx) {
    inv.nodes.get(ctx.pathParam("node"));
    ObjectNode body = Json.object();
    ArrayNode arr = body.putArray("supported_boot_devices");
    BOOT_DEVICES.forEach(arr::add);
    Http.ok(ctx, body);
  }
}
