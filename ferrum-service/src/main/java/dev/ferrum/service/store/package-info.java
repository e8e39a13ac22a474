/**
 * The compute service's persistence: {@link dev.ferrum.service.store.Database} opens H2 or
 * PostgreSQL, migrates the schema and hands out one repository per concern (flavors, images,
 * keypairs, servers, instance actions, services, node claims, and the networks, subnets, ports and
 * IP allocations of the built-in network service). Records here are immutable values; repositories
 * throw the {@link dev.ferrum.service.FerrumServiceException} family.
 */
package dev.ferrum.service.store;
