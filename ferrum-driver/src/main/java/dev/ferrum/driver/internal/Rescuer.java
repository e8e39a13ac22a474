package dev.ferrum.driver.internal;

import dev.ferrum.driver.InstanceRescueFailureException;
import dev.ferrum.driver.InstanceSpec;
import dev.ferrum.driver.InstanceUnrescueFailureException;
import dev.ferrum.driver.watch.NodeWatcher;
import dev.ferrum.driver.watch.WaitTimeoutException;
import dev.ferrum.ironic.client.IronicClient;
import dev.ferrum.ironic.client.model.ProvisionRequest;
import dev.ferrum.ironic.client.model.ProvisionVerb;
import java.time.Duration;
import java.util.Objects;

/**
 * Rescue and unrescue (spec §11): one provision request, then a wait for {@code rescue} / {@code
 * active}. Every failure becomes the matching rescue/unrescue failure; the rescue password is never
 * part of a message.
 */
public final class Rescuer {

  private final IronicClient ironic;
  private final NodeWatcher watcher;
  private final Duration timeout;

  /** Works through {@code ironic}, waiting at most {@code timeout} ({@code 0}: none). */
  public Rescuer(IronicClient ironic, NodeWatcher watcher, Duration timeout) {
    this.ironic = Objects.requireNonNull(ironic, "ironic");
    this.watcher = Objects.requireNonNull(watcher, "watcher");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /** Boots the rescue ramdisk with {@code password}. */
  public void rescue(InstanceSpec instance, String password) {
    String node = Deployer.requireNode(instance);
    try {
      ironic.nodes().setProvisionState(node, ProvisionRequest.rescue(password));
    } catch (RuntimeException e) {
      throw new InstanceRescueFailureException(
          "Failed to rescue instance " + instance.uuid() + ": " + e.getMessage(), e);
    }
    try {
      watcher.await(DriverWaits.rescued(instance.uuid(), timeout));
    } catch (WaitTimeoutException e) {
      throw new InstanceRescueFailureException("Timed out rescuing instance " + instance.uuid(), e);
    }
  }

  /** Leaves rescue mode. */
  public void unrescue(InstanceSpec instance) {
    String node = Deployer.requireNode(instance);
    try {
      ironic.nodes().setProvisionState(node, ProvisionRequest.of(ProvisionVerb.UNRESCUE));
    } catch (RuntimeException e) {
      throw new InstanceUnrescueFailureException(
          "Failed to unrescue instance " + instance.uuid() + ": " + e.getMessage(), e);
    }
    try {
      watcher.await(DriverWaits.unrescued(instance.uuid(), timeout));
    } catch (WaitTimeoutException e) {
      throw new InstanceUnrescueFailureException(
          "Timed out unrescuing instance " + instance.uuid(), e);
    }
  }
}
