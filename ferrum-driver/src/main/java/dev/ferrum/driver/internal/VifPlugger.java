package dev.ferrum.driver.internal;

import dev.ferrum.driver.VirtualInterfacePlugException;
import dev.ferrum.ironic.client.IronicBadRequestException;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.IronicConflictException;
import dev.ferrum.ironic.client.IronicNodeLockedException;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attaches one VIF (spec §13.2): {@code POST /v1/nodes/{n}/vifs} without conflict retries; 400 →
 * {@link VirtualInterfacePlugException}.
 *
 * <p>Difference from Nova: Nova treats <em>every</em> 409 as "already attached". Ferrum does so
 * only when the VIF is in fact attached to this node (checked with one {@code GET …/vifs}); a 409
 * for a locked node, or a VIF attached to another node, fails the plug instead of being silently
 * swallowed.
 */
public final class VifPlugger {

  private static final Logger LOG = LoggerFactory.getLogger(VifPlugger.class);

  private final IronicClient ironic;

  /** Attaches through {@code ironic}. */
  public VifPlugger(IronicClient ironic) {
    this.ironic = Objects.requireNonNull(ironic, "ironic");
  }

  /** Attaches {@code vifId} to {@code node}. */
  public void plug(String node, String instanceUuid, String vifId) {
    try {
      ironic.nodes().attachVif(node, vifId);
    } catch (IronicBadRequestException e) {
      throw new VirtualInterfacePlugException(
          "Cannot attach VIF "
              + vifId
              + " to the node "
              + node
              + " due to error: "
              + e.getMessage(),
          e);
    } catch (IronicConflictException e) {
      if (e instanceof IronicNodeLockedException || !attached(node, vifId)) {
        throw new VirtualInterfacePlugException(
            "Cannot attach VIF " + vifId + " to the node " + node + ": " + e.getMessage(), e);
      }
      LOG.debug("VIF {} is already attached to node {} (instance {})", vifId, node, instanceUuid);
    }
  }

  private boolean attached(String node, String vifId) {
    List<String> ids = ironic.nodes().listVifs(node).stream().map(v -> v.id()).toList();
    return ids.contains(vifId);
  }
}
