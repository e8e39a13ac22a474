package dev.ferrum.driver.internal;

import dev.ferrum.driver.BuildAbortedException;
import dev.ferrum.driver.ComputeResourcesUnavailableException;
import dev.ferrum.driver.DriverException;
import dev.ferrum.driver.InstanceDeployFailureException;
import dev.ferrum.driver.InstanceHooks;
import dev.ferrum.driver.InstanceNotFoundException;
import dev.ferrum.driver.InstanceSpec;
import dev.ferrum.driver.InstanceStatus;
import dev.ferrum.driver.NetworkInfo;
import dev.ferrum.driver.NodeValidationException;
import dev.ferrum.driver.NotSupportedByDriverException;
import dev.ferrum.driver.RebuildRequest;
import dev.ferrum.driver.SpawnRequest;
import dev.ferrum.driver.cache.NodeLookup;
import dev.ferrum.driver.watch.NodeWatcher;
import dev.ferrum.driver.watch.WaitCancelledException;
import dev.ferrum.driver.watch.WaitTimeoutException;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.IronicConflictException;
import dev.ferrum.ironic.client.IronicException;
import dev.ferrum.ironic.client.model.ConfigDrive;
import dev.ferrum.ironic.client.model.JsonPatch;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.NodeValidation;
import dev.ferrum.ironic.client.model.ProvisionRequest;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The build path (spec §8, §10): reservation, deploy patch, volume targets, validation, config
 * drive, provision request and the wait for {@code active}; and rebuild.
 *
 * <p>Clean-up matrix (spec §8.9, kept from Nova): a failure creating volume targets, validating,
 * building the config drive or requesting the deploy undoes the build locally ({@link
 * DeployCleanup}) so the node is released at once; a failed deploy patch and failures during the
 * wait leave the node to the manager's {@code destroy}, which tears it down properly (the driver
 * never destroys on its own). Ferrum additions: a failed {@code validate} request is cleaned like a
 * failed validation, and a 409 on reservation asks for a reschedule (see README).
 */
public final class Deployer {

  private static final Logger LOG = LoggerFactory.getLogger(Deployer.class);

  private final IronicClient ironic;
  private final NodeLookup lookup;
  private final DeployCleanup cleanup;
  private final VolumeSupport volumes;
  private final ConfigDrives configDrives;
  private final NodeWatcher watcher;
  private final Optional<String> ephemeralFormat;
  private final Duration deployTimeout;

  /** Wires the build path. */
  public Deployer(
      IronicClient ironic,
      NodeLookup lookup,
      DeployCleanup cleanup,
      VolumeSupport volumes,
      ConfigDrives configDrives,
      NodeWatcher watcher,
      Optional<String> ephemeralFormat,
      Duration deployTimeout) {
    this.ironic = Objects.requireNonNull(ironic, "ironic");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    this.cleanup = Objects.requireNonNull(cleanup, "cleanup");
    this.volumes = Objects.requireNonNull(volumes, "volumes");
    this.configDrives = Objects.requireNonNull(configDrives, "configDrives");
    this.watcher = Objects.requireNonNull(watcher, "watcher");
    this.ephemeralFormat = Objects.requireNonNull(ephemeralFormat, "ephemeralFormat");
    this.deployTimeout = Objects.requireNonNull(deployTimeout, "deployTimeout");
  }

