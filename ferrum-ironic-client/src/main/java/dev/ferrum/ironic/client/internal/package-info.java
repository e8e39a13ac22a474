/**
 * The client's engine: HTTP exchange, retries, microversion negotiation, error decoding, paging and
 * the resource implementations.
 *
 * <p><b>Internal and unsupported.</b> Types here are public only so the API package can reach them;
 * they may change incompatibly at any time. Use {@code dev.ferrum.ironic.client}.
 */
package dev.ferrum.ironic.client.internal;
