package dev.ferrum.driver.console;

import dev.ferrum.driver.cache.NodeLookup;
import dev.ferrum.ironic.client.IronicException;
import dev.ferrum.ironic.client.Nodes;
import dev.ferrum.ironic.client.model.ConsoleState;
import dev.ferrum.ironic.client.model.Node;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nova's {@code get_serial_console} and {@code get_vnc_console} for Ironic nodes (reference §14).
 *
 * <p>It exists because the two paths look alike but differ in ways that matter to users: the serial
 * path <em>resets</em> an enabled console (IPMI serial-over-LAN allows one session, so the previous
 * user is kicked off), makes one recovery attempt if the reset fails, and never enables a console
 * the operator left disabled; the VNC path enables a disabled console but never resets one, and
 * reads the real VNC server from the node's {@code driver_internal_info}. Every failure reaches the
 * caller as {@link ConsoleTypeUnavailableException}. Waiting is delegated to a {@link
 * ConsoleStateWaiter}. Thread-safe.
 */
public final class NodeConsoles {

  private static final Logger LOG = LoggerFactory.getLogger(NodeConsoles.class);

  private static final List<String> VNC_FIELDS = List.of("uuid", "driver_internal_info");

  private final Nodes nodes;
  private final NodeLookup lookup;
  private final ConsoleStateWaiter waiter;
  private final ConsoleSettings settings;

  /**
   * Creates the console component.
   *
   * @param nodes the Ironic node API
   * @param waiter how to wait for console-mode changes
   * @param settings the console timeouts
   */
  public NodeConsoles(Nodes nodes, ConsoleStateWaiter waiter, ConsoleSettings settings) {
    this.nodes = Objects.requireNonNull(nodes, "nodes");
    this.lookup = new NodeLookup(nodes);
    this.waiter = Objects.requireNonNull(waiter, "waiter");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * {@code get_serial_console}: resets the node's enabled console and returns its socat endpoint.
   *
   * @param instanceUuid the instance
   * @return the TCP endpoint of the serial console
   * @throws ConsoleTypeUnavailableException ({@code serial}) if the console is disabled, cannot be
   *     reset, is not a {@code socat} console or has an unusable URL
   * @throws dev.ferrum.driver.InstanceNotFoundException if no node carries the instance
   */
  public ConsoleEndpoint.Serial serialConsole(String instanceUuid) {
    Node node = lookup.byInstance(Objects.requireNonNull(instanceUuid, "instanceUuid"));
    ConsoleState console;
    try {
      console = consoleWithReset(node.uuid());
    } catch (ConsoleNotAvailableException e) {
      throw new ConsoleTypeUnavailableException("serial", e);
    }
    String type = console.type().orElse(null);
    if (!"socat".equals(type)) {
      LOG.warn(
          "Console type \"{}\" of node {} is not supported for the serial console; only \"socat\""
              + " is",
          type,
          node.uuid());
      throw new ConsoleTypeUnavailableException("serial", null);
    }
    return SocatUrl.parse(console.url().orElse(""), node.uuid());
  }

  /**
   * {@code get_vnc_console}: enables the node's console if needed (never resets it) and returns the
   * VNC server recorded in the node's {@code driver_internal_info}.
   *
   * @param instanceUuid the instance
   * @param instanceNode the node the instance record names (read for {@code vnc_host} / {@code
   *     vnc_port})
   * @return the VNC endpoint
   * @throws ConsoleTypeUnavailableException ({@code vnc}) if the console cannot be read or enabled
   *     in time, is not a {@code vnc} console, or the VNC server is unknown
   * @throws dev.ferrum.driver.InstanceNotFoundException if no node carries the instance
   */
  public ConsoleEndpoint.Vnc vncConsole(String instanceUuid, String instanceNode) {
    Objects.requireNonNull(instanceNode, "instanceNode");
    Node node = lookup.byInstance(Objects.requireNonNull(instanceUuid, "instanceUuid"));
    ConsoleState console;
    try {
      console = read(node.uuid());
      if (!console.consoleEnabled()) {
        setEnabled(node.uuid(), true);
        console = waiter.await(node.uuid(), true, settings.vncStateTimeout());
      }
    } catch (ConsoleNotAvailableException e) {
      throw new ConsoleTypeUnavailableException("vnc", e);
    }
    String type = console.type().orElse(null);
    if (!"vnc".equals(type)) {
      LOG.warn("Console type \"{}\" of node {} is not a VNC console", type, node.uuid());
      throw new ConsoleTypeUnavailableException("vnc", null);
    }
    Map<String, Object> internal = nodes.get(instanceNode, VNC_FIELDS).driverInternalInfo();
    Optional<String> host =
        Optional.ofNullable(internal).map(m -> m.get("vnc_host")).map(String::valueOf);
    Optional<Integer> port =
        Optional.ofNullable(internal).map(m -> m.get("vnc_port")).flatMap(NodeConsoles::port);
    if (host.isEmpty() || host.get().isEmpty() || port.isEmpty()) {
      LOG.error("VNC host or port of node {} is not set in driver_internal_info", instanceNode);
      throw new ConsoleTypeUnavailableException("vnc", null);
    }
    return new ConsoleEndpoint.Vnc(host.get(), port.get());
  }

  /**
   * Nova's {@code _get_node_console_with_reset}: an enabled console is disabled and re-enabled
   * (waiting for each), with one enable-and-wait recovery if that fails; a disabled console is left
   * disabled.
   */
  private ConsoleState consoleWithReset(String nodeUuid) {
    ConsoleState console = read(nodeUuid);
    if (console.consoleEnabled()) {
      Duration timeout = settings.serialStateTimeout();
      try {
        setEnabled(nodeUuid, false);
        waiter.await(nodeUuid, false, timeout);
        setEnabled(nodeUuid, true);
        console = waiter.await(nodeUuid, true, timeout);
      } catch (ConsoleNotAvailableException e) {
        LOG.warn(
            "Resetting the console of node {} failed ({}); trying once to enable it",
            nodeUuid,
            e.getMessage());
        setEnabled(nodeUuid, true);
        console = waiter.await(nodeUuid, true, timeout);
      }
    }
    if (!console.consoleEnabled()) {
      throw new ConsoleNotAvailableException(
          "The console of node " + nodeUuid + " is disabled", null);
    }
    return console;
  }

  private ConsoleState read(String nodeUuid) {
    try {
      return nodes.getConsole(nodeUuid);
    } catch (IronicException e) {
      throw new ConsoleNotAvailableException(
          "Could not read the console of node " + nodeUuid + ": " + e.getMessage(), e);
    }
  }

  private void setEnabled(String nodeUuid, boolean enabled) {
    try {
      nodes.setConsoleEnabled(nodeUuid, enabled);
    } catch (IronicException e) {
      throw new ConsoleNotAvailableException(
          "Could not "
              + (enabled ? "enable" : "disable")
              + " the console of node "
              + nodeUuid
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static Optional<Integer> port(Object value) {
    try {
      int p =
          value instanceof Number n
              ? Math.toIntExact(n.longValue())
              : Integer.parseInt(String.valueOf(value).strip());
      return p >= 1 && p <= 65535 ? Optional.of(p) : Optional.empty();
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
