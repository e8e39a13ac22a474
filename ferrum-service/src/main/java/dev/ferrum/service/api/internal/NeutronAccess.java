package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.InvalidRequestException;
import dev.ferrum.service.network.Network;
import dev.ferrum.service.network.NetworkBackend;
import dev.ferrum.service.network.NetworkResourceNotFoundException;
import dev.ferrum.service.network.Port;
import dev.ferrum.service.network.Subnet;
import java.util.Optional;

/**
 * Neutron's default policy for the three resources. A member sees its own networks, shared networks
 * and the subnets of both, and its own ports; anything else is a 404 exactly like a missing
 * resource, never a 403. A 403 ({@code PolicyNotAuthorized}) is only for what a member can see but
 * may not do: change a shared network it does not own, add a subnet to it, or set admin-only
 * attributes.
 */
final class NeutronAccess {
  private final NetworkBackend backend;

  NeutronAccess(NetworkBackend backend) {
    this.backend = backend;
  }

  /** A network the caller may see, or 404 {@code NetworkNotFound}. */
  Network network(Caller caller, String id) {
    return backend
        .findNetwork(id)
        .filter(n -> n.visibleTo(caller.projectId(), caller.isAdmin()))
        .orElseThrow(() -> new NetworkResourceNotFoundException("Network", id));
  }

  /** A subnet the caller may see (its own, or on a network it may see), or 404. */
  Subnet subnet(Caller caller, String id) {
    Optional<Subnet> found = backend.findSubnet(id);
    if (found.isPresent() && visible(caller, found.get())) {
      return found.get();
    }
    throw new NetworkResourceNotFoundException("Subnet", id);
  }

  private boolean visible(Caller caller, Subnet s) {
    return caller.isAdmin()
        || s.projectId().equals(caller.projectId())
        || backend
            .findNetwork(s.networkId())
            .map(n -> n.visibleTo(caller.projectId(), false))
            .orElse(false);
  }

  /** A port the caller may see (its own), or 404 {@code PortNotFound}. */
  Port port(Caller caller, String id) {
    return backend
        .findPort(id)
        .filter(p -> caller.isAdmin() || p.projectId().equals(caller.projectId()))
        .orElseThrow(() -> new NetworkResourceNotFoundException("Port", id));
  }

  /** Whether the caller is an admin or owns what belongs to {@code project}. */
  static boolean owns(Caller caller, String project) {
    return caller.isAdmin() || caller.projectId().equals(project);
  }

  /** Refuses with {@code PolicyNotAuthorized} unless {@code allowed}. */
  static void require(boolean allowed, String rule) {
    if (!allowed) {
      throw NeutronErrors.policy(rule);
    }
  }

  /**
   * The project a new resource belongs to: the caller's, or the {@code project_id}/{@code
   * tenant_id} of the request, which only an admin may set to another project.
   *
   * @param caller the caller
   * @param obj the resource object (attributes already checked)
   * @param action e.g. {@code create_network}, for the policy rule name
   * @return the owner
   */
  static String owner(Caller caller, ObjectNode obj, String action) {
    String tenant = NeutronInput.nullableString(obj, "tenant_id", NeutronInput.NAME_MAX);
    String project = NeutronInput.nullableString(obj, "project_id", NeutronInput.NAME_MAX);
    if (tenant != null && project != null && !tenant.equals(project)) {
      throw new InvalidRequestException("'project_id' and 'tenant_id' do not match");
    }
    String given = project != null ? project : tenant;
    if (given == null || given.isEmpty()) {
      return caller.projectId();
    }
    require(owns(caller, given), action + ":" + (project != null ? "project_id" : "tenant_id"));
    return given;
  }
}
