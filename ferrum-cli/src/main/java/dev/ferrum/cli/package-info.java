/**
 * The {@code ferrum} command line: {@link dev.ferrum.cli.FerrumCli} (the picocli top command and
 * {@code main}), the environment it reads ({@link dev.ferrum.cli.CliEnvironment}) and its exception
 * family rooted at {@link dev.ferrum.cli.CliException}.
 */
package dev.ferrum.cli;
