package dev.ferrum.conformance;

/**
 * A behaviour some targets have and others cannot have, so that one suite runs unchanged against
 * all of them: a test needing one calls {@link IronicTarget#assume(Capability)} and is skipped,
 * with this capability's reason, on a target that lacks it.
 *
 * <p>Only limits of a real Ironic's {@code fake-hardware} configuration belong here (what it cannot
 * do at all); a difference in behaviour that both targets can show is asserted, not skipped.
 */
enum Capability {
  /** Inject NMI succeeds. Fake power does not implement it: real Ironic answers 400. */
  INJECT_NMI(
      "fake-hardware does not support inject_nmi: real Ironic answers 400 \"Driver fake-hardware"
          + " does not support inject_nmi\""),
  /** Attached VIFs are stored and listed. The noop network interface accepts and forgets them. */
  VIF_STORAGE(
      "the noop network interface answers 204 to a VIF attach but stores nothing (the list stays"
          + " empty); every other network interface needs Neutron"),
  /** An enabled console reports a type and a URL. The fake console interface reports {@code {}}. */
  CONSOLE_URL("the fake console interface reports console_info {} (no type, no url)");

  private final String missingReason;

  Capability(String missingReason) {
    this.missingReason = missingReason;
  }

  /** Why a target without this capability skips the test. */
  String missingReason() {
    return missingReason;
  }
}
