package dev.ferrum.service;

import dev.ferrum.ironic.client.auth.IronicAuth;
import dev.ferrum.ironic.simulator.IronicSimulator;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ferrum serve}: runs the service until SIGTERM. With no configuration it is a complete demo
 * cloud (H2 under {@code ./ferrum-data}, the Ironic simulator in-process with 8 nodes, 2 flavors
 * and 1 image, 127.0.0.1:8774) and prints the admin token and a ready {@code clouds.yaml} snippet;
 * with {@code --config FILE} it manages a real Ironic with PostgreSQL. The CLI module calls {@link
 * #main} or {@link #start}.
 *
 * <p>Options: {@code --config FILE}, {@code --data-dir DIR}, {@code --port N}, {@code --bind HOST},
 * {@code --help}. Command-line options win over the environment, which wins over the file: {@code
 * FERRUM_CONFIG}, {@code FERRUM_DATA_DIR}, {@code FERRUM_PORT}, {@code FERRUM_BIND}, and {@code
 * FERRUM_DATABASE_URL} / {@code FERRUM_DATABASE_USER} / {@code FERRUM_DATABASE_PASSWORD} (so a
 * container or unit file can keep the password out of the file).
 */
public final class ServeMain implements AutoCloseable {
  private static final String USAGE =
      "usage: ferrum serve [--config FILE] [--data-dir DIR] [--port N] [--bind HOST]";

  private final FerrumService service;
  private final IronicSimulator simulator;
  private final String adminToken;

  private ServeMain(FerrumService service, IronicSimulator simulator, String adminToken) {
    this.service = service;
    this.simulator = simulator;
    this.adminToken = adminToken;
  }

  /**
   * Runs until the process is terminated; exits 2 on bad options or configuration.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "ferrum-service-logback.xml");
    }
    ServeMain running;
    try {
      running = start(List.of(args), System.out);
    } catch (ConfigurationException e) {
      System.err.println("ferrum serve: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    if (running == null) {
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.close();
                  stopped.countDown();
                },
                "ferrum-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Starts the service from command-line options and prints where it listens (and, when a token was
   * generated, the token and a {@code clouds.yaml} snippet) to {@code out}.
   *
   * @param args the options
   * @param out where to print
   * @return the running service, or {@code null} when only help was printed
   * @throws ConfigurationException on bad options or configuration
   */
  public static ServeMain start(List<String> args, PrintStream out) {
    return start(args, System.getenv(), out);
  }

  /**
   * Like {@link #start(List, PrintStream)} with the given environment instead of the process's.
   *
   * @param args the options
   * @param env the environment variables
   * @param out where to print
   * @return the running service, or {@code null} when only help was printed
   */
  static ServeMain start(List<String> args, Map<String, String> env, PrintStream out) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(env, "env");
    Objects.requireNonNull(out, "out");
    Path configFile = env.containsKey("FERRUM_CONFIG") ? Path.of(env.get("FERRUM_CONFIG")) : null;
    Path dataDir = env.containsKey("FERRUM_DATA_DIR") ? Path.of(env.get("FERRUM_DATA_DIR")) : null;
    Integer port =
        env.containsKey("FERRUM_PORT") ? port(env.get("FERRUM_PORT"), "FERRUM_PORT") : null;
    String bind = env.get("FERRUM_BIND");
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--help", "-h" -> {
          out.println(USAGE);
          return null;
        }
        case "--config" -> configFile = Path.of(value(args, ++i, a));
        case "--data-dir" -> dataDir = Path.of(value(args, ++i, a));
        case "--port" -> port = port(value(args, ++i, a), "--port");
        case "--bind" -> bind = value(args, ++i, a);
        default -> throw new ConfigurationException("unknown option " + a);
      }
    }
    ServeConfigFile file = configFile == null ? null : ServeConfigFile.read(configFile);
    if (dataDir == null) {
      dataDir =
          file != null && file.text("data_dir") != null
              ? Path.of(file.text("data_dir"))
              : ServiceConfig.DEFAULT_DATA_DIR;
    }
    ServiceConfig.Builder b = ServiceConfig.builder();
    b.bindHost(
        bind != null
            ? bind
            : file != null && file.text("bind") != null
                ? file.text("bind")
                : ServiceConfig.DEFAULT_BIND_HOST);
    b.port(
        port != null
            ? port
            : file != null && file.integer("port") != null
                ? file.integer("port")
                : ServiceConfig.DEFAULT_PORT);
    b.database(new DatabaseSettings.H2File(dataDir));
    if (file != null) {
      file.applyTo(b, dataDir);
    }
    databaseFromEnvironment(env, file).ifPresent(b::database);
    String token = null;
    if (probe(b) == null) {
      token = EmbeddedDefaults.adminToken(dataDir);
      b.token(new TokenCredential(token, "admin", "admin", Role.ADMIN));
    }
    IronicSimulator sim = null;
    boolean embedded = file == null || !file.hasIronic();
    try {
      if (embedded) {
        sim = EmbeddedDefaults.startSimulator();
        b.ironic(IronicConnection.endpoint(sim.baseUri(), IronicAuth.none()));
      } else {
        b.ironic(file.ironic());
      }
      ServiceConfig config = b.build();
      if (file != null) {
        b.driverConfig(file.driverConfig(config.serviceHost()));
        config = b.build();
      }
      if (embedded && config.compute().defaultNetwork() == null) {
        b.compute(config.compute().withDefaultNetwork(EmbeddedDefaults.NETWORK));
        config = b.build();
      }
      FerrumService service = FerrumService.start(config);
      if (embedded) {
        EmbeddedDefaults.seedCatalog(service.database());
        EmbeddedDefaults.seedNetwork(service.networks());
      }
      ServeMain running = new ServeMain(service, sim, token);
      running.printBanner(out, embedded);
      return running;
    } catch (RuntimeException e) {
      if (sim != null) {
        sim.close();
      }
      throw e;
    }
  }

  /** Builds the config if it already has credentials, else returns {@code null}. */
  private static ServiceConfig probe(ServiceConfig.Builder b) {
    try {
      ServiceConfig c = b.build();
      return c.authNone() || !c.tokens().isEmpty() || !c.users().isEmpty() ? c : null;
    } catch (ConfigurationException e) {
      if (e.getMessage().startsWith("no credentials configured")) {
        return null;
      }
      throw e;
    }
  }

  /**
   * The file's PostgreSQL settings with {@code FERRUM_DATABASE_*} laid over them, if any is set.
   */
  private static Optional<DatabaseSettings> databaseFromEnvironment(
      Map<String, String> env, ServeConfigFile file) {
    if (env.keySet().stream().noneMatch(k -> k.startsWith("FERRUM_DATABASE_"))) {
      return Optional.empty();
    }
    DatabaseSettings.Postgres fromFile = file == null ? null : file.postgres().orElse(null);
    String url =
        env.getOrDefault("FERRUM_DATABASE_URL", fromFile == null ? null : fromFile.jdbcUrl());
    if (url == null) {
      throw new ConfigurationException(
          "FERRUM_DATABASE_USER/PASSWORD are set but no database url (FERRUM_DATABASE_URL or"
              + " database.url in the file)");
    }
    return Optional.of(
        new DatabaseSettings.Postgres(
            url,
            env.getOrDefault("FERRUM_DATABASE_USER", fromFile == null ? null : fromFile.user()),
            env.getOrDefault(
                "FERRUM_DATABASE_PASSWORD", fromFile == null ? null : fromFile.password())));
  }

  private static int port(String text, String source) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new ConfigurationException(source + " needs a number");
    }
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new ConfigurationException(option + " needs a value");
    }
    return args.get(i);
  }

  private void printBanner(PrintStream out, boolean embedded) {
    URI base = service.baseUri();
    out.println("Ferrum compute API listening on " + base + "/v2.1");
    if (embedded) {
      out.println(
          "Embedded Ironic simulator at "
              + simulator.baseUri()
              + " with "
              + EmbeddedDefaults.NODES
              + " nodes; flavors "
              + EmbeddedDefaults.FLAVOR
              + ", "
              + EmbeddedDefaults.LARGE_FLAVOR
              + "; image "
              + EmbeddedDefaults.IMAGE_NAME
              + "; network "
              + EmbeddedDefaults.NETWORK
              + " ("
              + EmbeddedDefaults.NETWORK_CIDR
              + ")");
    }
    if (adminToken != null) {
      out.println("Admin token: " + adminToken);
      out.println();
      out.println("# clouds.yaml (then: export OS_CLOUD=ferrum)");
      out.print(EmbeddedDefaults.cloudsYaml(base, adminToken));
    }
    out.flush();
  }

  /**
   * The API's base URI.
   *
   * @return e.g. {@code http://127.0.0.1:8774}
   */
  public URI baseUri() {
    return service.baseUri();
  }

  /**
   * The generated admin token, when no credentials were configured.
   *
   * @return the token, or empty
   */
  public Optional<String> adminToken() {
    return Optional.ofNullable(adminToken);
  }

  /**
   * The running service.
   *
   * @return the service
   */
  public FerrumService service() {
    return service;
  }

  /** Stops the service, then the embedded simulator. */
  @Override
  public void close() {
    try {
      service.close();
    } finally {
      if (simulator != null) {
        simulator.close();
      }
    }
  }
}
