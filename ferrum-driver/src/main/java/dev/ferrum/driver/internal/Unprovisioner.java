package dev.ferrum.driver.internal;

import dev.ferrum.driver.DriverException;
import dev.ferrum.driver.InstanceNotFoundException;
import dev.ferrum.driver.NetworkInfo;
import dev.ferrum.driver.cache.NodeLookup;
import dev.ferrum.driver.watch.NodeWatcher;
import dev.ferrum.driver.watch.Observation;
import dev.ferrum.driver.watch.WaitTimeoutException;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.ProvisionRequest;
import dev.ferrum.ironic.client.model.ProvisionVerb;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code destroy} (spec §9): tear the node down through Ironic when it is (or may be) provisioned,
 * otherwise undo the build locally; never both, and never release a node that is still provisioned.
 *
 * <p>Decision: states in {@link NodeStates#UNPROVISION_STATES}, any state Ironic does not list and
 * {@code null} → {@code PUT …/provision {"target":"deleted"}} (failures propagate: fail closed)
 * then a wait of at most {@code api_max_retries + 2} polls; every other state → {@link
 * DeployCleanup#cleanupDeployOrFail} (a failed release fails the destroy; Nova only logs it).
 * Ironic's tear-down itself detaches VIFs and clears the instance, so doing it locally too would
 * race cleaning into 409s (Nova bug 2019977).
 */
public final class Unprovisioner {

  private static final Logger LOG = LoggerFactory.getLogger(Unprovisioner.class);

  private final IronicClient ironic;
  private final NodeLookup lookup;
  private final DeployCleanup cleanup;
  private final NodeWatcher watcher;
  private final int maxRetries;
  private final Consumer<String> onUnprovisioned;

  /**
   * Creates the unprovisioner.
   *
   * @param ironic the client
   * @param lookup node reads
   * @param cleanup local clean-up
   * @param watcher the shared watcher
   * @param maxRetries {@code api_max_retries}
   * @param onUnprovisioned told the node UUID after a finished tear-down (cache eviction)
   */
  public Unprovisioner(
      IronicClient ironic,
      NodeLookup lookup,
      DeployCleanup cleanup,
      NodeWatcher watcher,
      int maxRetries,
      Consumer<String> onUnprovisioned) {
    this.ironic = Objects.requireNonNull(ironic, "ironic");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    this.cleanup = Objects.requireNonNull(cleanup, "cleanup");
    this.watcher = Objects.requireNonNull(watcher, "watcher");
    this.maxRetries = maxRetries;
    this.onUnprovisioned = Objects.requireNonNull(onUnprovisioned, "onUnprovisioned");
  }

  /** Destroys the instance's deployment; an instance on no node is already gone (success). */
  public void destroy(String instanceUuid, NetworkInfo network) {
    Node node;
    try {
      node = lookup.byInstance(instanceUuid);
    } catch (InstanceNotFoundException e) {
      LOG.warn("Destroy called on instance {}, but no Ironic node carries it", instanceUuid);
      return;
    }
    if (NodeStates.needsUnprovision(node.provisionState())) {
      unprovision(instanceUuid, node);
    } else {
      cleanup.cleanupDeployOrFail(node.uuid(), instanceUuid, network);
    }
    LOG.info("Instance {} destroyed on node {}", instanceUuid, node.uuid());
  }

  private void unprovision(String instanceUuid, Node node) {
    ironic.nodes().setProvisionState(node.uuid(), ProvisionRequest.of(ProvisionVerb.DELETED));
    try {
      watcher.await(DriverWaits.unprovisioned(instanceUuid, maxRetries + 2));
    } catch (WaitTimeoutException e) {
      String state =
          e.lastSeen()
              .filter(o -> o instanceof Observation.Seen)
              .map(o -> ((Observation.Seen) o).node().provisionState())
              .orElse(node.provisionState());
      throw new DriverException(
          "Error destroying the instance on node "
              + node.uuid()
              + ". Provision state still '"
              + state
              + "'.",
          e);
    }
    onUnprovisioned.accept(node.uuid());
  }
}
