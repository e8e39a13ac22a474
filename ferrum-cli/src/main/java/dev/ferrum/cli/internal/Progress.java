package dev.ferrum.cli.internal;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code --wait} progress bar on stderr: redrawn in place on a terminal, one line per change
 * otherwise (so logs and CI output stay readable).
 *
 * <p>The fill comes from the server's {@code progress} when the service reports it, else from the
 * position of the task state among the operation's known phases (e.g. scheduling, block device
 * mapping, networking, spawning for a build); the phase-based fill never moves backwards.
 */
public final class Progress {

  static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private final String label;
  private final List<String> phases;
  private String lastKey;
  private int lastLength;
  private int lastPercent;

  /**
   * A progress display.
   *
   * @param err where to draw (stderr)
   * @param terminal whether to redraw in place
   * @param label what is being waited for, e.g. the server name
   * @param phases the operation's task states in order
   */
  public Progress(PrintWriter err, boolean terminal, String label, List<String> phases) {
    this.err = Objects.requireNonNull(err, "err");
    this.terminal = terminal;
    this.label = Objects.requireNonNull(label, "label");
    this.phases =
        Objects.requireNonNull(phases, "phases").stream().map(Progress::normalize).toList();
  }

  /**
   * Shows the current state.
   *
   * @param status the API status
   * @param taskState the task state, if any
   * @param progress the reported progress percent, if any
   * @param done whether this is the final state
   * @param elapsed time since the wait began
   */
  public void update(
      String status,
      Optional<String> taskState,
      Optional<Integer> progress,
      boolean done,
      Duration elapsed) {
    int percent = percent(taskState, progress, done);
    String state = status + taskState.map(t -> " " + t).orElse("");
    String key = state + "|" + percent;
    String line =
        bar(percent)
            + " "
            + pad(percent)
            + "% "
            + label
            + ": "
            + state
            + " ("
            + seconds(elapsed)
            + ")";
    if (terminal) {
      int padding = Math.max(0, lastLength - line.length());
      err.print("\r" + line + " ".repeat(padding));
      lastLength = line.length();
    } else if (!key.equals(lastKey)) {
      err.println(line);
    }
    lastKey = key;
    err.flush();
  }

  /** Ends the display (a line break after an in-place bar). */
  public void finish() {
    if (terminal && lastLength > 0) {
      err.println();
      err.flush();
      lastLength = 0;
    }
  }

  private int percent(Optional<String> taskState, Optional<Integer> progress, boolean done) {
    if (done) {
      lastPercent = 100;
    } else if (progress.isPresent()) {
      lastPercent = Math.clamp(progress.get(), 0, 99);
    } else if (taskState.isPresent()) {
      int at = phases.indexOf(normalize(taskState.get()));
      if (at >= 0) {
        // Never backwards: services differ in the order of networking and block device mapping.
        lastPercent = Math.max(lastPercent, (at + 1) * 100 / (phases.size() + 1));
      }
    }
    return lastPercent;
  }

  /** Nova spells some task states with hyphens ({@code powering-off}); match either spelling. */
  private static String normalize(String taskState) {
    return taskState.replace('-', '_');
  }

  static String bar(int percent) {
    int filled = percent * WIDTH / 100;
    return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "]";
  }

  private static String pad(int percent) {
    String s = Integer.toString(percent);
    return " ".repeat(3 - s.length()) + s;
  }

  private static String seconds(Duration d) {
    long s = d.toSeconds();
    return s < 60 ? s + "s" : (s / 60) + "m" + (s % 60) + "s";
  }
}
