package dev.ferrum.cli.commands;

import dev.ferrum.cli.FerrumCli;
import dev.ferrum.cli.api.NovaApi;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every leaf command shares: the API client, the writers and {@code --json}, all taken from
 * the top {@link FerrumCli} so connection settings are resolved once.
 */
abstract class ApiCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** The top command. */
  FerrumCli root() {
    return (FerrumCli) spec.root().userObject();
  }

  NovaApi api() {
    return root().api();
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  boolean json() {
    return root().json();
  }
}
