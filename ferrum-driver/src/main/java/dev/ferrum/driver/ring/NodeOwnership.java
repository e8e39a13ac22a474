package dev.ferrum.driver.ring;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The per-node decision of Nova's cache refresh: whether this compute service manages an Ironic
 * node. It lives next to the ring because the two rules together are what keeps several services
 * from managing the same node.
 *
 * <p>A node carrying one of this service's instances is always managed here, whatever the ring
 * says; a node carrying any other instance uuid (another host's, or a deleted instance's) is
 * managed by nobody until cleaned up; a free node belongs to whoever the ring names.
 */
public final class NodeOwnership {

  private NodeOwnership() {}

  /**
   * Decides whether this service manages a node.
   *
   * @param nodeUuid the node's uuid as Ironic returns it
   * @param nodeInstanceUuid the node's {@code instance_uuid}, or {@code null} when free
   * @param myInstanceUuids uuids of the instances whose host is this service, read after the node
   *     listing
   * @param ring the current hash ring
   * @param host this service's host name ({@code [DEFAULT]host}); compared lower-cased
   * @return {@code true} when the node belongs in this service's cache
   */
  public static boolean isManagedHere(
      String nodeUuid,
      String nodeInstanceUuid,
      Set<String> myInstanceUuids,
      HashRing ring,
      String host) {
    Objects.requireNonNull(nodeUuid, "nodeUuid");
    Objects.requireNonNull(myInstanceUuids, "myInstanceUuids");
    Objects.requireNonNull(ring, "ring");
    Objects.requireNonNull(host, "host");
    if (nodeInstanceUuid != null) {
      return myInstanceUuids.contains(nodeInstanceUuid);
    }
    return ring.ownerOf(nodeUuid).equals(host.toLowerCase(Locale.ROOT));
  }
}
