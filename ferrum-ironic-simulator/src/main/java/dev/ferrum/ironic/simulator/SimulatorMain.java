package dev.ferrum.ironic.simulator;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The standalone command: runs a simulator until interrupted, so demos, benchmarks and manual
 * testing (curl, the OpenStack CLI) can use a simulated Ironic without writing Java.
 */
@Command(
    name = "ironic-simulator",
    mixinStandardHelpOptions = true,
    description = "Runs a simulated OpenStack Ironic (Bare Metal API v1) until interrupted.")
public final class SimulatorMain implements Callable<Integer> {

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind.")
  String host;

  @Option(names = "--port", defaultValue = "6385", description = "Port (0 picks a free one).")
  int port;

  @Option(names = "--nodes", defaultValue = "8", description = "Nodes seeded at start.")
  int nodes;

  @Option(names = "--provision-state", defaultValue = "available", description = "Seeded state.")
  String provisionState;

  @Option(names = "--resource-class", defaultValue = "baremetal", description = "Resource class.")
  String resourceClass;

  @Option(names = "--cpus", defaultValue = "8", description = "properties.cpus")
  int cpus;

  @Option(names = "--memory-mb", defaultValue = "16384", description = "properties.memory_mb")
  int memoryMb;

  @Option(names = "--local-gb", defaultValue = "100", description = "properties.local_gb")
  int localGb;

  @Option(names = "--cpu-arch", defaultValue = "x86_64", description = "properties.cpu_arch")
  String cpuArch;

  @Option(names = "--traits", split = ",", description = "Traits of seeded nodes.")
  List<String> traits = List.of();

  @Option(names = "--conductor-group", defaultValue = "", description = "Conductor group.")
  String conductorGroup;

  @Option(names = "--shard", description = "Shard of seeded nodes.")
  String shard;

  @Option(names = "--ports-per-node", defaultValue = "1", description = "Ports per node.")
  int portsPerNode;

  @Option(
      names = "--microversions",
      defaultValue = "1.1-1.82",
      description = "Advertised range, e.g. 1.1-1.82.")
  String microversions;

  @Option(names = "--step-time", defaultValue = "PT0.005S", description = "Default step time.")
  Duration stepTime;

  @Option(names = "--deploy-time", description = "Time spent in 'deploying'.")
  Duration deployTime;

  @Option(names = "--clean-time", description = "Time spent in 'cleaning'.")
  Duration cleanTime;

  @Option(names = "--power-time", description = "Time a power action takes.")
  Duration powerTime;

  @Option(
      names = "--lock-retry",
      defaultValue = "PT0S",
      description = "How long writes wait for a locked node before 409 (Ironic: about PT2S).")
  Duration lockRetry;

  @Option(names = "--max-limit", defaultValue = "1000", description = "Page size cap.")
  int maxLimit;

  @Option(names = "--automated-clean", description = "Clean on undeploy.")
  boolean automatedClean;

  @Option(
      names = "--console",
      defaultValue = "SOCAT",
      description = "console_info shape: ${COMPLETION-CANDIDATES}.")
  ConsoleKind console;

  /** Creates the command; picocli fills the options. */
  public SimulatorMain() {}

  /**
   * Runs the command.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "ferrum-ironic-simulator-logback.xml");
    }
    System.exit(new CommandLine(new SimulatorMain()).execute(args));
  }

  /**
   * Starts the simulator, prints its base URL and waits for the process to be stopped.
   *
   * @return the exit code
   * @throws InterruptedException if interrupted while waiting
   */
  @Override
  public Integer call() throws InterruptedException {
    Timings timings = Timings.FAST.withDefault(stepTime);
    if (deployTime != null) {
      timings = timings.with("deploying", deployTime);
    }
    if (cleanTime != null) {
      timings = timings.with("cleaning", cleanTime);
    }
    if (powerTime != null) {
      timings = timings.with("power", powerTime);
    }
    NodeSeed.Builder profile =
        NodeSeed.builder(0)
            .provisionState(provisionState)
            .resourceClass(resourceClass)
            .cpus(cpus)
            .memoryMb(memoryMb)
            .localGb(localGb)
            .cpuArch(cpuArch)
            .traits(traits)
            .conductorGroup(conductorGroup)
            .shard(shard)
            .portsPerNode(portsPerNode);
    IronicSimulator sim =
        IronicSimulator.builder()
            .host(host)
            .port(port)
            .nodes(nodes)
            .nodeProfile(profile)
            .microversions(Microversions.parse(microversions))
            .timings(timings)
            .maxLimit(maxLimit)
            .lockRetry(lockRetry)
            .automatedClean(automatedClean)
            .console(console)
            .build()
            .start();
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> {
              sim.close();
              stop.countDown();
            }));
    System.out.println(sim.baseUri());
    System.out.flush();
    stop.await();
    return 0;
  }
}
