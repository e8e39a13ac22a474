package dev.ferrum.ironic.client.auth;

import java.util.Locale;
import java.util.Objects;

/**
 * Which of a service's catalog endpoints to use, as OpenStack configuration's {@code interface}
 * says: clouds usually publish the same Ironic on a public, an internal and an admin URL, and only
 * some of them are reachable from where the client runs.
 */
public enum EndpointInterface {
  /** The URL reachable by users; the default. */
  PUBLIC,
  /** The URL on the cloud's internal network. */
  INTERNAL,
  /** The admin URL (rare for Ironic). */
  ADMIN;

  /** The name as Keystone's catalog spells it: {@code public}, {@code internal}, {@code admin}. */
  public String catalogName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses the configuration spelling: {@code public}, {@code internal}, {@code admin}, any case,
   * also the old {@code publicURL}/{@code internalURL}/{@code adminURL} forms.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static EndpointInterface parse(String value) {
    Objects.requireNonNull(value, "value");
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.endsWith("url")) {
      v = v.substring(0, v.length() - 3);
    }
    for (EndpointInterface i : values()) {
      if (i.catalogName().equals(v)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "unknown endpoint interface '" + value + "': expected public, internal or admin");
  }
}
