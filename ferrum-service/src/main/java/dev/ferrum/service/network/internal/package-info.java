/**
 * The built-in {@link dev.ferrum.service.network.NetworkBackend}: address arithmetic ({@link
 * dev.ferrum.service.network.internal.IpMath}), Neutron's subnet checks ({@link
 * dev.ferrum.service.network.internal.SubnetValidator}) and the backend that allocates addresses
 * over {@link dev.ferrum.service.store.NetworkRepository}. Internal and unsupported: obtain the
 * backend from {@link dev.ferrum.service.network.NetworkBackends#builtin}.
 */
package dev.ferrum.service.network.internal;
