package dev.ferrum.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A JVM child process started by a test from the test's own JDK and class path, with its output in
 * a log file under {@code target/}. Exists so crash tests can SIGKILL a real service process and
 * start it again; the test only ever stops the processes it started, through their handles.
 */
final class JavaProcess implements AutoCloseable {
  private static final Duration POLL = Duration.ofMillis(100);

  private final String name;
  private final Process process;
  private final Path log;

  private JavaProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code mainClass} with the test's java and class path.
   *
   * @param name a short name, also the log file's name
   * @param logDir where the log goes
   * @param jvmOptions options before the main class
   * @param mainClass the main class
   * @param args its arguments
   * @return the running process
   */
  static JavaProcess start(
      String name, Path logDir, List<String> jvmOptions, String mainClass, List<String> args) {
    Objects.requireNonNull(name, "name");
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElseThrow(() -> new IllegalStateException("cannot tell this JVM's java command"));
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath());
    command.add(mainClass);
    command.addAll(args);
    try {
      Files.createDirectories(logDir);
      Path log = logDir.resolve(name + ".log");
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .start();
      return new JavaProcess(name, p, log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name, e);
    }
  }

  /** The class path of the test JVM (Surefire/Failsafe put the real one in these properties). */
  private static String classPath() {
    String cp = System.getProperty("surefire.test.class.path");
    if (cp == null || cp.isBlank()) {
      cp = System.getProperty("java.class.path");
    }
    return cp;
  }

  /**
   * Waits for a line of the log that matches.
   *
   * @param match the predicate
   * @param budget how long to wait
   * @return the first matching line
   * @throws IllegalStateException when the process dies or the budget runs out first
   */
  String awaitLine(Predicate<String> match, Duration budget) throws InterruptedException {
    long deadline = System.nanoTime() + budget.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<String> line = logText().lines().filter(match).findFirst();
      if (line.isPresent()) {
        return line.get();
      }
      if (!process.isAlive()) {
        Optional<String> last = logText().lines().filter(match).findFirst();
        if (last.isPresent()) {
          return last.get();
        }
        throw new IllegalStateException(name + " exited with " + process.exitValue());
      }
      Thread.sleep(POLL);
    }
    throw new IllegalStateException(name + " printed no matching line within " + budget);
  }

  /**
   * Sends SIGKILL ({@link Process#destroyForcibly()} on Linux) and waits for the process to end.
   *
   * @return the exit value (137 for a SIGKILL)
   */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException(name + " survived SIGKILL for 30 s");
    }
    return process.exitValue();
  }

  /**
   * The process handle, to check liveness independently of {@link Process}.
   *
   * @return the handle
   */
  ProcessHandle handle() {
    return process.toHandle();
  }

  boolean alive() {
    return process.isAlive();
  }

  String logText() {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e.getMessage() + ")";
    }
  }

  /** Prints the whole log to stderr (on failure). */
  void printLog() {
    System.err.println("===== " + name + " (" + log + ") =====");
    System.err.println(logText());
  }

  /** Stops the process if it still runs: SIGTERM, then SIGKILL after 10 s. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
