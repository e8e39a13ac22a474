/**
 * The simulator's engine: node store, provision state machine, HTTP routes, fault injection. This
 * package is internal and unsupported: it may change in any release; use {@link
 * dev.ferrum.ironic.simulator.IronicSimulator} and {@link
 * dev.ferrum.ironic.simulator.SimulatorControl} instead.
 */
package dev.ferrum.ironic.simulator.internal;
