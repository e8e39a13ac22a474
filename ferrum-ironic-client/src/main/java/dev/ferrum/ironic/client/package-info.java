/**
 * A typed client for the OpenStack Ironic Bare Metal API v1, with no Ferrum concepts in it.
 *
 * <p>Start from {@link dev.ferrum.ironic.client.IronicClient#builder()}; the resource groups
 * ({@link dev.ferrum.ironic.client.Nodes}, {@link dev.ferrum.ironic.client.Ports}, {@link
 * dev.ferrum.ironic.client.PortGroups}, {@link dev.ferrum.ironic.client.VolumeConnectors}, {@link
 * dev.ferrum.ironic.client.VolumeTargets}) hang off the client. Values live in {@code
 * dev.ferrum.ironic.client.model}.
 *
 * <ul>
 *   <li>Failures are unchecked {@link dev.ferrum.ironic.client.IronicException}s with a named
 *       subclass per outcome (not found, conflict, node locked, service unavailable, transport,
 *       version not supported...).
 *   <li>Microversions are negotiated once per client; calls that need more than the server offers
 *       are refused before sending.
 *   <li>NodeLocked 409s and 503s are retried under a {@link dev.ferrum.ironic.client.RetryPolicy};
 *       reserving a node and attaching a VIF never retry a 409.
 *   <li>List calls fetch every page inside the call, with {@code limit}/{@code marker}.
 *   <li>Every request is logged at DEBUG on logger {@code dev.ferrum.ironic.client.http} (method,
 *       path and query, status, milliseconds, request id); bodies only at TRACE and only masked by
 *       {@link dev.ferrum.ironic.client.Secrets}.
 * </ul>
 */
package dev.ferrum.ironic.client;
