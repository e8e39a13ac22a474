package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.InvalidRequestException;
import dev.ferrum.service.NotFoundException;
import dev.ferrum.service.store.ComputeService;
import dev.ferrum.service.store.ServiceRepository;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * {@code /v2.1/os-services} (list, and enable/disable by id from 2.53) and {@code
 * /v2.1/os-aggregates} (always empty: Ferrum has no aggregates, but {@code openstack hypervisor
 * show} fails without the call). Both admin only, as in Nova.
 */
final class ServiceRoutes {
  /** Nova's {@code service_down_time}: no heartbeat for this long means down. */
  static final Duration DOWN_AFTER = ComputeService.DOWN_AFTER;

  private final ServiceRepository services;
  private final Clock clock;

  ServiceRoutes(ServiceRepository services, Clock clock) {
    this.services = services;
    this.clock = clock;
  }

  void register(Javalin app) {
    app.get("/v2.1/os-services", this::list);
    app.put("/v2.1/os-services/{id}", this::update);
    app.get("/v2.1/os-aggregates", this::aggregates);
  }

  private void list(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    caller.requireAdmin("os_compute_api:os-services:list");
    String host = ctx.queryParam("host");
    String binary = ctx.queryParam("binary");
    Instant now = clock.instant();
    ObjectNode root = Json.object();
    ArrayNode items = root.putArray("services");
    for (ComputeService s : services.list()) {
      if ((host == null || host.equals(s.host()))
          && (binary == null || binary.equals(s.binary()))) {
        items.add(view(s, caller.version(), now));
      }
    }
    Json.respond(ctx, 200, root);
  }

  private void update(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    caller.requireAdmin("os_compute_api:os-services:update");
    if (!caller.version().atLeast(53)) {
      throw new NotFoundException("Service", ctx.pathParam("id"));
    }
    ObjectNode body = Body.parse(ctx);
    Body.rejectUnknown(body, Set.of("status", "disabled_reason", "forced_down"));
    if (body.has("forced_down")) {
      throw new InvalidRequestException("forced_down is not supported.");
    }
    String status = Body.optionalString(body, "status", 16);
    String reason = Body.optionalString(body, "disabled_reason", 255);
    if (status == null) {
      throw new InvalidRequestException("Invalid input for field/attribute status. Value: None.");
    }
    if (!status.equals("enabled") && !status.equals("disabled")) {
      throw Body.invalid("status", body.get("status"), "is not one of ['enabled', 'disabled']");
    }
    if (reason != null && status.equals("enabled")) {
      throw new InvalidRequestException(
          "Specifying 'disabled_reason' with status 'enabled' is invalid.");
    }
    String id = ctx.pathParam("id");
    ComputeService updated =
        services.setDisabled(id, status.equals("disabled"), reason, clock.instant());
    ObjectNode root = Json.object();
    root.set("service", view(updated, caller.version(), clock.instant()));
    Json.respond(ctx, 200, root);
  }

  private void aggregates(Context ctx) {
    Pipeline.caller(ctx).requireAdmin("os_compute_api:os-aggregates:index");
    ObjectNode root = Json.object();
    root.putArray("aggregates");
    Json.respond(ctx, 200, root);
  }

  private static ObjectNode view(ComputeService s, Microversion v, Instant now) {
    ObjectNode n = Json.object();
    n.put("id", s.id());
    n.put("binary", s.binary());
    n.put("host", s.host());
    n.put("zone", "nova");
    n.put("status", s.disabled() ? "disabled" : "enabled");
    n.put("state", s.isUp(now, DOWN_AFTER) ? "up" : "down");
    Instant updated = latest(s.heartbeatAt(), s.updatedAt());
    n.put("updated_at", Json.novaTime(updated));
    n.put("disabled_reason", s.disabledReason());
    if (v.atLeast(11)) {
      n.put("forced_down", false);
    }
    return n;
  }

  private static Instant latest(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
