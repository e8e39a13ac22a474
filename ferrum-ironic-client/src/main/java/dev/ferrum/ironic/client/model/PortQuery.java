package dev.ferrum.ironic.client.model;

/**
 * Filters of {@code GET /v1/ports/detail} and {@code GET /v1/portgroups/detail}.
 *
 * <p>Exists because both lists filter the same way (by node and by MAC address) and are paged the
 * same way. A {@code null} component means "not filtered".
 *
 * @param node only ports of this node (UUID or name)
 * @param address only the port with this MAC address
 * @param limit page size, 1 to {@value NodeQuery#MAX_LIMIT}; {@code null} lets the server choose
 */
public record PortQuery(String node, String address, Integer limit) {

  /** Validates the page size. */
  public PortQuery {
    if (limit != null && (limit < 1 || limit > NodeQuery.MAX_LIMIT)) {
      throw new IllegalArgumentException(
          "limit must be 1.." + NodeQuery.MAX_LIMIT + ", was " + limit);
    }
  }

  /** Everything of one node. */
  public static PortQuery byNode(String node) {
    return new PortQuery(java.util.Objects.requireNonNull(node, "node"), null, null);
  }

  /** The one with this MAC address. */
  public static PortQuery byAddress(String address) {
    return new PortQuery(null, java.util.Objects.requireNonNull(address, "address"), null);
  }
}
