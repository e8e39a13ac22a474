package dev.ferrum.ironic.client.model;

import java.util.Objects;

/**
 * The microversion range an Ironic endpoint serves, read from its root document ({@code GET /}:
 * {@code default_version.min_version} and {@code default_version.version}).
 *
 * <p>Exists so negotiation has one cached fact to work from instead of asking the server again on
 * every call.
 *
 * @param minimum the oldest microversion the server accepts
 * @param maximum the newest microversion the server accepts
 */
public record ApiVersion(Microversion minimum, Microversion maximum) {

  /** Rejects an empty range. */
  public ApiVersion {
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(maximum, "maximum");
    if (minimum.compareTo(maximum) > 0) {
      throw new IllegalArgumentException("empty version range [" + minimum + ", " + maximum + "]");
    }
  }

  /** {@code true} if {@code version} lies in {@code [minimum, maximum]}. */
  public boolean supports(Microversion version) {
    return version.atLeast(minimum) && maximum.atLeast(version);
  }

  @Override
  public String toString() {
    return "[" + minimum + ", " + maximum + "]";
  }
}
