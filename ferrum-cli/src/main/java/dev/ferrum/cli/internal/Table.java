package dev.ferrum.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An ASCII table like the {@code openstack} client prints ({@code +---+} borders, {@code |}
 * separators, left-aligned cells), so output looks familiar and stays plain ASCII in any terminal.
 */
public final class Table {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with these column headers. */
  public Table(String... headers) {
    this.headers = List.of(headers);
  }

  /** A two-column Field/Value table, as {@code show} commands print. */
  public static Table fieldValue() {
    return new Table("Field", "Value");
  }

  /** Adds a row; null cells print empty, line breaks become spaces. */
  public Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, table has " + headers.size() + " columns");
    }
    rows.add(Arrays.stream(cells).map(Table::cell).toList());
    return this;
  }

  /** The number of rows added. */
  public int size() {
    return rows.size();
  }

  /** Writes the table and flushes. */
  public void print(PrintWriter out) {
    Objects.requireNonNull(out, "out");
    out.print(render());
    out.flush();
  }

  /** The table as text, one line per row plus borders, each line ending in a newline. */
  public String render() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> r : rows) {
        widths[c] = Math.max(widths[c], r.get(c).length());
      }
    }
    StringBuilder b = new StringBuilder();
    String border = border(widths);
    b.append(border);
    line(b, headers, widths);
    b.append(border);
    for (List<String> r : rows) {
      line(b, r, widths);
    }
    if (!rows.isEmpty()) {
      b.append(border);
    }
    return b.toString();
  }

  private static String border(int[] widths) {
    StringBuilder b = new StringBuilder("+");
    for (int w : widths) {
      b.append("-".repeat(w + 2)).append('+');
    }
    return b.append('\n').toString();
  }

  private static void line(StringBuilder b, List<String> cells, int[] widths) {
    b.append('|');
    for (int c = 0; c < widths.length; c++) {
      String v = cells.get(c);
      b.append(' ').append(v).append(" ".repeat(widths[c] - v.length())).append(" |");
    }
    b.append('\n');
  }

  private static String cell(Object o) {
    if (o == null) {
      return "";
    }
    return o.toString().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
