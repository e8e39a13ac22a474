package dev.ferrum.service.store;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The task states a server must be in for a save to go through: Nova's {@code
 * save(expected_task_state=…)}. The check and the write are one SQL statement, so two operations
 * racing on one server cannot both win.
 */
public final class ExpectedTaskState {
  private static final ExpectedTaskState ANY = new ExpectedTaskState(true, true, Set.of());

  private final boolean any;
  private final boolean allowNone;
  private final Set<TaskState> states;

  private ExpectedTaskState(boolean any, boolean allowNone, Set<TaskState> states) {
    this.any = any;
    this.allowNone = allowNone;
    this.states = states;
  }

  /**
   * Accepts whatever the task state is (no guard).
   *
   * @return the expectation
   */
  public static ExpectedTaskState any() {
    return ANY;
  }

  /**
   * Requires the server to have no task.
   *
   * @return the expectation
   */
  public static ExpectedTaskState none() {
    return new ExpectedTaskState(false, true, Set.of());
  }

  /**
   * Requires one of the given task states.
   *
   * @param first a state
   * @param more further states
   * @return the expectation
   */
  public static ExpectedTaskState oneOf(TaskState first, TaskState... more) {
    return new ExpectedTaskState(false, false, Set.copyOf(EnumSet.of(first, more)));
  }

  /**
   * Requires no task or one of the given task states.
   *
   * @param first a state
   * @param more further states
   * @return the expectation
   */
  public static ExpectedTaskState noneOr(TaskState first, TaskState... more) {
    return new ExpectedTaskState(false, true, Set.copyOf(EnumSet.of(first, more)));
  }

  /**
   * Tells whether the guard is off.
   *
   * @return {@code true} for {@link #any()}
   */
  public boolean isAny() {
    return any;
  }

  /**
   * Tells whether "no task" is accepted.
   *
   * @return the flag
   */
  public boolean allowsNone() {
    return allowNone;
  }

  /**
   * Returns the accepted task states (besides "none").
   *
   * @return the states
   */
  public Set<TaskState> states() {
    return states;
  }

  /**
   * Tells whether a task state satisfies this expectation.
   *
   * @param state the state, {@code null} for none
   * @return {@code true} if accepted
   */
  public boolean matches(TaskState state) {
    return any || (state == null ? allowNone : states.contains(state));
  }

  @Override
  public String toString() {
    if (any) {
      return "any";
    }
    String listed =
        states.stream().map(TaskState::wireValue).sorted().collect(Collectors.joining(", "));
    if (allowNone) {
      return listed.isEmpty() ? "[None]" : "[None, " + listed + "]";
    }
    return "[" + listed + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExpectedTaskState e
        && e.any == any
        && e.allowNone == allowNone
        && e.states.equals(states);
  }

  @Override
  public int hashCode() {
    return Objects.hash(any, allowNone, states);
  }
}