  /** Nova's {@code prepare_for_spawn}: check the node is free, then reserve it (no 409 retry). */
  public void prepareForSpawn(InstanceSpec instance) {
    String nodeUuid = requireNode(instance);
    Node node = lookup.node(nodeUuid);
    if (node.instanceUuid() != null || NodeStates.unavailable(node)) {
      throw new ComputeResourcesUnavailableException(
          "Chosen ironic node " + nodeUuid + " is not available for instance " + instance.uuid());
    }
    try {
      ironic.nodes().reserve(nodeUuid, instance.uuid());
    } catch (IronicConflictException e) {
      throw new ComputeResourcesUnavailableException(
          "Failed to reserve node "
              + nodeUuid
              + " for instance "
              + instance.uuid()
              + ": "
              + e.getMessage(),
          e);
    } catch (IronicException e) {
      throw new InstanceDeployFailureException(
          "Failed to reserve node "
              + nodeUuid
              + " for instance "
              + instance.uuid()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** Nova's {@code spawn}. */
  public void spawn(SpawnRequest req, InstanceHooks hooks) {
    InstanceSpec instance = req.instance();
    String nodeUuid = requireNode(instance);
    Node node = lookup.node(nodeUuid);
    JsonPatch patch =
        DeployPatcher.build(
            node,
            instance,
            req.image(),
            req.network(),
            req.blockDevices().bootFromVolume(),
            Optional.empty(),
            ephemeralFormat);
    addDeployParameters(nodeUuid, instance, patch);
    NetworkInfo network = req.network();
    Optional<ConfigDrive> drive;
    try {
      volumes.createTargets(instance, req.blockDevices());
      if (instance.flavor().ephemeralGb() > 0) {
        hooks.setDefaultEphemeralDevice("/dev/sda1");
      }
      validate(nodeUuid);
      drive =
          configDrives.required(instance, req.image())
              ? Optional.of(
                  configDrives.build(
                      nodeUuid,
                      instance,
                      req.image(),
                      network,
                      req.injectedFiles(),
                      req.adminPassword()))
              : Optional.empty();
    } catch (RuntimeException e) {
      cleanupAfter(nodeUuid, instance, network, e);
      throw e;
    }
    try {
      ironic.nodes().setProvisionState(nodeUuid, ProvisionRequest.deploy(drive));
    } catch (RuntimeException e) {
      cleanupAfter(nodeUuid, instance, network, e);
      if (invalidImage(e)) {
        throw new BuildAbortedException(
            "Ironic rejected the image of instance " + instance.uuid() + ": " + e.getMessage(), e);
      }
      throw e;
    }
    LOG.info("Deployment of instance {} on node {} requested", instance.uuid(), nodeUuid);
    waitForActive(instance.uuid(), hooks);
    LOG.info("Instance {} is active on node {}", instance.uuid(), nodeUuid);
  }

  /** Nova's {@code rebuild}. */
  public void rebuild(RebuildRequest req, InstanceHooks hooks) {
    InstanceSpec instance = req.instance();
    if (req.reimageBootVolume()) {
      throw new NotSupportedByDriverException(
          "Ironic doesn't support rebuilding volume backed instances.");
    }
    hooks.updateTaskState(InstanceStatus.TASK_REBUILD_SPAWNING, InstanceStatus.TASK_REBUILDING);
    String nodeUuid = requireNode(instance);
    Node node = lookup.node(nodeUuid);
    JsonPatch patch =
        DeployPatcher.build(
            node,
            instance,
            req.image(),
            req.network(),
            false,
            Optional.of(req.preserveEphemeral()),
            ephemeralFormat);
    addDeployParameters(nodeUuid, instance, patch);
    Optional<ConfigDrive> drive = Optional.empty();
    if (configDrives.required(instance, req.image())) {
      try {
        drive =
            Optional.of(
                configDrives.build(
                    nodeUuid,
                    instance,
                    req.image(),
                    req.network(),
                    req.injectedFiles(),
                    req.adminPassword()));
      } catch (RuntimeException e) {
        throw new InstanceDeployFailureException(
            "Failed to build configdrive: " + e.getMessage(), e);
      }
    }
    try {
      ironic.nodes().setProvisionState(nodeUuid, ProvisionRequest.rebuild(drive));
    } catch (RuntimeException e) {
      throw new InstanceDeployFailureException(
          "Failed to request Ironic to rebuild instance " + instance.uuid() + ": " + e.getMessage(),
          e);
    }
    waitForActive(instance.uuid(), hooks);
  }

  /**
   * Nova's {@code failed_spawn_cleanup}: only a node that carries <em>this</em> instance is cleaned
   * (volume targets, release; VIFs are the manager's business here). A failed release fails the
   * call ({@link DeployCleanup#cleanupDeployOrFail}); Nova only logs it.
   */
  public void failedSpawnCleanup(InstanceSpec instance) {
    Node node;
    try {
      node = lookup.byInstance(instance.uuid());
    } catch (InstanceNotFoundException e) {
      LOG.warn(
          "Failed spawn clean-up: no node is associated with instance {}; nothing to do",
          instance.uuid());
      return;
    }
    String nodeUuid = instance.node() != null ? instance.node() : node.uuid();
    cleanup.cleanupDeployOrFail(nodeUuid, instance.uuid(), NetworkInfo.empty());
  }

  private void addDeployParameters(String nodeUuid, InstanceSpec instance, JsonPatch patch) {
    try {
      ironic.nodes().update(nodeUuid, patch);
    } catch (IronicException e) {
      throw new InstanceDeployFailureException(
          "Failed to add deploy parameters on node "
              + nodeUuid
              + " when provisioning the instance "
              + instance.uuid()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private void validate(String nodeUuid) {
    NodeValidation v = ironic.nodes().validate(nodeUuid);
    var deploy = v.interfaces().get("deploy");
    var power = v.interfaces().get("power");
    var storage = v.interfaces().get("storage");
    if (!ok(deploy) || !ok(power) || !ok(storage)) {
      throw new NodeValidationException(
          "Ironic node: "
              + nodeUuid
              + " failed to validate. (deploy: "
              + reason(deploy)
              + ", power: "
              + reason(power)
              + ", storage: "
              + reason(storage)
              + ")");
    }
  }

  private static boolean ok(NodeValidation.InterfaceResult r) {
    return r != null && Boolean.TRUE.equals(r.result());
  }

  private static String reason(NodeValidation.InterfaceResult r) {
    return ok(r) ? "No Error" : r == null || r.reason() == null ? "None" : r.reason();
  }

  private void waitForActive(String instanceUuid, InstanceHooks hooks) {
    try {
      watcher.await(DriverWaits.active(instanceUuid, hooks, deployTimeout));
    } catch (WaitTimeoutException e) {
      throw new InstanceDeployFailureException(
          "Timed out waiting for instance " + instanceUuid + " to become active", e);
    } catch (WaitCancelledException e) {
      throw new InstanceDeployFailureException(
          "Instance " + instanceUuid + " provisioning was aborted: " + e.getMessage(), e);
    }
  }

  private void cleanupAfter(String node, InstanceSpec instance, NetworkInfo network, Exception e) {
    LOG.error(
        "Deploying instance {} on node {} failed ({}); cleaning up",
        instance.uuid(),
        node,
        e.getMessage());
    try {
      cleanup.cleanupDeploy(node, instance.uuid(), network);
    } catch (RuntimeException c) {
      LOG.warn("Clean-up of node {} after the failed deploy failed too: {}", node, c.getMessage());
      e.addSuppressed(c);
    }
  }

  private static boolean invalidImage(RuntimeException e) {
    String text = String.valueOf(e.getMessage());
    if (e instanceof IronicException ie) {
      text += ie.faultstring().orElse("");
    }
    return text.contains("InvalidImage");
  }

  static String requireNode(InstanceSpec instance) {
    if (instance.node() == null || instance.node().isEmpty()) {
      throw new DriverException("Instance " + instance.uuid() + " has no Ironic node");
    }
    return instance.node();
  }
}
