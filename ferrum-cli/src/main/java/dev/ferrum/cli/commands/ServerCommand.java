package dev.ferrum.cli.commands;

import picocli.CommandLine.Command;

/** {@code ferrum server …}: the server lifecycle, grouped as in the {@code openstack} client. */
@Command(
    name = "server",
    description = "Create, list, show, delete and operate servers.",
    subcommands = {
      ServerCreateCommand.class,
      ServerListCommand.class,
      ServerShowCommand.class,
      ServerDeleteCommand.class,
      ServerActionCommands.Reboot.class,
      ServerActionCommands.Stop.class,
      ServerActionCommands.Start.class,
      ServerActionCommands.Rebuild.class,
      ServerActionCommands.Rescue.class,
      ServerActionCommands.Unrescue.class
    })
public final class ServerCommand extends GroupCommand {

  /** Created by picocli. */
  public ServerCommand() {}
}
