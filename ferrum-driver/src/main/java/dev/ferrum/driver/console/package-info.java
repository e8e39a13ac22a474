/**
 * Serial and VNC consoles of Ironic-backed instances, as Nova's Ironic driver provides them
 * (reference §14).
 *
 * <p>Why a package of its own: the console paths are small state machines over Ironic's console
 * mode (reset-then-enable with one recovery for serial, enable-if-needed for VNC) whose waits must
 * be testable without sleeping, so the steps ({@link dev.ferrum.driver.console.NodeConsoles}) are
 * kept apart from the waiting ({@link dev.ferrum.driver.console.ConsoleStateWaiter}).
 *
 * <p>Public API:
 *
 * <ul>
 *   <li>{@link dev.ferrum.driver.console.NodeConsoles} — {@code new NodeConsoles(Nodes,
 *       ConsoleStateWaiter, ConsoleSettings)}; {@code serialConsole(instanceUuid)} → {@link
 *       dev.ferrum.driver.console.ConsoleEndpoint.Serial}, {@code vncConsole(instanceUuid,
 *       instanceNode)} → {@link dev.ferrum.driver.console.ConsoleEndpoint.Vnc};
 *   <li>{@link dev.ferrum.driver.console.ConsoleStateWaiter} — {@code await(nodeUuid, enabled,
 *       timeout)}; {@link dev.ferrum.driver.console.PollingConsoleStateWaiter} polls ({@code
 *       create(Nodes)} for Nova's 1 s ± 20 % timing, or an injected {@code Sleeper} and jitter);
 *       {@link dev.ferrum.driver.watch.WatcherConsoleStateWaiter} ({@code new
 *       WatcherConsoleStateWaiter(NodeWatcher)}) joins the driver's shared poller instead;
 *   <li>{@link dev.ferrum.driver.console.ConsoleSettings} — {@code serial_console_state_timeout},
 *       {@code vnc_console_state_timeout};
 *   <li>failures: {@link dev.ferrum.driver.console.ConsoleTypeUnavailableException} (what callers
 *       see), {@link dev.ferrum.driver.console.ConsoleNotAvailableException} (the steps' internal
 *       outcome, also thrown by waiters).
 * </ul>
 */
package dev.ferrum.driver.console;
