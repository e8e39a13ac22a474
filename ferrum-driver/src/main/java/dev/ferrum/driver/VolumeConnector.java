package dev.ferrum.driver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How Cinder should export volumes to this node (Nova's volume connector dict).
 *
 * <p>Exists so the manager can ask Cinder for connection info without knowing Ironic's volume
 * connectors, ports or the instance's IPs.
 *
 * @param ip the node's storage IP, if found
 * @param host the IP, or the instance hostname when no IP was found
 * @param initiator the first iSCSI initiator ({@code iqn}), if any
 * @param wwpns fibre-channel port names
 * @param wwnns fibre-channel node names
 * @param platform the node's CPU architecture, if known
 * @param osType always {@code baremetal}
 * @param multipath always {@code false}
 */
public record VolumeConnector(
    Optional<String> ip,
    String host,
    Optional<String> initiator,
    List<String> wwpns,
    List<String> wwnns,
    Optional<String> platform,
    String osType,
    boolean multipath) {

  /** Validates and copies the components. */
  public VolumeConnector {
    Objects.requireNonNull(ip, "ip");
    Objects.requireNonNull(initiator, "initiator");
    wwpns = List.copyOf(wwpns);
    wwnns = List.copyOf(wwnns);
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(osType, "osType");
  }

  /** Nova's dict form: absent values and empty WWN lists are left out. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    initiator.ifPresent(i -> m.put("initiator", i));
    ip.ifPresent(i -> m.put("ip", i));
    if (host != null) {
      m.put("host", host);
    }
    m.put("multipath", multipath);
    if (!wwnns.isEmpty()) {
      m.put("wwnns", wwnns);
    }
    if (!wwpns.isEmpty()) {
      m.put("wwpns", wwpns);
    }
    m.put("os_type", osType);
    m.put("platform", platform.orElse(null));
    return m;
  }
}
