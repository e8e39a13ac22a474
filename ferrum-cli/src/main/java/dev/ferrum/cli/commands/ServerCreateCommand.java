package dev.ferrum.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.cli.CliException;
import dev.ferrum.cli.api.NovaApi;
import dev.ferrum.cli.api.NovaApi.CreatedServer;
import dev.ferrum.cli.api.Server;
import dev.ferrum.cli.api.ServerCreate;
import dev.ferrum.cli.internal.JsonOutput;
import dev.ferrum.cli.internal.ServerWaiter;
import dev.ferrum.cli.internal.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ferrum server create NAME --flavor F --image I}: resolves flavor and image names, sends
 * {@code POST /servers} and prints the new server (after the build with {@code --wait}).
 */
@Command(name = "create", description = "Create a server on a free bare-metal node.")
final class ServerCreateCommand extends ApiCommand {

  @Parameters(paramLabel = "NAME", description = "The new server's name.")
  String name;

  @Option(
      names = "--flavor",
      required = true,
      paramLabel = "FLAVOR",
      description = "Flavor ID or name.")
  String flavor;

  @Option(
      names = "--image",
      required = true,
      paramLabel = "IMAGE",
      description = "Image ID or name.")
  String image;

  @Option(names = "--key-name", paramLabel = "KEY", description = "Keypair to inject.")
  String keyName;

  @Option(names = "--user-data", paramLabel = "FILE", description = "File passed as user data.")
  Path userData;

  @Option(
      names = "--property",
      paramLabel = "KEY=VALUE",
      description = "Server property (metadata); repeatable.")
  Map<String, String> properties = new LinkedHashMap<>();

  @Mixin WaitOptions waitOptions;

  @Override
  public Integer call() {
    Optional<byte[]> data = Optional.ofNullable(userData).map(this::read);
    NovaApi api = api();
    String imageId = api.resolveImage(image).id();
    String flavorId = api.resolveFlavor(flavor).id();
    CreatedServer created =
        api.createServer(
            new ServerCreate(
                name, imageId, flavorId, Optional.ofNullable(keyName), data, properties));
    Server server =
        waitOptions.wait
            ? new ServerWaiter(
                    api,
                    err(),
                    root().environment().terminal(),
                    waitOptions.interval,
                    waitOptions.timeout)
                .await(created.id(), name, Set.of("ACTIVE"), ServerWaiter.BUILD_PHASES)
            : api.getServer(created.id());
    if (json()) {
      ObjectNode json = ((ObjectNode) server.json()).deepCopy();
      created.adminPass().ifPresent(p -> json.put("adminPass", p));
      JsonOutput.print(out(), json);
    } else {
      Table t = ServerViews.show(server);
      created.adminPass().ifPresent(p -> t.row("adminPass", p));
      t.print(out());
    }
    return 0;
  }

  private byte[] read(Path file) {
    Path p = root().environment().workingDir().resolve(file);
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new CliException("cannot read user data " + p + ": " + e.getMessage(), e);
    }
  }
}
