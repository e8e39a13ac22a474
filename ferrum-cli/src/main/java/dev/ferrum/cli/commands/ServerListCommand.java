package dev.ferrum.cli.commands;

import dev.ferrum.cli.api.NovaApi;
import dev.ferrum.cli.api.NovaApiException;
import dev.ferrum.cli.api.Server;
import dev.ferrum.cli.internal.JsonOutput;
import dev.ferrum.cli.internal.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ferrum server list}: one {@code GET /servers/detail}, with image and flavor names from one
 * image list and one flavor list (ids are shown when those lists are not allowed).
 */
@Command(name = "list", description = "List servers.")
final class ServerListCommand extends ApiCommand {

  @Option(
      names = "--long",
      description = "Also show task state, power state, host, node and properties.")
  boolean longListing;

  @Option(names = "--all-projects", description = "Servers of every project (admin only).")
  boolean allProjects;

  @Override
  public Integer call() {
    NovaApi api = api();
    List<Server> servers = api.listServers(allProjects);
    if (json()) {
      JsonOutput.printAll(out(), servers, Server::json);
      return 0;
    }
    Map<String, String> images = new HashMap<>();
    Map<String, String> flavors = new HashMap<>();
    if (!servers.isEmpty()) {
      try {
        api.listImages().forEach(i -> images.put(i.id(), i.name()));
      } catch (NovaApiException e) {
        images.clear();
      }
      try {
        api.listFlavors().forEach(f -> flavors.put(f.id(), f.name()));
      } catch (NovaApiException e) {
        flavors.clear();
      }
    }
    Table t =
        longListing
            ? new Table(
                "ID",
                "Name",
                "Status",
                "Task State",
                "Power State",
                "Networks",
                "Image",
                "Flavor",
                "Host",
                "Node",
                "Properties")
            : new Table("ID", "Name", "Status", "Networks", "Image", "Flavor");
    for (Server s : servers) {
      String image = name(s.imageId(), images, "N/A (booted from volume)");
      String flavor = name(s.flavorId(), flavors, "");
      if (longListing) {
        t.row(
            s.id(),
            s.name(),
            s.status(),
            s.taskState().orElse("None"),
            ServerViews.powerState(s.powerState()),
            ServerViews.networks(s.addresses()),
            image,
            flavor,
            s.host().orElse(""),
            s.node().orElse(""),
            ServerViews.properties(s.metadata()));
      } else {
        t.row(s.id(), s.name(), s.status(), ServerViews.networks(s.addresses()), image, flavor);
      }
    }
    t.print(out());
    return 0;
  }

  private static String name(Optional<String> id, Map<String, String> names, String none) {
    return id.map(
            i -> {
              String n = names.get(i);
              return n == null || n.isEmpty() ? i : n;
            })
        .orElse(none);
  }
}
