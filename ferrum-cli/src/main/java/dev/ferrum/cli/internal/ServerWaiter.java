package dev.ferrum.cli.internal;

import dev.ferrum.cli.WaitFailedException;
import dev.ferrum.cli.api.NotFoundException;
import dev.ferrum.cli.api.NovaApi;
import dev.ferrum.cli.api.Server;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Polls {@code GET /servers/{id}} until an operation finishes, showing {@link Progress}: done when
 * the status is one of the wanted ones and no task runs, failed on ERROR (with the server's fault)
 * or when the timeout passes. Bounded by the timeout, so it never loops forever.
 */
public final class ServerWaiter {

  /** Task states of a build, in order. */
  public static final List<String> BUILD_PHASES =
      List.of("scheduling", "block_device_mapping", "networking", "spawning");

  /** Task states of a rebuild, in order. */
  public static final List<String> REBUILD_PHASES =
      List.of("rebuilding", "rebuild_block_device_mapping", "rebuild_spawning");

  private final NovaApi api;
  private final PrintWriter err;
  private final boolean terminal;
  private final Duration interval;
  private final Duration timeout;

  /**
   * A waiter.
   *
   * @param api the API to poll
   * @param err where progress goes
   * @param terminal whether err is a terminal
   * @param interval time between polls
   * @param timeout how long to wait at most
   */
  public ServerWaiter(
      NovaApi api, PrintWriter err, boolean terminal, Duration interval, Duration timeout) {
    this.api = Objects.requireNonNull(api, "api");
    this.err = Objects.requireNonNull(err, "err");
    this.terminal = terminal;
    this.interval = Objects.requireNonNull(interval, "interval");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * Waits until the server reaches one of {@code statuses} with no task state.
   *
   * @param id the server
   * @param label how to name it in the display
   * @param statuses the wanted API statuses
   * @param phases the operation's task states, for the bar
   * @return the server in its final state
   * @throws WaitFailedException on ERROR or timeout
   */
  public Server await(String id, String label, Set<String> statuses, List<String> phases) {
    Progress progress = new Progress(err, terminal, label, phases);
    long start = System.nanoTime();
    try {
      while (true) {
        Server s = api.getServer(id);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        boolean done = statuses.contains(s.status()) && s.taskState().isEmpty();
        progress.update(s.status(), s.taskState(), s.progress(), done, elapsed);
        if (done) {
          return s;
        }
        if (s.status().equals("ERROR")) {
          progress.finish();
          throw new WaitFailedException(
              "Server "
                  + label
                  + " went to ERROR: "
                  + s.faultMessage().orElse("(the service gave no fault message)"));
        }
        sleepOrTimeOut(start, label, s.status() + s.taskState().map(t -> "/" + t).orElse(""));
      }
    } finally {
      progress.finish();
    }
  }

  /**
   * Waits until {@code GET /servers/{id}} answers 404.
   *
   * @throws WaitFailedException when the server goes to ERROR or the timeout passes
   */
  public void awaitDeleted(String id, String label) {
    Progress progress = new Progress(err, terminal, label, List.of("deleting"));
    long start = System.nanoTime();
    try {
      while (true) {
        Server s;
        try {
          s = api.getServer(id);
        } catch (NotFoundException e) {
          progress.update(
              "DELETED",
              Optional.empty(),
              Optional.empty(),
              true,
              Duration.ofNanos(System.nanoTime() - start));
          return;
        }
        progress.update(
            s.status(),
            s.taskState(),
            s.progress(),
            false,
            Duration.ofNanos(System.nanoTime() - start));
        if (s.status().equals("ERROR") && s.taskState().isEmpty()) {
          throw new WaitFailedException(
              "Server "
                  + label
                  + " went to ERROR while deleting: "
                  + s.faultMessage().orElse("(the service gave no fault message)"));
        }
        sleepOrTimeOut(start, label, s.status());
      }
    } finally {
      progress.finish();
    }
  }

  private void sleepOrTimeOut(long start, String label, String state) {
    Duration left = timeout.minus(Duration.ofNanos(System.nanoTime() - start));
    if (left.isNegative() || left.isZero()) {
      throw new WaitFailedException(
          "Timed out after "
              + Durations.format(timeout)
              + " waiting for server "
              + label
              + " (last state "
              + state
              + ")");
    }
    try {
      Thread.sleep(interval.compareTo(left) < 0 ? interval : left);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WaitFailedException("Interrupted while waiting for server " + label);
    }
  }
}
