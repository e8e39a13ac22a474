package dev.ferrum.ironic.client.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A token as cached: its value, when to stop handing it out, its catalog, and a generation number
 * telling one renewal from the next.
 */
record KeystoneToken(
    String value, Instant expiresAt, Instant renewAt, ServiceCatalog catalog, long generation) {

  KeystoneToken {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(renewAt, "renewAt");
    Objects.requireNonNull(catalog, "catalog");
  }

  /** The same token, next due for renewal at {@code renewAt}. */
  KeystoneToken renewingAt(Instant renewAt) {
    return new KeystoneToken(value, expiresAt, renewAt, catalog, generation);
  }

  boolean usableAt(Instant now) {
    return now.isBefore(renewAt);
  }

  @Override
  public String toString() {
    return "KeystoneToken[value=***, expiresAt=" + expiresAt + ", renewAt=" + renewAt + "]";
  }
}
