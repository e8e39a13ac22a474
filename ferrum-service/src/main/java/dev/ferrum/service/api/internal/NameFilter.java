package dev.ferrum.service.api.internal;

import dev.ferrum.service.InvalidRequestException;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code name} filter of server listings: like Nova, a regular expression searched in each
 * name, and like Nova's fallback, a literal substring when the text is not a valid expression.
 *
 * <p>A user-supplied expression can backtrack catastrophically ({@code (a+)+$}), so the filter has
 * a time budget for one whole listing; matching reads the name through a {@link CharSequence} that
 * checks the deadline, and an expression that exceeds it is refused with a 400 instead of holding a
 * request thread (CWE-1333).
 */
final class NameFilter {

  /** Longest accepted expression; server names are at most 255 characters too. */
  static final int MAX_LENGTH = 255;

  private final Pattern pattern;
  private final long deadlineNanos;

  private NameFilter(Pattern pattern, Duration budget) {
    this.pattern = pattern;
    this.deadlineNanos = System.nanoTime() + budget.toNanos();
  }

  /**
   * Compiles the filter for one listing.
   *
   * @param expression the {@code name} query parameter
   * @param budget how long matching may take for the whole listing
   * @throws InvalidRequestException when the expression is too long
   */
  static NameFilter of(String expression, Duration budget) {
    Objects.requireNonNull(expression, "expression");
    if (expression.length() > MAX_LENGTH) {
      throw new InvalidRequestException(
          "Invalid input for query parameters name. Value: too long (at most "
              + MAX_LENGTH
              + " characters).");
    }
    Pattern p;
    try {
      p = Pattern.compile(expression);
    } catch (PatternSyntaxException e) {
      p = Pattern.compile(Pattern.quote(expression));
    }
    return new NameFilter(p, budget);
  }

  /**
   * Whether the expression is found in the name.
   *
   * @throws InvalidRequestException when the listing's budget is spent
   */
  boolean matches(String name) {
    Matcher m = pattern.matcher(new Deadlined(name));
    try {
      return m.find();
    } catch (BudgetSpent e) {
      throw new InvalidRequestException(
          "Invalid input for query parameters name. Value: the expression is too expensive to"
              + " evaluate.");
    }
  }

  private static final class BudgetSpent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BudgetSpent() {
      super(null, null, false, false);
    }
  }

  /** A name whose characters stop being readable once the budget is spent. */
  private final class Deadlined implements CharSequence {
    private final String text;
    private int reads;

    Deadlined(String text) {
      this.text = text;
    }

    @Override
    public char charAt(int index) {
      if ((++reads & 0xFFF) == 0 && System.nanoTime() > deadlineNanos) {
        throw new BudgetSpent();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.substring(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
