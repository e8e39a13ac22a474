package dev.ferrum.bench.storm;

/**
 * One way of driving an instance through Ironic: the driver, or the per-operation polling baseline.
 * Both methods block until Ironic reports the operation done; implementations are thread-safe.
 */
interface Lifecycle extends AutoCloseable {

  /** A short name for the tables. */
  String name();

  /** Reserves the slot's node and deploys it; returns once the node is {@code active}. */
  void spawn(Slot slot);

  /** Tears the slot's instance down; returns once the node is free again. */
  void destroy(Slot slot);

  @Override
  void close();
}
