package dev.ferrum.driver.internal;

import dev.ferrum.driver.NetworkInfo;
import dev.ferrum.driver.configdrive.NetworkMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The exact text Nova stores in {@code instance_info}: Python literals for the IP lists and
 * Python-{@code json.dumps} style JSON for capabilities. Exists because Ironic stores these strings
 * verbatim and tools reading them expect Nova's spelling.
 */
public final class PythonLiterals {

  private PythonLiterals() {}

  /**
   * Python repr of the fixed IPs of all VIFs, e.g. {@code [{'address': '10.0.0.3', 'type': 'fixed',
   * 'version': 4, 'meta': {}, 'floating_ips': []}]}.
   */
  public static String fixedIps(NetworkInfo network) {
    List<String> items = new ArrayList<>();
    for (NetworkMetadata.Vif vif : network.vifs()) {
      for (NetworkMetadata.Subnet subnet : vif.subnets()) {
        for (String ip : subnet.ips()) {
          items.add(
              "{'address': "
                  + pyString(ip)
                  + ", 'type': 'fixed', 'version': "
                  + (ip.contains(":") ? 6 : 4)
                  + ", 'meta': {}, 'floating_ips': []}");
        }
      }
    }
    return "[" + String.join(", ", items) + "]";
  }

  /** A Python string literal (single quotes unless the text contains one and no double quote). */
  static String pyString(String s) {
    char q = s.contains("'") && !s.contains("\"") ? '"' : '\'';
    StringBuilder sb = new StringBuilder().append(q);
    for (char c : s.toCharArray()) {
      if (c == '\\' || c == q) {
        sb.append('\\').append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\r') {
        sb.append("\\r");
      } else {
        sb.append(c);
      }
    }
    return sb.append(q).toString();
  }

  /** {@code json.dumps(map)}: {@code ", "} and {@code ": "} separators, non-ASCII escaped. */
  public static String jsonDumps(Map<String, String> map) {
    List<String> items = new ArrayList<>();
    map.forEach((k, v) -> items.add(jsonString(k) + ": " + jsonString(v)));
    return "{" + String.join(", ", items) + "}";
  }

  static String jsonString(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
