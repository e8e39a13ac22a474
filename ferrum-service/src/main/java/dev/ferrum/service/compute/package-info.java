/**
 * The compute manager: Nova's instance state machine over the {@link
 * dev.ferrum.driver.ComputeDriver}, with instance actions, scheduling, start-up reconciliation and
 * periodic tasks. The REST API calls {@link dev.ferrum.service.compute.ComputeManager}; the engine
 * lives in {@code dev.ferrum.service.compute.internal}.
 */
package dev.ferrum.service.compute;
