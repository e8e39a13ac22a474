package dev.ferrum.conformance;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The Ironic endpoints the suite runs against, selected per Failsafe execution with the system
 * property {@code ferrum.conformance.target}, so one JVM tests exactly one target and its report
 * and summary line stay separate.
 */
enum TargetKind {
  /** The in-process simulator, noauth: every capability, so nothing may be skipped on it. */
  SIMULATOR("simulator", "noauth", EnumSet.allOf(Capability.class)),
  /** A real Ironic (fake-hardware) with {@code auth_strategy = noauth}. */
  REAL_NOAUTH("real-noauth", "noauth", EnumSet.noneOf(Capability.class)),
  /** A real Ironic (fake-hardware) with {@code auth_strategy = http_basic}. */
  REAL_HTTP_BASIC("real-http-basic", "http_basic", EnumSet.noneOf(Capability.class));

  /** The system property naming the target of this JVM. */
  static final String TARGET_PROPERTY = "ferrum.conformance.target";

  /** The system property listing the selected targets (comma-separated ids). */
  static final String TARGETS_PROPERTY = "ferrum.conformance.targets";

  private final String id;
  private final String authMode;
  private final Set<Capability> capabilities;

  TargetKind(String id, String authMode, Set<Capability> capabilities) {
    this.id = id;
    this.authMode = authMode;
    this.capabilities = Set.copyOf(capabilities);
  }

  /** The id used in properties, execution ids, state directories and summary lines. */
  String id() {
    return id;
  }

  /** {@code noauth} or {@code http_basic}, as the scripts spell it. */
  String authMode() {
    return authMode;
  }

  /** What this target can do; see {@link Capability}. */
  Set<Capability> capabilities() {
    return capabilities;
  }

  /** Whether this is a real Ironic started by the scripts (or given by FERRUM_IRONIC_URL). */
  boolean real() {
    return this != SIMULATOR;
  }

  /** The target of this JVM (default {@link #SIMULATOR}). */
  static TargetKind current() {
    return fromId(System.getProperty(TARGET_PROPERTY, SIMULATOR.id));
  }

  /** Whether this target is in {@code ferrum.conformance.targets} (default: all). */
  boolean selected() {
    String list = System.getProperty(TARGETS_PROPERTY, "");
    if (list.isBlank()) {
      return true;
    }
    for (String s : list.split(",")) {
      if (s.trim().equalsIgnoreCase(id)) {
        return true;
      }
    }
    return false;
  }

  static TargetKind fromId(String id) {
    for (TargetKind k : values()) {
      if (k.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown " + TARGET_PROPERTY + " '" + id + "': simulator, real-noauth or real-http-basic");
  }
}
