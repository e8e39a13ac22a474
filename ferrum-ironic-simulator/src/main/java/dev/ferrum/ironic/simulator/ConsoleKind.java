package dev.ferrum.ironic.simulator;

/**
 * What {@code console_info} looks like once a console is enabled: each console interface of a real
 * Ironic answers differently, and the driver's serial and VNC paths need different shapes.
 */
public enum ConsoleKind {
  /** Like the {@code fake} console interface: {@code console_info} is an empty object. */
  FAKE,
  /** Like {@code ipmitool-socat}: {@code {"type": "socat", "url": "tcp://127.0.0.1:PORT"}}. */
  SOCAT,
  /**
   * Like a graphical console: {@code {"type": "vnc", "url": ...}} plus {@code vnc_host} and {@code
   * vnc_port} in {@code driver_internal_info}.
   */
  VNC
}
