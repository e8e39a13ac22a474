package dev.ferrum.bench.service;

import dev.ferrum.service.ServeMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ferrum serve} ({@link ServeMain}) as a child process of the benchmark JVM: same JDK, the
 * benchmark's own class path, output to a log file. Package-private.
 */
final class ChildServe implements AutoCloseable {
  private static final Pattern HEAP = Pattern.compile("(?:total|committed) (\\d+)K, used (\\d+)K");
  private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

  private final Process process;
  private final Path log;

  private ChildServe(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * Launches {@code java [jvmArgs] -cp <ours> ServeMain [serveArgs]}.
   *
   * @return the running child; {@link #close} stops it
   */
  static ChildServe launch(List<String> jvmArgs, List<String> serveArgs, Path log)
      throws IOException {
    Objects.requireNonNull(log, "log");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(ServeMain.class.getName());
    cmd.addAll(serveArgs);
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    return new ChildServe(p, log);
  }

  /** A loopback port free at the time of the call. */
  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  long pid() {
    return process.pid();
  }

  /** CPU time the child has used so far (all its threads), or zero where the OS does not say. */
  java.time.Duration cpuTime() {
    return process.info().totalCpuDuration().orElse(java.time.Duration.ZERO);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** The last lines of the child's output, for error messages. */
  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Runs {@code jcmd <pid> GC.run}. */
  void gc() throws IOException, InterruptedException {
    jcmd("GC.run");
  }

  /** Heap committed and used, in bytes. */
  record Heap(long committed, long used) {}

  /**
   * The heap now, from {@code jcmd <pid> GC.heap_info}: "total" (JDK 21) or "committed" (JDK 25),
   * "used".
   */
  Heap heap() throws IOException, InterruptedException {
    return parseHeap(jcmd("GC.heap_info"));
  }

  /** Reads the first "total|committed NK, used NK" of a {@code GC.heap_info} output. */
  static Heap parseHeap(String heapInfo) {
    Matcher m = HEAP.matcher(heapInfo);
    if (!m.find()) {
      throw new IllegalStateException("no heap figure in: " + heapInfo);
    }
    return new Heap(Long.parseLong(m.group(1)) * 1024, Long.parseLong(m.group(2)) * 1024);
  }

  /** Resident set size in bytes, from {@code /proc/<pid>/status}. */
  long rssBytes() throws IOException {
    String status = Files.readString(Path.of("/proc", Long.toString(pid()), "status"));
    Matcher m = RSS.matcher(status);
    if (!m.find()) {
      throw new IllegalStateException("no VmRSS for " + pid());
    }
    return Long.parseLong(m.group(1)) * 1024;
  }

  private String jcmd(String command) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p =
        new ProcessBuilder(jcmd.toString(), Long.toString(pid()), command)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException("jcmd " + command + " failed: " + out);
    }
    return out;
  }

  /** Stops the child: SIGTERM (its shutdown hook closes the service), then a kill after 30 s. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  static void writeConfig(Path file, String yaml) {
    try {
      Files.writeString(file, yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
