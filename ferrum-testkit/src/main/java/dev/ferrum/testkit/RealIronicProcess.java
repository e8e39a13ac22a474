package dev.ferrum.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real Ironic (Debian's packages, fake-hardware, sqlite, 127.0.0.1) for integration tests,
 * started with {@code scripts/ironic/start-ironic.sh} and stopped with {@code stop-ironic.sh},
 * following the contract in {@code scripts/ironic/README.md}: the harness never writes Ironic
 * configuration itself, passes the password only in the environment, and always stops what it
 * started (on {@link #close()} and, as a safety net, from a JVM shutdown hook).
 *
 * <p>Exists so the conformance suite and the service's client-compatibility tests start Ironic the
 * same way.
 */
public final class RealIronicProcess implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RealIronicProcess.class);
  private static final Path IRONIC = Path.of("/usr/bin/ironic");
  private static final Path DBSYNC = Path.of("/usr/bin/ironic-dbsync");
  private static final long READY_TIMEOUT_SECONDS = 60;

  private final Path repoRoot;
  private final Path stateDir;
  private final URI baseUri;
  private final Thread shutdownHook;
  private boolean stopped;

  private RealIronicProcess(Path repoRoot, Path stateDir, URI baseUri) {
    this.repoRoot = repoRoot;
    this.stateDir = stateDir;
    this.baseUri = baseUri;
    this.shutdownHook = new Thread(this::stopQuietly, "stop-ironic-" + stateDir.getFileName());
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Whether Debian's Ironic is installed here. */
  public static boolean installed() {
    return Files.isExecutable(IRONIC) && Files.isExecutable(DBSYNC);
  }

  /**
   * Starts an empty Ironic in {@code target/ironic/<name>} and waits until it is ready.
   *
   * @param name the state directory's name, e.g. {@code real-noauth}
   * @param authMode {@code noauth} or {@code http_basic}
   * @param user the http_basic user, or null
   * @param password the http_basic password, or null; passed in the environment only
   * @param extraConf an extra oslo.config file, or null
   * @throws IllegalStateException if the script fails (exit code and stderr tail in the message)
   */
  public static RealIronicProcess start(
      String name, String authMode, String user, String password, Path extraConf) {
    Path repoRoot = repoRoot();
    Path ironicDir = Path.of("target", "ironic").toAbsolutePath();
    Path stateDir = ironicDir.resolve(name);
    Path log = ironicDir.resolve(name + ".start.log");
    try {
      if (Files.exists(stateDir.resolve("ironic.pid"))) {
        runStop(repoRoot, stateDir); // left over from a killed run
      }
      deleteTree(stateDir);
      Files.createDirectories(ironicDir);
      ProcessBuilder pb =
          new ProcessBuilder(
              repoRoot.resolve("scripts/ironic/start-ironic.sh").toString(), stateDir.toString());
      Map<String, String> env = pb.environment();
      env.keySet().removeIf(k -> k.startsWith("FERRUM_IRONIC_"));
      env.put("FERRUM_IRONIC_INSTALL", "never");
      env.put("FERRUM_IRONIC_AUTH", authMode);
      env.put("FERRUM_IRONIC_READY_TIMEOUT", Long.toString(READY_TIMEOUT_SECONDS));
      if (user != null) {
        env.put("FERRUM_IRONIC_USER", user);
        env.put("FERRUM_IRONIC_PASSWORD", Objects.requireNonNull(password, "password"));
      }
      if (extraConf != null) {
        env.put("FERRUM_IRONIC_EXTRA_CONF", extraConf.toString());
      }
      pb.redirectErrorStream(false).redirectError(log.toFile());
      long t0 = System.nanoTime();
      Process p = pb.start();
      p.getOutputStream().close();
      CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readAll(p));
      if (!p.waitFor(READY_TIMEOUT_SECONDS + 30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        runStop(repoRoot, stateDir);
        throw new IllegalStateException(
            "start-ironic.sh did not finish in time; stderr tail:\n" + tail(log));
      }
      String out = stdout.get(10, TimeUnit.SECONDS).strip();
      if (p.exitValue() != 0) {
        runStop(repoRoot, stateDir);
        throw new IllegalStateException(
            "start-ironic.sh exited "
                + p.exitValue()
                + (p.exitValue() == 3 ? " (Ironic not installed)" : "")
                + "; stderr tail:\n"
                + tail(log));
      }
      URI uri = URI.create(out);
      LOG.info(
          "real Ironic ({}) ready at {} in {} ms",
          name,
          uri,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
      return new RealIronicProcess(repoRoot, stateDir, uri);
    } catch (IOException | ExecutionException e) {
      throw new IllegalStateException("cannot run start-ironic.sh: " + e, e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("start-ironic.sh output not readable in time", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting Ironic", e);
    }
  }

  /**
   * Starts an empty {@code noauth} Ironic in {@code target/ironic/<name>}.
   *
   * @param name the state directory's name
   * @return the running Ironic
   * @throws IllegalStateException if the script fails
   */
  public static RealIronicProcess start(String name) {
    return start(name, "noauth", null, null, null);
  }

  /**
   * The base URL the script printed, without {@code /v1}.
   *
   * @return the base URL
   */
  public URI baseUri() {
    return baseUri;
  }

  /** Runs {@code stop-ironic.sh} and checks it exits 0. */
  @Override
  public synchronized void close() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or will run; stopping twice is harmless
    }
    int code = runStop(repoRoot, stateDir);
    if (code != 0) {
      throw new IllegalStateException("stop-ironic.sh " + stateDir + " exited " + code);
    }
  }

  private synchronized void stopQuietly() {
    if (!stopped) {
      stopped = true;
      runStop(repoRoot, stateDir);
    }
  }

  private static int runStop(Path repoRoot, Path stateDir) {
    try {
      Process p =
          new ProcessBuilder(
                  repoRoot.resolve("scripts/ironic/stop-ironic.sh").toString(), stateDir.toString())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(stateDir.resolveSibling(stateDir.getFileName() + ".stop.log").toFile())
              .start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return -1;
      }
      return p.exitValue();
    } catch (IOException e) {
      LOG.warn("cannot run stop-ironic.sh for {}: {}", stateDir, e.toString());
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** The directory holding {@code scripts/ironic/start-ironic.sh}, found walking up from here. */
  private static Path repoRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("scripts/ironic/start-ironic.sh"))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "scripts/ironic/start-ironic.sh not found above " + Path.of("").toAbsolutePath());
  }

  private static String readAll(Process p) {
    try (InputStream in = p.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no stderr: " + e + ")";
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
