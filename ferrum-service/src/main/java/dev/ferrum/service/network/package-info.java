/**
 * Ferrum's own network service, shaped like Neutron: networks, subnets, ports and the IP address
 * management behind them. The compute manager and the {@code /network} API both go through {@link
 * dev.ferrum.service.network.NetworkBackend}, the seam where a real Neutron could replace the
 * built-in implementation; the records here are the values that cross it.
 */
package dev.ferrum.service.network;
