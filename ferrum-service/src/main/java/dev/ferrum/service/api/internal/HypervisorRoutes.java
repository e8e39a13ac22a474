package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.NotFoundException;
import dev.ferrum.service.compute.ComputeManager;
import dev.ferrum.service.compute.Hypervisor;
import dev.ferrum.service.store.ComputeService;
import dev.ferrum.service.store.ServiceRepository;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code os-hypervisors}: one hypervisor per Ironic node ({@code hypervisor_type} ironic), as Nova
 * shows them for bare metal, so that operators see their nodes with {@code openstack hypervisor
 * list/show}. Admin only. Ids are node UUIDs from 2.53 and 1-based positions before; uptime is 501
 * as in Nova for Ironic.
 */
final class HypervisorRoutes {
  private static final String BINARY = ComputeService.COMPUTE_BINARY;
  private static final Duration SERVICE_DOWN_AFTER = ComputeService.DOWN_AFTER;

  private final ComputeManager compute;
  private final ServiceRepository services;
  private final String hostIp;
  private final Clock clock;

  HypervisorRoutes(ComputeManager compute, ServiceRepository services, String hostIp, Clock clock) {
    this.compute = compute;
    this.services = services;
    this.hostIp = hostIp;
    this.clock = clock;
  }

  void register(Javalin app) {
    app.get("/v2.1/os-hypervisors", ctx -> list(ctx, false));
    app.get("/v2.1/os-hypervisors/detail", ctx -> list(ctx, true));
    app.get("/v2.1/os-hypervisors/{id}", this::show);
    app.get("/v2.1/os-hypervisors/{id}/uptime", this::uptime);
  }

  private void list(Context ctx, boolean detail) {
    Caller caller = Pipeline.caller(ctx);
    caller.requireAdmin("os_compute_api:os-hypervisors:" + (detail ? "detail" : "list"));
    List<Hypervisor> all = compute.hypervisors();
    Optional<ComputeService> service = services.find(compute.host(), BINARY);
    ObjectNode root = Json.object();
    ArrayNode items = root.putArray("hypervisors");
    for (int i = 0; i < all.size(); i++) {
      items.add(view(caller, all.get(i), i, service, detail));
    }
    Json.respond(ctx, 200, root);
  }

  private void show(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    caller.requireAdmin("os_compute_api:os-hypervisors:show");
    int at = find(ctx.pathParam("id"), compute.hypervisors());
    ObjectNode root = Json.object();
    root.set(
        "hypervisor",
        view(
            caller,
            compute.hypervisors().get(at),
            at,
            services.find(compute.host(), BINARY),
            true));
    Json.respond(ctx, 200, root);
  }

  private void uptime(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    caller.requireAdmin("os_compute_api:os-hypervisors:uptime");
    find(ctx.pathParam("id"), compute.hypervisors());
    throw new ApiException(501, "Virt driver does not implement host uptime function.");
  }

  private static int find(String id, List<Hypervisor> all) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).nodeUuid().equals(id) || String.valueOf(i + 1).equals(id)) {
        return i;
      }
    }
    throw new NotFoundException("Hypervisor", id);
  }

  private ObjectNode view(
      Caller caller, Hypervisor h, int index, Optional<ComputeService> service, boolean detail) {
    boolean uuids = caller.version().atLeast(53);
    ObjectNode n = Json.object();
    if (uuids) {
      n.put("id", h.nodeUuid());
    } else {
      n.put("id", index + 1);
    }
    n.put("hypervisor_hostname", h.nodeUuid());
    boolean up =
        service
            .map(s ->
                s.heartbeatAt() != null
                    && s.heartbeatAt().isAfter(clock.instant().minus(SERVICE_DOWN_AFTER)))
            .orElse(false);
    n.put("state", up ? "up" : "down");
    n.put("status", service.map(s -> s.disabled() ? "disabled" : "enabled").orElse("enabled"));
    if (!detail) {
      return n;
    }
    n.put("hypervisor_type", "ironic");
    n.put("hypervisor_version", 1);
    n.put("host_ip", hostIp);
    ObjectNode svc = n.putObject("service");
    svc.put("host", compute.host());
    svc.put("id", service.map(ComputeService::id).orElse(null));
    svc.put("disabled_reason", service.map(ComputeService::disabledReason).orElse(null));
    if (caller.version().atLeast(28)) {
      n.putObject("cpu_info");
    } else {
      n.put("cpu_info", "{}");
    }
    for (String zero :
        List.of(
            "vcpus",
            "memory_mb",
            "local_gb",
            "vcpus_used",
            "memory_mb_used",
            "local_gb_used",
            "free_ram_mb",
            "free_disk_gb",
            "current_workload",
            "disk_available_least")) {
      n.put(zero, 0);
    }
    n.put("running_vms", h.instanceUuid().isPresent() ? 1 : 0);
    return n;
  }
}
