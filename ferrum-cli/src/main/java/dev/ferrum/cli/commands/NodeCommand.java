package dev.ferrum.cli.commands;

import dev.ferrum.cli.api.Hypervisor;
import dev.ferrum.cli.api.NovaApi;
import dev.ferrum.cli.api.Server;
import dev.ferrum.cli.api.ServerRef;
import dev.ferrum.cli.internal.JsonOutput;
import dev.ferrum.cli.internal.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code ferrum node …}: the bare-metal nodes as the compute API sees them (hypervisors). */
@Command(
    name = "node",
    description = "Bare-metal nodes as the compute service sees them.",
    subcommands = NodeCommand.ListNodes.class)
public final class NodeCommand extends GroupCommand {

  /** Created by picocli. */
  public NodeCommand() {}

  /**
   * {@code ferrum node list}: {@code GET /os-hypervisors/detail} (one hypervisor per Ironic node,
   * {@code hypervisor_hostname} = node uuid) joined with {@code GET
   * /servers/detail?all_tenants=True} on {@code OS-EXT-SRV-ATTR:hypervisor_hostname}, to show which
   * server each node carries. Servers the hypervisor embeds ({@code servers}) are used too. Both
   * calls are admin-only in Nova.
   */
  @Command(name = "list", description = "List nodes: node uuid, state, status and its server.")
  static final class ListNodes extends ApiCommand {

    @Override
    public Integer call() {
      NovaApi api = api();
      List<Hypervisor> nodes = api.listHypervisors();
      if (json()) {
        JsonOutput.printAll(out(), nodes, Hypervisor::json);
        return 0;
      }
      Map<String, List<ServerRef>> byNode = new HashMap<>();
      if (!nodes.isEmpty()) {
        for (Server s : api.listServers(true)) {
          s.node()
              .ifPresent(n ->
                  byNode
                      .computeIfAbsent(n, k -> new ArrayList<>())
                      .add(new ServerRef(s.id(), s.name())));
        }
      }
      Table t = new Table("Node", "State", "Status", "Type", "Server");
      for (Hypervisor h : nodes) {
        List<ServerRef> on = new ArrayList<>(byNode.getOrDefault(h.nodeId(), List.of()));
        h.servers().stream()
            .filter(r -> on.stream().noneMatch(o -> o.id().equals(r.id())))
            .forEach(on::add);
        List<String> names = on.stream().map(r -> r.name() + " (" + r.id() + ")").toList();
        t.row(h.nodeId(), h.state(), h.status(), h.type(), String.join(", ", names));
      }
      t.print(out());
      return 0;
    }
  }
}
