/**
 * The {@code ferrum} command's machinery: connection settings, tables, JSON output and the {@code
 * --wait} progress display. Internal and unsupported: it may change in any release.
 */
package dev.ferrum.cli.internal;
