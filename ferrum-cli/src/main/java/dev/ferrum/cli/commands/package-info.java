/**
 * The {@code ferrum} subcommands ({@code server}, {@code node}, {@code flavor}, {@code image}), one
 * class per command, each a thin layer over {@link dev.ferrum.cli.api.NovaApi} that prints a table
 * or, with {@code --json}, the API objects.
 */
package dev.ferrum.cli.commands;
