package dev.ferrum.driver.resources;

/**
 * One Placement inventory record of a node's resource provider.
 *
 * <p>It exists because Placement needs all six numbers, and for a bare-metal node they are fixed
 * except {@code reserved}: a node is one unit of its custom resource class, reserved while it must
 * not be offered to the scheduler.
 *
 * @param total units in the provider (1)
 * @param reserved units not offered to the scheduler (0 or 1)
 * @param minUnit smallest allocation (1)
 * @param maxUnit largest allocation (1)
 * @param stepSize allocation granularity (1)
 * @param allocationRatio overcommit ratio (1.0)
 */
public record InventoryItem(
    int total, int reserved, int minUnit, int maxUnit, int stepSize, double allocationRatio) {

  /** Rejects values Placement would reject. */
  public InventoryItem {
    if (total < 1 || reserved < 0 || reserved > total) {
      throw new IllegalArgumentException(
          "need total >= 1 and 0 <= reserved <= total, got " + total + "/" + reserved);
    }
    if (minUnit < 1 || maxUnit < minUnit || stepSize < 1 || allocationRatio <= 0) {
      throw new IllegalArgumentException("invalid unit sizes or allocation ratio");
    }
  }

  /**
   * The record of one whole bare-metal node.
   *
   * @param reserved whether the node must not be offered to the scheduler
   * @return {@code total 1, reserved 0|1, min_unit 1, max_unit 1, step_size 1, ratio 1.0}
   */
  public static InventoryItem singleNode(boolean reserved) {
    return new InventoryItem(1, reserved ? 1 : 0, 1, 1, 1, 1.0);
  }
}
