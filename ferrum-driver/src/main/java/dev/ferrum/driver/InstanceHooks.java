package dev.ferrum.driver;

/**
 * Callbacks from the driver into the compute manager's instance record during spawn and rebuild.
 *
 * <p>Exists because Nova's driver reads and writes the instance mid-operation ({@code refresh()},
 * {@code save()}), while Ferrum's driver has no database: the manager supplies these three
 * operations and keeps its own persistence. Implementations must be thread-safe; the deploy wait
 * calls {@link #refresh()} from the watcher's thread.
 */
public interface InstanceHooks {

  /** The instance's current vm_state and task_state. */
  InstanceStatus refresh();

  /**
   * Records the instance's default ephemeral device ({@code /dev/sda1} for flavors with an
   * ephemeral disk; cloud-init reads it from metadata).
   */
  void setDefaultEphemeralDevice(String device);

  /**
   * Moves the task state to {@code taskState} if it currently is {@code expectedTaskState};
   * otherwise throws (Nova's {@code UnexpectedTaskStateError}), which the driver lets propagate.
   */
  void updateTaskState(String taskState, String expectedTaskState);

  /** Hooks for callers without an instance store: never aborted, writes ignored. */
  static InstanceHooks none() {
    return new InstanceHooks() {
      @Override
      public InstanceStatus refresh() {
        return new InstanceStatus("building", null);
      }

      @Override
      public void setDefaultEphemeralDevice(String device) {}

      @Override
      public void updateTaskState(String taskState, String expectedTaskState) {}
    };
  }
}
