package dev.ferrum.cli;

import dev.ferrum.cli.api.NovaApi;
import dev.ferrum.cli.api.NovaApiException;
import dev.ferrum.cli.commands.FlavorCommand;
import dev.ferrum.cli.commands.ImageCommand;
import dev.ferrum.cli.commands.NodeCommand;
import dev.ferrum.cli.commands.ServeCommand;
import dev.ferrum.cli.commands.ServerCommand;
import dev.ferrum.cli.internal.Connection;
import dev.ferrum.cli.internal.ConnectionOptions;
import dev.ferrum.cli.internal.ConnectionResolver;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code ferrum} command: client commands for Ferrum's Nova-compatible API, so people can
 * manage bare-metal servers without installing the OpenStack client. Holds the options every
 * subcommand shares (connection, {@code --json}) and maps failures to exit codes: 1 for an API or
 * wait failure (the service's message on stderr), 2 for a usage error.
 */
@Command(
    name = "ferrum",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = FerrumCli.Version.class,
    description = "Bare-metal servers on Ferrum's Nova-compatible API.",
    subcommands = {
      ServeCommand.class,
      ServerCommand.class,
      NodeCommand.class,
      FlavorCommand.class,
      ImageCommand.class,
      CommandLine.HelpCommand.class
    })
public final class FerrumCli implements Runnable {

  private final CliEnvironment env;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--os-cloud",
      scope = ScopeType.INHERIT,
      paramLabel = "CLOUD",
      description = "Cloud in clouds.yaml (default: $OS_CLOUD).")
  private String cloud;

  // Not inherited: "image create" has its own --url (the image's), so this one goes first.
  @Option(
      names = "--url",
      paramLabel = "URL",
      description =
          "Service URL, given before the command (default: $FERRUM_URL, else "
              + ConnectionResolver.DEFAULT_URL
              + ").")
  private String url;

  @Option(
      names = "--token",
      scope = ScopeType.INHERIT,
      paramLabel = "TOKEN",
      description = "Token sent as X-Auth-Token (default: $FERRUM_TOKEN).")
  private String token;

  @Option(
      names = "--user",
      scope = ScopeType.INHERIT,
      paramLabel = "USER",
      description = "User for HTTP Basic (default: $FERRUM_USER).")
  private String user;

  @Option(
      names = "--password",
      scope = ScopeType.INHERIT,
      paramLabel = "PASSWORD",
      description = "Password for HTTP Basic (default: $FERRUM_PASSWORD).")
  private String password;

  @Option(
      names = "--json",
      scope = ScopeType.INHERIT,
      description = "Print the API objects as JSON instead of tables.")
  private boolean json;

  private NovaApi api;

  /** A command reading {@code env}. */
  public FerrumCli(CliEnvironment env) {
    this.env = Objects.requireNonNull(env, "env");
  }

  /** Runs the command in this process and exits with its code. */
  public static void main(String[] args) {
    System.exit(commandLine(CliEnvironment.system()).execute(args));
  }

  /**
   * The configured picocli command line, for running in-process (tests, embedding). Set its out and
   * err writers before {@code execute}.
   */
  public static CommandLine commandLine(CliEnvironment env) {
    CommandLine cl = new CommandLine(new FerrumCli(env));
    cl.setExecutionExceptionHandler(FerrumCli::handle);
    return cl;
  }

  /** Without a subcommand: a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
  }

  /** The environment this command runs in. */
  public CliEnvironment environment() {
    return env;
  }

  /** Whether {@code --json} was given. */
  public boolean json() {
    return json;
  }

  /**
   * The API client for the connection settings, created on first use.
   *
   * @throws ConfigurationException when the settings are unusable
   */
  public synchronized NovaApi api() {
    if (api == null) {
      Connection c =
          new ConnectionResolver(env)
              .resolve(
                  new ConnectionOptions(
                      Optional.ofNullable(cloud),
                      Optional.ofNullable(url),
                      Optional.ofNullable(token),
                      Optional.ofNullable(user),
                      Optional.ofNullable(password)));
      api = new NovaApi(c.endpoints(), c.credentials());
    }
    return api;
  }

  private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parseResult)
      throws Exception {
    PrintWriter err = cl.getErr();
    switch (e) {
      case NovaApiException n -> err.println(n.describe());
      case CliException c -> err.println(c.getMessage());
      default -> throw e;
    }
    err.flush();
    return 1;
  }

  /** The version from the jar's manifest, when packaged. */
  public static final class Version implements CommandLine.IVersionProvider {
    /** Reads the manifest. */
    public Version() {}

    @Override
    public String[] getVersion() {
      String v = FerrumCli.class.getPackage().getImplementationVersion();
      return new String[] {"ferrum " + (v == null ? "(development build)" : v)};
    }
  }
}
