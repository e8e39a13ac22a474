package dev.ferrum.driver.cache;

import java.time.Duration;
import java.util.Objects;

/**
 * How the node cache refreshes: always with a full listing (Nova), or mostly incrementally.
 *
 * <p>Exists because a full listing of a large Ironic costs seconds and megabytes on every period,
 * while between two periods only a few nodes change. An incremental refresh lists nodes sorted by
 * {@code updated_at}, newest first, and stops at the previous refresh's high-water mark (minus
 * {@link #overlap()}, for commits that land late and for clock granularity). Deleted nodes and
 * nodes that leave the conductor group or shard never show up in such a listing, so a full refresh
 * still runs every {@link #fullRefreshInterval()}.
 *
 * @param fullRefreshInterval {@code full_refresh_interval}: time between two full refreshes; {@link
 *     Duration#ZERO} makes every refresh full (Nova's behaviour, the default)
 * @param overlap how far before the high-water mark an incremental listing still reads
 * @param pageSize page size of the incremental listing (full node bodies, so small pages)
 */
public record RefreshPolicy(Duration fullRefreshInterval, Duration overlap, int pageSize) {

  /** Every refresh is a full listing, as in Nova. */
  public static final RefreshPolicy ALWAYS_FULL =
      new RefreshPolicy(Duration.ZERO, Duration.ofSeconds(2), 100);

  /** Validates the values. */
  public RefreshPolicy {
    Objects.requireNonNull(fullRefreshInterval, "fullRefreshInterval");
    Objects.requireNonNull(overlap, "overlap");
    if (fullRefreshInterval.isNegative()) {
      throw new IllegalArgumentException("full_refresh_interval must be >= 0");
    }
    if (overlap.isNegative()) {
      throw new IllegalArgumentException("overlap must be >= 0");
    }
    if (pageSize < 1 || pageSize > 1000) {
      throw new IllegalArgumentException("pageSize must be 1..1000, was " + pageSize);
    }
  }

  /**
   * Incremental refreshes with a full one every {@code fullRefreshInterval}, a 2-second overlap and
   * pages of 100 nodes.
   *
   * @param fullRefreshInterval time between full refreshes (positive)
   * @return the policy
   */
  public static RefreshPolicy incremental(Duration fullRefreshInterval) {
    if (fullRefreshInterval.isZero()) {
      throw new IllegalArgumentException("an incremental policy needs a full_refresh_interval > 0");
    }
    return new RefreshPolicy(fullRefreshInterval, Duration.ofSeconds(2), 100);
  }

  /**
   * Whether refreshes between two full ones are incremental.
   *
   * @return {@code false} for {@link #ALWAYS_FULL}
   */
  public boolean isIncremental() {
    return !fullRefreshInterval.isZero();
  }
}
