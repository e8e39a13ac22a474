/**
 * Typed access to the parts of Ferrum's Nova v2.1 and Glance v2 APIs the {@code ferrum} command
 * uses: {@link dev.ferrum.cli.api.NovaApi} and its records. Kept apart from the commands so the
 * HTTP details (auth headers, microversions, error bodies, name resolution) are tested once.
 */
package dev.ferrum.cli.api;
