package dev.ferrum.cli.commands;

import dev.ferrum.cli.api.Server;
import dev.ferrum.cli.internal.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ferrum server show ID|NAME}: every field of one server. */
@Command(name = "show", description = "Show a server's details.")
final class ServerShowCommand extends ApiCommand {

  @Parameters(paramLabel = "SERVER", description = "Server ID or name.")
  String server;

  @Override
  public Integer call() {
    Server s = api().resolveServer(server);
    if (json()) {
      JsonOutput.print(out(), s.json());
    } else {
      ServerViews.show(s).print(out());
    }
    return 0;
  }
}
