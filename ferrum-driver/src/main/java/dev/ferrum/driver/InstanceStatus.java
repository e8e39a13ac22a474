package dev.ferrum.driver;

/**
 * The manager's view of an instance's {@code vm_state} and {@code task_state}, read fresh during
 * long waits.
 *
 * <p>Exists so the deploy wait can stop when the user deletes the instance meanwhile (Nova's {@code
 * instance.refresh()} in {@code _wait_for_active}) without the driver knowing any database.
 *
 * @param vmState Nova's vm_state, e.g. {@code building}, {@code active}, {@code error}, {@code
 *     deleted}
 * @param taskState Nova's task_state, e.g. {@code spawning}, {@code deleting}, {@code
 *     rebuild_spawning}; {@code null} when none
 */
public record InstanceStatus(String vmState, String taskState) {

  /** vm_state {@code error}. */
  public static final String VM_ERROR = "error";

  /** vm_state {@code deleted}. */
  public static final String VM_DELETED = "deleted";

  /** task_state {@code deleting}. */
  public static final String TASK_DELETING = "deleting";

  /** task_state {@code rebuilding}. */
  public static final String TASK_REBUILDING = "rebuilding";

  /** task_state {@code rebuild_spawning}. */
  public static final String TASK_REBUILD_SPAWNING = "rebuild_spawning";

  /**
   * Whether a deploy in progress must stop: the instance is being deleted, was deleted, or went to
   * error, unless it is in its rebuild's spawning phase (rebuilding an errored instance is
   * allowed).
   */
  public boolean deployAborted() {
    if (TASK_REBUILD_SPAWNING.equals(taskState)) {
      return false;
    }
    return TASK_DELETING.equals(taskState)
        || VM_ERROR.equals(vmState)
        || VM_DELETED.equals(vmState);
  }
}
