package dev.ferrum.ironic.simulator.internal;

import dev.ferrum.ironic.simulator.Microversions;
import java.util.Locale;

/**
 * Negotiates the request's microversion from {@code X-OpenStack-Ironic-API-Version} or {@code
 * OpenStack-API-Version: baremetal 1.N}, the way Ironic does (absent: the minimum; {@code latest}:
 * the maximum; outside the range: 406 in shape B).
 */
final class ApiVersion {
  private ApiVersion() {}

  /** Returns the negotiated minor version of API 1. */
  static int negotiate(String legacyHeader, String openstackHeader, Microversions range) {
    String requested = legacyHeader;
    if (requested == null && openstackHeader != null) {
      requested = fromOpenStackHeader(openstackHeader);
    }
    if (requested == null || requested.isBlank()) {
      return range.minimum();
    }
    String v = requested.trim().toLowerCase(Locale.ROOT);
    if (v.equals("latest")) {
      return range.maximum();
    }
    String[] parts = v.split("\\.");
    int major;
    int minor;
    try {
      if (parts.length != 2) {
        throw new NumberFormatException(v);
      }
      major = Integer.parseInt(parts[0]);
      minor = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      throw new ApiException.VersionNotAcceptable(
          400, "Invalid value for X-OpenStack-Ironic-API-Version header: " + requested.trim());
    }
    if (major != 1) {
      throw new ApiException.VersionNotAcceptable(
          406,
          "Version "
              + requested.trim()
              + " was requested but the major version is not supported by this service. The"
              + " supported version range is: ["
              + range.minimumText()
              + ", "
              + range.maximumText()
              + "].");
    }
    if (minor < range.minimum() || minor > range.maximum()) {
      throw new ApiException.VersionNotAcceptable(
          406,
          "Version "
              + requested.trim()
              + " was requested but the minor version is not supported by this service. The"
              + " supported version range is: ["
              + range.minimumText()
              + ", "
              + range.maximumText()
              + "].");
    }
    return minor;
  }

  private static String fromOpenStackHeader(String header) {
    for (String item : header.split(",")) {
      String[] words = item.trim().split("\\s+");
      if (words.length == 2 && words[0].equalsIgnoreCase("baremetal")) {
        return words[1];
      }
    }
    return null;
  }
}
