package dev.ferrum.driver.cache;

import dev.ferrum.driver.VirtDriverNotReadyException;
import dev.ferrum.driver.ring.RingSettings;
import dev.ferrum.ironic.client.IronicException;
import dev.ferrum.ironic.client.Nodes;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.NodeQuery;
import java.util.List;
import java.util.Objects;
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

  static VirtDriverNotReadyException notReady(RuntimeException cause) {
    LOG.warn("Could not list Ironic nodes: {}", cause.toString());
    return new VirtDriverNotReadyException(
        "Could not list Ironic nodes: " + cause.getMessage(), cause);
  }
}
