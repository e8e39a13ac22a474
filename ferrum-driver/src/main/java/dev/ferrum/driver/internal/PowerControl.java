package dev.ferrum.driver.internal;

import dev.ferrum.driver.InstancePowerOffFailureException;
import dev.ferrum.driver.InstancePowerOnFailureException;
import dev.ferrum.driver.InstanceRebootFailureException;
import dev.ferrum.driver.RebootType;
import dev.ferrum.driver.cache.NodeLookup;
import dev.ferrum.driver.watch.NodeWatcher;
import dev.ferrum.driver.watch.Observation;
import dev.ferrum.driver.watch.WaitTimeoutException;
import dev.ferrum.ironic.client.IronicBadRequestException;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.IronicException;
import dev.ferrum.ironic.client.IronicVersionNotSupportedException;
import dev.ferrum.ironic.client.model.Node;
import dev.ferrum.ironic.client.model.PowerTarget;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Power on/off, reboot and NMI (spec §12), waiting through the shared watcher until Ironic clears
 * {@code target_power_state}.
 *
 * <p>Differences from Nova, deliberate: (1) after the wait the resulting power state is checked, so
 * a power action Ironic abandoned (target cleared, power unchanged) fails with the matching outcome
 * instead of reporting success; (2) the soft power-off timeout is sent to Ironic as {@code
 * "timeout"} (whole seconds, API 1.27), so Ironic gives up when the caller wanted rather than after
 * its own 10-minute default, and the driver then powers off hard; (3) a server too old for soft
 * power targets is treated like a hardware that does not support them (fall back to hard).
 */
public final class PowerControl {

  private static final Logger LOG = LoggerFactory.getLogger(PowerControl.class);

  private final IronicClient ironic;
  private final NodeLookup lookup;
  private final NodeWatcher watcher;
  private final Duration timeout;

  /**
   * Creates the power control.
   *
   * @param ironic the client
   * @param lookup node reads
   * @param watcher the shared watcher
   * @param timeout bound of each power wait ({@code 0}: none)
   */
  public PowerControl(
      IronicClient ironic, NodeLookup lookup, NodeWatcher watcher, Duration timeout) {
    this.ironic = Objects.requireNonNull(ironic, "ironic");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    this.watcher = Objects.requireNonNull(watcher, "watcher");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /** Powers on and waits; fails unless the node ends {@code power on}. */
  public void powerOn(String instanceUuid) {
    Node node = lookup.byInstance(instanceUuid);
    ironic.nodes().setPowerState(node.uuid(), PowerTarget.POWER_ON);
    Node after = settle(instanceUuid);
    if (!"power on".equals(after.powerState())) {
      throw new InstancePowerOnFailureException(failure("power on", instanceUuid, node, after));
    }
  }

  /**
   * Powers off: softly within {@code softTimeout} when it is positive, then hard if the node is not
   * off.
   */
  public void powerOff(String instanceUuid, Duration softTimeout) {
    Node node = lookup.byInstance(instanceUuid);
    if (!softTimeout.isZero() && !softTimeout.isNegative()) {
      try {
        ironic
            .nodes()
            .setPowerState(node.uuid(), PowerTarget.SOFT_POWER_OFF, Optional.of(softTimeout));
        settle(instanceUuid);
        Node after = lookup.byInstance(instanceUuid);
        if ("power off".equals(after.powerState())) {
          return;
        }
        LOG.warn(
            "Failed to soft power off instance {} on node {}: {}; attempting hard power off",
            instanceUuid,
            node.uuid(),
            after.lastError());
      } catch (IronicException | WaitTimeoutException e) {
        LOG.warn(
            "Soft power off of instance {} on node {} failed ({}); attempting hard power off",
            instanceUuid,
            node.uuid(),
            e.getMessage());
      }
    }
    ironic.nodes().setPowerState(node.uuid(), PowerTarget.POWER_OFF);
    Node after = settle(instanceUuid);
    if (!"power off".equals(after.powerState())) {
      throw new InstancePowerOffFailureException(failure("power off", instanceUuid, node, after));
    }
  }

  /** Reboots; a soft reboot the hardware rejects (400) falls back to a hard one. */
  public void reboot(String instanceUuid, RebootType type) {
    Node node = lookup.byInstance(instanceUuid);
    boolean hard = type == RebootType.HARD;
    if (!hard) {
      try {
        ironic.nodes().setPowerState(node.uuid(), PowerTarget.SOFT_REBOOT);
      } catch (IronicBadRequestException | IronicVersionNotSupportedException e) {
        LOG.info(
            "Soft reboot is not supported for node {} ({}); falling back to hard reboot",
            node.uuid(),
            e.getMessage());
        hard = true;
      }
    }
    if (hard) {
      ironic.nodes().setPowerState(node.uuid(), PowerTarget.REBOOT);
    }
    Node after = settle(instanceUuid);
    if (!"power on".equals(after.powerState())) {
      throw new InstanceRebootFailureException(failure("reboot", instanceUuid, node, after));
    }
  }

  /** Injects an NMI; errors (e.g. 400 unsupported) propagate. */
  public void crashDump(String instanceUuid) {
    Node node = lookup.byInstance(instanceUuid);
    ironic.nodes().injectNmi(node.uuid());
  }

  private static String failure(String action, String instanceUuid, Node node, Node after) {
    return "Failed to "
        + action
        + " instance "
        + instanceUuid
        + " on node "
        + node.uuid()
        + ": power state is '"
        + after.powerState()
        + "', last error: "
        + after.lastError();
  }

  private Node settle(String instanceUuid) {
    Observation obs = watcher.await(DriverWaits.powerSettled(instanceUuid, timeout));
    return ((Observation.Seen) obs).node();
  }
}
