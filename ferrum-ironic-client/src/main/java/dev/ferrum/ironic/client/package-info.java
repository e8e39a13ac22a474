/**
 * A typed client for the OpenStack Ironic Bare Metal API v1, with no Ferrum concepts in it.
 *
 * <p>Start from {@code IronicClient.builder()}.
 */
package dev.ferrum.ironic.client;
