package dev.ferrum.cli;

/**
 * The root of the command line's own failures (configuration, waiting), so the top command maps
 * every expected failure to a message on stderr and exit code 1 instead of a stack trace.
 */
public class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure with the message the user sees. */
  public CliException(String message) {
    super(message);
  }

  /** A failure with the message the user sees and its cause. */
  public CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
