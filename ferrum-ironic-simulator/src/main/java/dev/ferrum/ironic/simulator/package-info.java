/**
 * An in-process or standalone server answering the OpenStack Ironic Bare Metal API v1 the way a
 * real Ironic does, so Ferrum's client, driver and service can be tested, demonstrated and
 * benchmarked without a real Ironic. Start one with {@link
 * dev.ferrum.ironic.simulator.IronicSimulator#builder()}; steer it from tests through {@link
 * dev.ferrum.ironic.simulator.SimulatorControl} or over HTTP under {@code /_sim}.
 */
package dev.ferrum.ironic.simulator;
