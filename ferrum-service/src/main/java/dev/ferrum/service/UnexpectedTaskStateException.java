package dev.ferrum.service;

/**
 * A server's task state was not what the writer expected when it tried to save: another operation
 * (a delete, a reboot) got there first. This is Nova's {@code UnexpectedTaskStateError} from {@code
 * instance.save(expected_task_state=…)}, the guard that keeps two operations from interleaving.
 */
public final class UnexpectedTaskStateException extends ConflictException {
  private final String serverId;
  private final String actual;

  /**
   * Creates the exception.
   *
   * @param serverId the server's uuid
   * @param expected a description of the expected task states
   * @param actual the task state found, or {@code null} for none
   */
  public UnexpectedTaskStateException(String serverId, String expected, String actual) {
    super(
        "Unexpected task state for server "
            + serverId
            + ": expecting "
            + expected
            + " but the actual state is "
            + actual);
    this.serverId = serverId;
    this.actual = actual;
  }

  /**
   * Returns the server whose save was refused.
   *
   * @return the server uuid
   */
  public String serverId() {
    return serverId;
  }

  /**
   * Returns the task state found in the database.
   *
   * @return Nova's task state name, or {@code null} for none
   */
  public String actual() {
    return actual;
  }
}
