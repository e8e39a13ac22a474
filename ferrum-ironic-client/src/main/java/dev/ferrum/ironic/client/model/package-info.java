/**
 * Values exchanged with Ironic: what it answers (nodes, ports, validation, console, versions) and
 * what callers ask of it (queries, create bodies, provision requests, JSON patches).
 *
 * <p>Response records ignore fields they do not know, so a newer Ironic never breaks parsing; any
 * component may be {@code null} when the server did not send it (for example when a {@code fields}
 * projection left it out).
 */
package dev.ferrum.ironic.client.model;
