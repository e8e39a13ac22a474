/**
 * Engine of the compute manager: scheduler, build runner, reconciler, periodic tasks and action
 * log. Internal and unsupported: use {@link dev.ferrum.service.compute.ComputeManager}.
 */
package dev.ferrum.service.compute.internal;
