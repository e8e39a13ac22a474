package dev.ferrum.cli.commands;

import dev.ferrum.cli.CliException;
import dev.ferrum.cli.api.NovaApi;
import dev.ferrum.cli.api.NovaApiException;
import dev.ferrum.cli.api.Server;
import dev.ferrum.cli.internal.ServerWaiter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code ferrum server delete ID|NAME...}: deletes each server (continuing past failures, like the
 * {@code openstack} client) and with {@code --wait} waits until each is gone (404).
 */
@Command(name = "delete", description = "Delete servers.")
final class ServerDeleteCommand extends ApiCommand {

  @Parameters(arity = "1..*", paramLabel = "SERVER", description = "Server IDs or names.")
  List<String> servers;

  @Mixin WaitOptions waitOptions;

  @Override
  public Integer call() {
    NovaApi api = api();
    List<Server> deleted = new ArrayList<>();
    int failed = 0;
    for (String s : servers) {
      try {
        Server server = api.resolveServer(s);
        api.deleteServer(server.id());
        deleted.add(server);
      } catch (NovaApiException e) {
        failed++;
        err().println("Failed to delete server '" + s + "': " + e.describe());
      }
    }
    if (waitOptions.wait) {
      ServerWaiter waiter =
          new ServerWaiter(
              api,
              err(),
              root().environment().terminal(),
              waitOptions.interval,
              waitOptions.timeout);
      for (Server s : deleted) {
        waiter.awaitDeleted(s.id(), s.name());
      }
    }
    if (failed > 0) {
      throw new CliException(failed + " of " + servers.size() + " servers failed to delete.");
    }
    return 0;
  }
}
