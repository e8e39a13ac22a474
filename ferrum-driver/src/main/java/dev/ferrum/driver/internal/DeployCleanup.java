package dev.ferrum.driver.internal;

import dev.ferrum.driver.DriverException;
import dev.ferrum.driver.NetworkInfo;
import dev.ferrum.driver.configdrive.NetworkMetadata;
import dev.ferrum.ironic.client.IronicBadRequestException;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.IronicException;
import dev.ferrum.ironic.client.IronicNotFoundException;
import dev.ferrum.ironic.client.model.VolumeTarget;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nova's {@code _cleanup_deploy} (spec §9.3) and volume-target clean-up (§8.6): undo what a build
 * put on a node, in this order: delete every volume target of the node (failures tolerated), detach
 * the VIFs given (400 tolerated; any other failure aborts before the release), release the node
 * (failure logged, tolerated).
 *
 * <p>Exists in one place because spawn failures, failed-spawn clean-up and destroy of a node that
 * needs no tear-down all use it, and its order is what keeps a node from being released while a VIF
 * is still bound.
 *
 * <p>Difference from Nova, deliberate: when the manager itself asks for the clean-up ({@code
 * destroy}, {@code failedSpawnCleanup}; {@link #cleanupDeployOrFail}) a failed release fails the
 * call instead of being logged, because a clean-up reported as done lets the manager forget the
 * instance while the node keeps its {@code instance_uuid} for ever (found by the fault tests: a
 * node lock that outlasts the client's retries). Spawn's own clean-up after a failure ({@link
 * #cleanupDeploy}) still only logs it: the spawn's error propagates and the manager's destroy
 * follows.
 */
public final class DeployCleanup {

  private static final Logger LOG = LoggerFactory.getLogger(DeployCleanup.class);

  private final IronicClient ironic;

  /** Cleans through {@code ironic}. */
  public DeployCleanup(IronicClient ironic) {
    this.ironic = Objects.requireNonNull(ironic, "ironic");
  }

  /**
   * Undoes a build on {@code node}.
   *
   * @param node the node UUID
   * @param instanceUuid the instance (for log lines)
   * @param network VIFs to detach; empty skips the detach step
   */
  public void cleanupDeploy(String node, String instanceUuid, NetworkInfo network) {
    cleanupVolumeTargets(node);
    unplug(node, network);
    try {
      ironic.nodes().release(node);
    } catch (IronicException e) {
      LOG.warn(
          "Failed to clean up the parameters on node {} for instance {}: {}",
          node,
          instanceUuid,
          e.getMessage());
    }
  }

  /**
   * Undoes a build on {@code node} for the manager's own clean-up calls: as {@link #cleanupDeploy},
   * but a release that fails (other than the node being gone) fails the call, so the manager keeps
   * the instance and cleans up again later instead of leaving the node reserved.
   *
   * @param node the node UUID
   * @param instanceUuid the instance
   * @param network VIFs to detach; empty skips the detach step
   * @throws DriverException when the node could not be released
   */
  public void cleanupDeployOrFail(String node, String instanceUuid, NetworkInfo network) {
    cleanupVolumeTargets(node);
    unplug(node, network);
    try {
      ironic.nodes().release(node);
    } catch (IronicNotFoundException e) {
      LOG.warn("Node {} of instance {} is gone; nothing to release", node, instanceUuid);
    } catch (IronicException e) {
      throw new DriverException(
          "Failed to release node "
              + node
              + " from instance "
              + instanceUuid
              + " (the node still carries the instance; clean up again): "
              + e.getMessage(),
          e);
    }
  }

  /** Detaches each VIF; 400 (not attached) is tolerated, other failures propagate. */
  public void unplug(String node, NetworkInfo network) {
    for (NetworkMetadata.Vif vif : network.vifs()) {
      try {
        ironic.nodes().detachVif(node, vif.id());
      } catch (IronicBadRequestException e) {
        LOG.debug("VIF {} was not attached to node {}: {}", vif.id(), node, e.getMessage());
      }
    }
  }

  /** Deletes every volume target of the node; a failed delete is logged and skipped. */
  public void cleanupVolumeTargets(String node) {
    for (VolumeTarget target : ironic.volumeTargets().listByNode(node)) {
      try {
        ironic.volumeTargets().delete(target.uuid());
      } catch (IronicNotFoundException e) {
        LOG.debug("Volume target {} of node {} was already gone", target.uuid(), node);
      } catch (IronicException e) {
        LOG.warn(
            "Failed to delete volume target {} of node {}: {}",
            target.uuid(),
            node,
            e.getMessage());
      }
    }
  }
}
