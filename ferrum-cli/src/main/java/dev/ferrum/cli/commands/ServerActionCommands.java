package dev.ferrum.cli.commands;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.cli.api.NovaApi;
import dev.ferrum.cli.api.Server;
import dev.ferrum.cli.internal.JsonOutput;
import dev.ferrum.cli.internal.ServerWaiter;
import dev.ferrum.cli.internal.Table;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The server actions ({@code POST /servers/{id}/action}): each resolves the server, sends its
 * action and with {@code --wait} follows the task states to the status the action ends in.
 */
final class ServerActionCommands {

  private ServerActionCommands() {}

  /** Resolve, act, optionally wait: what every action shares. */
  abstract static class Action extends ApiCommand {

    @Parameters(paramLabel = "SERVER", description = "Server ID or name.")
    String server;

    @Mixin WaitOptions waitOptions;

    /** Sends the action. */
    abstract void act(NovaApi api, String id);

    /** Runs after the action was accepted and before any wait; prints nothing by default. */
    void acted() {}

    /** The status the action ends in. */
    abstract String target();

    /** The action's task states, in order. */
    abstract List<String> phases();

    @Override
    public Integer call() {
      NovaApi api = api();
      Server s = api.resolveServer(server);
      act(api, s.id());
      acted();
      if (waitOptions.wait) {
        new ServerWaiter(
                api,
                err(),
                root().environment().terminal(),
                waitOptions.interval,
                waitOptions.timeout)
            .await(s.id(), s.name(), Set.of(target()), phases());
      }
      return 0;
    }
  }

  /** {@code ferrum server reboot [--hard]}. */
  @Command(name = "reboot", description = "Reboot a server (soft unless --hard).")
  static final class Reboot extends Action {
    @Option(names = "--hard", description = "Power-cycle instead of a soft reboot.")
    boolean hard;

    @Override
    void act(NovaApi api, String id) {
      api.reboot(id, hard);
    }

    @Override
    String target() {
      return "ACTIVE";
    }

    @Override
    List<String> phases() {
      return hard
          ? List.of("reboot_pending_hard", "reboot_started_hard", "rebooting_hard")
          : List.of("reboot_pending", "reboot_started", "rebooting");
    }
  }

  /** {@code ferrum server stop}. */
  @Command(name = "stop", description = "Power a server off.")
  static final class Stop extends Action {
    @Override
    void act(NovaApi api, String id) {
      api.stop(id);
    }

    @Override
    String target() {
      return "SHUTOFF";
    }

    @Override
    List<String> phases() {
      return List.of("powering-off");
    }
  }

  /** {@code ferrum server start}. */
  @Command(name = "start", description = "Power a server on.")
  static final class Start extends Action {
    @Override
    void act(NovaApi api, String id) {
      api.start(id);
    }

    @Override
    String target() {
      return "ACTIVE";
    }

    @Override
    List<String> phases() {
      return List.of("powering-on");
    }
  }

  /** {@code ferrum server rebuild --image I}. */
  @Command(name = "rebuild", description = "Redeploy a server with an image.")
  static final class Rebuild extends Action {
    @Option(
        names = "--image",
        required = true,
        paramLabel = "IMAGE",
        description = "Image ID or name.")
    String image;

    @Override
    void act(NovaApi api, String id) {
      api.rebuild(id, api.resolveImage(image).id());
    }

    @Override
    String target() {
      return "ACTIVE";
    }

    @Override
    List<String> phases() {
      return ServerWaiter.REBUILD_PHASES;
    }
  }

  /** {@code ferrum server rescue}: prints the rescue password. */
  @Command(name = "rescue", description = "Boot a server into rescue mode; prints adminPass.")
  static final class Rescue extends Action {
    private Optional<String> adminPass = Optional.empty();

    @Override
    void act(NovaApi api, String id) {
      adminPass = api.rescue(id);
    }

    @Override
    String target() {
      return "RESCUE";
    }

    @Override
    List<String> phases() {
      return List.of("rescuing");
    }

    /** Prints the password before any wait, so a failed wait cannot lose it. */
    @Override
    void acted() {
      if (adminPass.isPresent()) {
        if (json()) {
          ObjectNode o = JsonNodeFactory.instance.objectNode().put("adminPass", adminPass.get());
          JsonOutput.print(out(), o);
        } else {
          Table.fieldValue().row("adminPass", adminPass.get()).print(out());
        }
      }
    }
  }

  /** {@code ferrum server unrescue}. */
  @Command(name = "unrescue", description = "Leave rescue mode.")
  static final class Unrescue extends Action {
    @Override
    void act(NovaApi api, String id) {
      api.unrescue(id);
    }

    @Override
    String target() {
      return "ACTIVE";
    }

    @Override
    List<String> phases() {
      return List.of("unrescuing");
    }
  }
}
