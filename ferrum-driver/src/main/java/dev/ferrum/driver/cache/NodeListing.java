package dev.ferrum.driver.cache;

import dev.ferrum.driver.VirtDriverNotReadyException;
import dev.ferrum.driver.ring.RingSettings;
import dev.ferrum.ironic.client.IronicException;
import dev.ferrum.ironic.client.Nodes;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.NodeQuery;
import dev.ferrum.ironic.client.model.Page;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node listing of a cache refresh (reference §6.3 steps 2–3): API-side filters gated on the
 * microversion, then every page drained inside one guard so any failure becomes {@link
 * VirtDriverNotReadyException}.
 */
final class NodeListing {

  private static final Logger LOG = LoggerFactory.getLogger(NodeListing.class);

  private final Nodes nodes;
  private final IronicApiVersions versions;
  private final RingSettings settings;

  NodeListing(Nodes nodes, IronicApiVersions versions, RingSettings settings) {
    this.nodes = Objects.requireNonNull(nodes, "nodes");
    this.versions = Objects.requireNonNull(versions, "versions");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The query Nova builds: {@code conductor_group} if configured and 1.46 is available, then {@code
   * shard} if configured and 1.82 is available. A failed check is logged and the listing keeps the
   * filters added before it (a failed conductor-group check therefore also drops the shard).
   *
   * @throws VirtDriverNotReadyException if the version discovery itself fails
   */
  NodeQuery query() {
    NodeQuery.Builder q = NodeQuery.builder().fields(NodeLookup.NODE_FIELDS);
    try {
      if (settings.conductorGroup().isPresent()) {
        versions.require(IronicApiVersions.CONDUCTOR_GROUPS);
        q.conductorGroup(settings.conductorGroup().get());
      }
      String shard = settings.shard().orElse("");
      if (!shard.isEmpty()) {
        versions.require(IronicApiVersions.SHARDS);
        q.shard(shard);
      }
    } catch (IronicApiVersionNotAvailableException e) {
      LOG.error(
          "Not filtering the node list by conductor group or shard beyond what is supported: {}",
          e.getMessage());
    } catch (IronicException e) {
      throw notReady(e);
    }
    return q.build();
  }

  /**
   * Lists every node matching {@link #query()}, all pages.
   *
   * @return the nodes, projected to {@link NodeLookup#NODE_FIELDS}
   * @throws VirtDriverNotReadyException on any failure, including one while paging
   */
  List<Node> list() {
    NodeQuery query = query();
    try {
      return List.copyOf(nodes.list(query));
    } catch (RuntimeException e) {
      throw notReady(e);
    }
  }

  /**
   * The newest {@code updated_at} in Ironic, read before a full listing so the next incremental
   * listing starts from Ironic's own clock (one request: the first detail page sorted by {@code
   * updated_at}, newest first; {@code fields} cannot carry {@code updated_at}).
   *
   * @param pageSize how many nodes to read (never-updated nodes may sort first on some databases)
   * @return the newest time, empty if no node was ever updated
   * @throws VirtDriverNotReadyException on any failure
   */
  Optional<OffsetDateTime> newestUpdate(int pageSize) {
    NodeQuery query = byUpdatedAt(pageSize);
    try {
      return nodes.page(query).items().stream()
          .map(Node::updatedAt)
          .filter(Objects::nonNull)
          .max(Comparator.naturalOrder());
    } catch (RuntimeException e) {
      throw notReady(e);
    }
  }

  /**
   * The nodes changed at or after {@code cutoff}: detail pages sorted by {@code updated_at}, newest
   * first, until the first node older than the cutoff. Never-updated nodes ({@code updated_at}
   * null: enrolled and never touched) are skipped; they sort together at one end (first or last,
   * depending on Ironic's database), so one met after a dated node also ends the listing. New and
   * deleted nodes are therefore left to the next full listing.
   *
   * @param cutoff the oldest change still read
   * @param pageSize the page size
   * @return the changed nodes, projected to {@link NodeLookup#NODE_FIELDS}, and the newest time
   * @throws VirtDriverNotReadyException on any failure
   */
  Changes changedSince(OffsetDateTime cutoff, int pageSize) {
    NodeQuery query = byUpdatedAt(pageSize);
    List<Node> changed = new ArrayList<>();
    OffsetDateTime newest = null;
    int requests = 0;
    try {
      String marker = null;
      while (true) {
        Page<Node> page = nodes.page(marker == null ? query : query.withMarker(marker));
        requests++;
        for (Node n : page.items()) {
          OffsetDateTime at = n.updatedAt();
          if (at == null) {
            if (newest != null) {
              // Never-updated nodes sort together; after dated ones, the rest are all unchanged.
              return new Changes(changed, Optional.of(newest), requests);
            }
            continue; // they sort first on some databases: unchanged, read past them
          }
          if (at.isBefore(cutoff)) {
            return new Changes(changed, Optional.ofNullable(newest), requests);
          }
          if (newest == null || at.isAfter(newest)) {
            newest = at;
          }
          changed.add(projected(n));
        }
        if (page.nextMarker().isEmpty() || page.items().isEmpty()) {
          return new Changes(changed, Optional.ofNullable(newest), requests);
        }
        marker = page.nextMarker().get();
      }
    } catch (RuntimeException e) {
      throw notReady(e);
    }
  }

  private NodeQuery byUpdatedAt(int pageSize) {
    return query().toBuilder()
        .fields((List<String>) null)
        .sort("updated_at", NodeQuery.SortDirection.DESC)
        .limit(pageSize)
        .build();
  }

  /** A detail node cut down to the fields a full listing returns, so both kinds of entry match. */
  static Node projected(Node n) {
    return new Node(
        n.uuid(),
        null,
        null,
        n.provisionState(),
        n.targetProvisionState(),
        n.powerState(),
        n.targetPowerState(),
        n.maintenance(),
        null,
        null,
        n.lastError(),
        null,
        n.instanceUuid(),
        null,
        null,
        null,
        n.properties(),
        null,
        n.resourceClass(),
        null,
        null,
        null,
        null,
        null,
        n.traits(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /**
   * What an incremental listing found.
   *
   * @param nodes the changed nodes, newest first
   * @param newest the newest {@code updated_at} among them
   * @param requests how many pages were read
   */
  record Changes(List<Node> nodes, Optional<OffsetDateTime> newest, int requests) {}

  static VirtDriverNotReadyException notReady(RuntimeException cause) {
    LOG.warn("Could not list Ironic nodes: {}", cause.toString());
    return new VirtDriverNotReadyException(
        "Could not list Ironic nodes: " + cause.getMessage(), cause);
  }
}
