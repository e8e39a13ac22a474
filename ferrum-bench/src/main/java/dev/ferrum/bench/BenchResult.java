package dev.ferrum.bench;

import java.util.List;
import java.util.Objects;

/**
 * What one benchmark measured: its figures and free-text notes (sizes, what limits a miss).
 *
 * <p>Exists so results print as one table format, whatever the benchmark.
 *
 * @param benchmark the benchmark's name
 * @param description what it measures
 * @param figures the figures, in print order
 * @param notes lines printed under the table (run parameters, explanations)
 */
public record BenchResult(
    String benchmark, String description, List<Figure> figures, List<String> notes) {

  /** Checks and copies the inputs. */
  public BenchResult {
    Objects.requireNonNull(benchmark, "benchmark");
    Objects.requireNonNull(description, "description");
    figures = List.copyOf(figures);
    notes = List.copyOf(notes);
  }

  /**
   * Whether every figure with a target met it.
   *
   * @return {@code true} if no target was missed
   */
  public boolean allTargetsMet() {
    return figures.stream().allMatch(f -> f.met().orElse(true));
  }

  /**
   * The result as a Markdown table with a header line and the notes.
   *
   * @return printable text, ending with a newline
   */
  public String toTable() {
    String[] head = {"figure", "value", "target", "met?"};
    String[][] rows = new String[figures.size()][];
    for (int i = 0; i < rows.length; i++) {
      Figure f = figures.get(i);
      rows[i] =
          new String[] {
            f.name(),
            f.formattedValue(),
            f.formattedTarget(),
            f.met().map(m -> m ? "yes" : "NO").orElse("-")
          };
    }
    int[] w = new int[head.length];
    for (int c = 0; c < head.length; c++) {
      w[c] = head[c].length();
      for (String[] r : rows) {
        w[c] = Math.max(w[c], r[c].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("### ").append(benchmark).append(" - ").append(description).append("\n\n");
    row(sb, head, w);
    StringBuilder sep = new StringBuilder("|");
    for (int c = 0; c < w.length; c++) {
      sep.append("-".repeat(w[c] + 2)).append('|');
    }
    sb.append(sep).append('\n');
    for (String[] r : rows) {
      row(sb, r, w);
    }
    if (!notes.isEmpty()) {
      sb.append('\n');
      notes.forEach(n -> sb.append("- ").append(n).append('\n'));
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String[] cells, int[] w) {
    sb.append('|');
    for (int c = 0; c < cells.length; c++) {
      sb.append(' ').append(cells[c]).append(" ".repeat(w[c] - cells[c].length())).append(" |");
    }
    sb.append('\n');
  }
}
