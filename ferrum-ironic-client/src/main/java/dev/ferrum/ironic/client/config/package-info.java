/**
 * Where the Ironic client's settings come from when it runs beside other OpenStack tools: {@code
 * clouds.yaml} (with {@code secure.yaml}), {@code OS_CLOUD} and the {@code OS_*} variables, read
 * the way the {@code openstack} command line reads them, plus the TLS material those settings point
 * at.
 *
 * <p>Start from {@link dev.ferrum.ironic.client.config.CloudConfig#fromEnvironment()}. Problems in
 * the configuration are unchecked and rooted at {@link
 * dev.ferrum.ironic.client.config.CloudConfigException}.
 */
package dev.ferrum.ironic.client.config;
