package dev.ferrum.bench.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * A snapshot of the simulator's request counters (method and route template to count), and
 * differences between snapshots. Internal.
 *
 * @param byRoute counts by route
 */
public record RequestCounts(Map<String, Long> byRoute) {

  /** Copies the counts into sorted order. */
  public RequestCounts {
    byRoute = Map.copyOf(byRoute);
  }

  /**
   * All requests.
   *
   * @return the sum over every route
   */
  public long total() {
    return byRoute.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * The requests made since {@code earlier}.
   *
   * @param earlier an older snapshot of the same counters
   * @return per-route differences (routes with none left out)
   */
  public RequestCounts since(RequestCounts earlier) {
    Map<String, Long> d = new TreeMap<>();
    byRoute.forEach((k, v) -> {
      long n = v - earlier.byRoute.getOrDefault(k, 0L);
      if (n != 0) {
        d.put(k, n);
      }
    });
    return new RequestCounts(d);
  }

  /**
   * The sum of two sets of counts.
   *
   * @param other more counts
   * @return per-route sums
   */
  public RequestCounts plus(RequestCounts other) {
    Map<String, Long> s = new TreeMap<>(byRoute);
    other.byRoute.forEach((k, v) -> s.merge(k, v, Long::sum));
    return new RequestCounts(s);
  }

  /**
   * The counts divided by {@code n}, as text sorted by route (e.g. {@code GET /v1/nodes/{node}
   * 3.00}).
   *
   * @param n the divisor, e.g. the number of lifecycles
   * @return one line per route, comma-separated
   */
  public String perUnit(int n) {
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(byRoute)
        .forEach((k, v) -> {
          if (!sb.isEmpty()) {
            sb.append(", ");
          }
          sb.append('`')
              .append(k)
              .append("` ")
              .append(String.format(java.util.Locale.ROOT, "%.2f", (double) v / n));
        });
    return sb.toString();
  }
}
