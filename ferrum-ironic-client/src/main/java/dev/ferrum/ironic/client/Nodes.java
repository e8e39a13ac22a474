package dev.ferrum.ironic.client;

import dev.ferrum.ironic.client.model.ConsoleState;
import dev.ferrum.ironic.client.model.JsonPatch;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.NodeCreate;
import dev.ferrum.ironic.client.model.NodeQuery;
import dev.ferrum.ironic.client.model.NodeValidation;
import dev.ferrum.ironic.client.model.Page;
import dev.ferrum.ironic.client.model.PowerTarget;
import dev.ferrum.ironic.client.model.ProvisionRequest;
import dev.ferrum.ironic.client.model.Vif;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything the client does with {@code /v1/nodes}: reading, listing, enrolling, patching,
 * provisioning, power, VIFs, console, maintenance and traits.
 *
 * <p>Exists as one interface, obtained from {@link IronicClient#nodes()}, so callers (and their
 * test doubles) see the node API in one place. A {@code node} argument is a UUID or a name. Every
 * method blocks until Ironic answered (and retries, see {@link RetryPolicy}), is safe to call from
 * many threads, and throws an {@link IronicException} subclass on failure, including {@link
 * IronicVersionNotSupportedException} before sending if the server is too old.
 */
public interface Nodes {

  /** {@code GET /v1/nodes/{node}}: the full node. */
  Node get(String node);

  /** {@code GET /v1/nodes/{node}?fields=...}: only these fields (1.8); others are null. */
  Node get(String node, List<String> fields);

  /**
   * {@code GET /v1/nodes?...}: every node matching the query, following pages with {@code
   * limit}/{@code marker} (never Ironic's {@code next} link, which drops filters). All pages are
   * fetched before this returns, so any failure surfaces here.
   */
  List<Node> list(NodeQuery query);

  /** One page of {@code GET /v1/nodes?...}, starting after {@code query.marker()}. */
  Page<Node> page(NodeQuery query);

  /**
   * The node reserved for an instance, if any: {@code GET /v1/nodes?instance_uuid=...} (with {@code
   * fields} when not empty, else the detail list). Ironic allows one node per instance.
   */
  Optional<Node> findByInstance(String instanceUuid, List<String> fields);

  /** {@code POST /v1/nodes}: enrols a node and returns it. */
  Node create(NodeCreate node);

  /** {@code DELETE /v1/nodes/{node}}. */
  void delete(String node);

  /** {@code PATCH /v1/nodes/{node}}: applies the patch, retrying NodeLocked; returns the node. */
  Node update(String node, JsonPatch patch);

  /** {@code PATCH /v1/nodes/{node}} with an explicit NodeLocked retry choice. */
  Node update(String node, JsonPatch patch, ConflictRetry conflictRetry);

  /**
   * Reserves the node for an instance: {@code replace /instance_uuid}. Never retries a 409, so a
   * lost race fails fast with {@link IronicConflictException}.
   */
  Node reserve(String node, String instanceUuid);

  /** Releases the node: {@code add /instance_info {}} and {@code replace /instance_uuid null}. */
  Node release(String node);

  /** {@code GET /v1/nodes/{node}/validate}: per-interface validation. */
  NodeValidation validate(String node);

  /**
   * {@code PUT /v1/nodes/{node}/states/provision}: asks for a provision state change (202,
   * asynchronous). Needs the request's {@link ProvisionRequest#minimumVersion()}.
   */
  void setProvisionState(String node, ProvisionRequest request);

  /** {@code PUT /v1/nodes/{node}/states/power} with just a target (soft targets need 1.27). */
  void setPowerState(String node, PowerTarget target);

  /**
   * {@code PUT /v1/nodes/{node}/states/power} with a target and, if present, {@code timeout} in
   * whole seconds (needs 1.27).
   */
  void setPowerState(String node, PowerTarget target, Optional<Duration> timeout);

  /** {@code PUT /v1/nodes/{node}/management/inject_nmi} (1.29). */
  void injectNmi(String node);

  /** {@code GET /v1/nodes/{node}/vifs} (1.28). */
  List<Vif> listVifs(String node);

  /** {@code POST /v1/nodes/{node}/vifs} (1.28); a 409 is never retried. */
  void attachVif(String node, String vifId);

  /** {@code DELETE /v1/nodes/{node}/vifs/{vif}} (1.28). */
  void detachVif(String node, String vifId);

  /** {@code GET /v1/nodes/{node}/states/console}. */
  ConsoleState getConsole(String node);

  /** {@code PUT /v1/nodes/{node}/states/console {"enabled": ...}}. */
  void setConsoleEnabled(String node, boolean enabled);

  /** {@code PUT /v1/nodes/{node}/maintenance}, with {@code reason} if present. */
  void setMaintenance(String node, Optional<String> reason);

  /** {@code DELETE /v1/nodes/{node}/maintenance}. */
  void clearMaintenance(String node);

  /** {@code GET /v1/nodes/{node}/traits} (1.37). */
  List<String> getTraits(String node);

  /** {@code PUT /v1/nodes/{node}/traits}: replaces all traits (1.37). */
  void setTraits(String node, List<String> traits);

  /** {@code PUT /v1/nodes/{node}/traits/{trait}}: adds one (1.37). */
  void addTrait(String node, String trait);

  /** {@code DELETE /v1/nodes/{node}/traits/{trait}}: removes one (1.37). */
  void removeTrait(String node, String trait);
}
