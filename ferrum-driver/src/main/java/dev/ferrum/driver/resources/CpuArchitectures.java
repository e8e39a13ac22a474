package dev.ferrum.driver.resources;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Nova's CPU architecture canonicalisation (its {@code Architecture.canonicalize}). */
final class CpuArchitectures {

  private static final Map<String, String> ALIASES =
      Map.of(
          "i386", "i686",
          "i486", "i686",
          "i586", "i686",
          "x86_32", "i686",
          "x86_32p", "i686",
          "amd64", "x86_64");

  private static final Set<String> KNOWN =
      Set.of(
          "alpha",
          "armv6",
          "armv7l",
          "armv7b",
          "aarch64",
          "cris",
          "i686",
          "ia64",
          "lm32",
          "m68k",
          "microblaze",
          "microblazeel",
          "mips",
          "mipsel",
          "mips64",
          "mips64el",
          "openrisc",
          "parisc",
          "parisc64",
          "ppc",
          "ppcle",
          "ppc64",
          "ppc64le",
          "ppcemb",
          "s390",
          "s390x",
          "sh4",
          "sh4eb",
          "sparc",
          "sparc64",
          "unicore32",
          "x86_64",
          "xtensa",
          "xtensaeb");

  private CpuArchitectures() {}

  /**
   * The canonical form of an architecture name.
   *
   * @param raw the name as the node's properties carry it
   * @return lower-cased, aliases resolved, or empty if not a known architecture
   */
  static Optional<String> canonicalise(String raw) {
    String name = raw.toLowerCase(Locale.ROOT);
    name = ALIASES.getOrDefault(name, name);
    return KNOWN.contains(name) ? Optional.of(name) : Optional.empty();
  }
}
